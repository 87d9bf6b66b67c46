using DarkSector.Physics;

namespace DarkSector.Sampling.Inference;

/// <summary>One experiment of a <see cref="CombinedScan"/>.</summary>
/// <param name="Name">Experiment id (e.g. miniboone).</param>
/// <param name="MinusTwoLnL">−2 ln L at grid point (ix, iy); called once per point, concurrently; NaN if not evaluable.</param>
/// <param name="BackgroundOnly">−2 ln L without signal (the reference of its exclusion).</param>
/// <param name="ConfidenceLevel">The experiment's own confidence level for its exclusion contour, e.g. 0.9.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom of its threshold (2 for a plane).</param>
public sealed record CombinedScanInput(string Name, Func<int, int, double> MinusTwoLnL, double BackgroundOnly, double ConfidenceLevel = 0.9, int DegreesOfFreedom = 2)
{
    /// <summary>Experiment id.</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? throw new ArgumentException("an experiment needs a name", nameof(Name)) : Name;

    /// <summary>The background-only −2 ln L (finite).</summary>
    public double BackgroundOnly { get; } = Check.Finite(BackgroundOnly, nameof(BackgroundOnly));
}
