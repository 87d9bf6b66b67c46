namespace DarkSector.Sampling.Limits;

/// <summary>How a scan axis is spaced and interpolated.</summary>
public enum AxisScale
{
    /// <summary>Linear: interpolation is linear in the coordinate x.</summary>
    Linear,

    /// <summary>Logarithmic: interpolation is linear in ln x; coordinates must be &gt; 0.</summary>
    Logarithmic,
}
