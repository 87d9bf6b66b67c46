namespace DarkSector.Physics.CrossSections;

/// <summary>A real function of Q² (GeV²) to be integrated by <see cref="Q2Integration"/>, e.g. dσ/dQ² at fixed energy.</summary>
/// <remarks>Implement it on a <c>struct</c> so that the integrator gets a specialised, inlinable copy of its loop.</remarks>
public interface IQ2Integrand
{
    /// <summary>The integrand at <paramref name="q2GeV2"/> (GeV², &gt; 0); must be finite.</summary>
    double Evaluate(double q2GeV2);
}
