namespace DarkSector.Sampling.Reweighting.Kernels;

/// <summary>The profile of a smoothing kernel.</summary>
public enum KernelShape
{
    /// <summary>Epanechnikov: ∝ (1 − u²) inside |u| &lt; 1, zero outside (compact support; the seed paper's choice).</summary>
    Epanechnikov,

    /// <summary>Gaussian: ∝ exp(−u²/2), unbounded support.</summary>
    Gaussian,
}
