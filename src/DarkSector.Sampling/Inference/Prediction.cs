using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>An analysis's prediction at a model point: signal per bin with its Σw² and MC error, −2 ln L with and without
/// the signal, and the best-fit signal scale (<see cref="SignalScaleFit"/>).</summary>
/// <remarks>Immutable.</remarks>
public sealed record Prediction
{
    /// <summary>Expected signal events per analysis bin.</summary>
    public required IReadOnlyList<double> Bins { get; init; }

    /// <summary>Σw² per bin (zeros for a prediction without Monte Carlo error, e.g. the 3+1 oscillation).</summary>
    public required IReadOnlyList<double> SumOfSquares { get; init; }

    /// <summary>The total signal, Σ over bins.</summary>
    public double Signal => Bins.Sum();

    /// <summary>Monte Carlo error of <see cref="Signal"/>: √(Σ over bins of Σw²).</summary>
    public double McError => Math.Sqrt(SumOfSquares.Sum());

    /// <summary>−2 ln L of background + signal (with the MC error term).</summary>
    public required double MinusTwoLnL { get; init; }

    /// <summary>−2 ln L of the background only.</summary>
    public required double BackgroundOnly { get; init; }

    /// <summary>The scale μ ≥ 0 of the signal minimising −2 ln L(b + μ s; μ² Σw²) and that minimum (the statistic of
    /// <see cref="MinusTwoLnL"/>, MC term included), or null when the signal vanishes in every bin.</summary>
    public required (double Scale, double MinusTwoLnL)? BestFit { get; init; }

    /// <summary>The simulation behind the prediction (breakdowns, cut flow), or null for a direct prediction.</summary>
    public SimulationResult? Simulation { get; init; }

    internal static Prediction Of(AnalysisInference setup, IReadOnlyList<double> bins, IReadOnlyList<double> sumOfSquares, SimulationResult? simulation)
    {
        var mu = bins.ToArray();
        var w2 = sumOfSquares.Count == mu.Length ? sumOfSquares.ToArray() : new double[mu.Length];
        return new Prediction
        {
            Bins = mu,
            SumOfSquares = w2,
            MinusTwoLnL = setup.MinusTwoLnL(mu, w2),
            BackgroundOnly = setup.BackgroundOnly(),
            BestFit = SignalScaleFit.Fit(setup.Likelihood, mu, w2),
            Simulation = simulation,
        };
    }
}
