namespace DarkSector.Experiments.T2K.Validation;

/// <summary>A TPC fiducial box (cm): transverse full widths and its z-interval.</summary>
/// <param name="WidthXCm">Full width in x, cm.</param>
/// <param name="WidthYCm">Full width in y, cm.</param>
/// <param name="StartCm">Upstream face, cm.</param>
/// <param name="EndCm">Downstream face, cm.</param>
public sealed record FiducialBox(double WidthXCm, double WidthYCm, double StartCm, double EndCm)
{
    /// <summary>Transverse area in cm².</summary>
    public double AreaCm2 => WidthXCm * WidthYCm;
}
