using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Scans;

/// <summary>The outcome of a <see cref="LikelihoodScan"/>: the grid, −2 ln L and −2 Δ ln L at each point (x fastest:
/// index iy·nx + ix), the best point, the threshold and the contours at the threshold.</summary>
/// <remarks>Immutable by convention (arrays are not copied on access; do not modify them).</remarks>
public sealed record ScanResult
{
    /// <summary>Grid x values.</summary>
    public required IReadOnlyList<double> X { get; init; }

    /// <summary>Grid y values.</summary>
    public required IReadOnlyList<double> Y { get; init; }

    /// <summary>Scale of x.</summary>
    public required AxisScale XScale { get; init; }

    /// <summary>Scale of y.</summary>
    public required AxisScale YScale { get; init; }

    /// <summary>−2 ln L per grid point (NaN where not evaluated).</summary>
    public required IReadOnlyList<double> MinusTwoLnL { get; init; }

    /// <summary>−2 Δ ln L per grid point, relative to <see cref="Minimum"/>.</summary>
    public required IReadOnlyList<double> Delta { get; init; }

    /// <summary>The subtracted minimum of −2 ln L (over the plane and the reference, if any).</summary>
    public required double Minimum { get; init; }

    /// <summary>x of the best grid point.</summary>
    public required double BestX { get; init; }

    /// <summary>y of the best grid point.</summary>
    public required double BestY { get; init; }

    /// <summary>The −2 Δ ln L threshold of the confidence level.</summary>
    public required double Threshold { get; init; }

    /// <summary>Confidence level.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>Degrees of freedom of the threshold.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>Contours of −2 Δ ln L at <see cref="Threshold"/>.</summary>
    public required IReadOnlyList<Contour> Contours { get; init; }
}
