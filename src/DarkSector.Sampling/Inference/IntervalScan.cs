using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Inference;

/// <summary>A 1-D scan with its excluded intervals: −2 Δ ln L relative to the minimum over the scan and the
/// background-only hypothesis, and the intervals where it exceeds the confidence level's threshold.</summary>
/// <remarks>Convention of <see cref="Scans.LikelihoodScan"/> in one dimension (seed paper PRD 107 (2023) 035027 §V):
/// threshold the χ² quantile for the degrees of freedom (<see cref="DeltaLogLikelihood.Threshold"/>, 2.71 at 90% CL for
/// 1 dof), interval ends by interpolation in the axis scale (<see cref="ExcludedIntervals"/>). Immutable.</remarks>
public sealed record IntervalScan
{
    /// <summary>The scanned values.</summary>
    public required IReadOnlyList<double> X { get; init; }

    /// <summary>Interpolation scale of <see cref="X"/>.</summary>
    public required AxisScale Scale { get; init; }

    /// <summary>−2 ln L at each value.</summary>
    public required IReadOnlyList<double> MinusTwoLnL { get; init; }

    /// <summary>The total signal at each value, events.</summary>
    public required IReadOnlyList<double> Signal { get; init; }

    /// <summary>−2 Δ ln L at each value (≥ 0).</summary>
    public required IReadOnlyList<double> Delta { get; init; }

    /// <summary>The minimum over the scan and the background-only hypothesis.</summary>
    public required double Minimum { get; init; }

    /// <summary>−2 ln L of the background only.</summary>
    public required double BackgroundOnly { get; init; }

    /// <summary>−2 Δ ln L threshold.</summary>
    public required double Threshold { get; init; }

    /// <summary>Confidence level.</summary>
    public required double ConfidenceLevel { get; init; }

    /// <summary>The excluded intervals, ordered.</summary>
    public required IReadOnlyList<Interval> Excluded { get; init; }

    /// <summary>Builds the scan's intervals from its values.</summary>
    /// <param name="x">Scanned values, strictly increasing.</param>
    /// <param name="scale">Their scale.</param>
    /// <param name="minusTwoLnL">−2 ln L at each value (non-finite values are ignored for the minimum).</param>
    /// <param name="signal">Total signal at each value.</param>
    /// <param name="backgroundOnly">−2 ln L of the background only.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom of the threshold.</param>
    /// <exception cref="ArgumentException">Invalid axis or confidence level.</exception>
    public static IntervalScan From(double[] x, AxisScale scale, double[] minusTwoLnL, double[] signal, double backgroundOnly,
        double confidenceLevel, int degreesOfFreedom = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(minusTwoLnL);
        ArgumentNullException.ThrowIfNull(signal);
        double minimum = Math.Min(backgroundOnly, minusTwoLnL.Where(double.IsFinite).DefaultIfEmpty(double.PositiveInfinity).Min());
        var delta = minusTwoLnL.Select(v => v - minimum).ToArray();
        double threshold = DeltaLogLikelihood.Threshold(confidenceLevel, degreesOfFreedom);
        return new IntervalScan
        {
            X = x,
            Scale = scale,
            MinusTwoLnL = minusTwoLnL,
            Signal = signal,
            Delta = delta,
            Minimum = minimum,
            BackgroundOnly = backgroundOnly,
            Threshold = threshold,
            ConfidenceLevel = confidenceLevel,
            Excluded = ExcludedIntervals.Find(x, delta, threshold, scale),
        };
    }
}
