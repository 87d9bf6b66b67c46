using DarkSector.Cli.Commands.Options;
using DarkSector.Physics;
using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>The 3+1 oscillation family of <c>scan</c>: ν_μ → ν_e appearance predicted from the analysis's fully
/// oscillated Monte Carlo (<see cref="OscillationPrediction"/>), no simulation.</summary>
/// <remarks>Parameters: dm2 (Δm²₄₁, eV², &gt; 0) and sin2-2theta (sin²2θ_μe, [0, 1]); both must be scanned or fixed.
/// JSON names in bestFit: dm2, sin22theta. The prediction is linear in sin²2θ, so it is computed once per Δm² and
/// thread (one pass over the events per scan row).</remarks>
internal sealed class ThreePlusOneScanFamily : ScanFamily
{
    private static readonly string[] ParameterNames = ["dm2", "sin2-2theta"];

    /// <inheritdoc/>
    public override string Name => ThreePlusOneOptions.Family;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Names => ParameterNames;

    /// <inheritdoc/>
    public override bool IsMass(string name) => false;

    /// <inheritdoc/>
    public override bool IsDirect => true;

    /// <summary>Not a production coupling family.</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values) =>
        throw new NotSupportedException("the 3p1 family is predicted directly, not by reweighting a simulation");

    /// <summary>The 3+1 point of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">A parameter missing or out of range.</exception>
    public static ThreePlusOneParameters Parameters(IReadOnlyDictionary<string, double> values) => new()
    {
        Dm2Ev2 = Check.Positive(Required(values, "dm2"), "dm2"),
        Sin22ThetaMuE = Check.InRange(Required(values, "sin2-2theta"), 0, 1, "sin2-2theta"),
    };

    /// <inheritdoc/>
    public override DirectPredictor CreatePredictor(ExperimentSignal signal, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned)
    {
        var sample = OscillationPrediction.SampleOf(signal.Analysis);
        // The prediction is linear in sin²2θ: each thread keeps the unit-amplitude prediction of the last Δm² it saw, so a
        // scan row of constant Δm² (x fastest) costs one pass over the events.
        var cache = new ThreadLocal<(double Dm2, double[] Unit)>(() => (double.NaN, new double[sample.BinCount]));
        return (values, mu, w2) =>
        {
            var p = Parameters(values);
            var (dm2, unit) = cache.Value;
            if (dm2 != p.Dm2Ev2)
            {
                sample.Predict(p with { Sin22ThetaMuE = 1 }, unit);
                cache.Value = (p.Dm2Ev2, unit);
            }
            for (int b = 0; b < mu.Length; b++) mu[b] = p.Sin22ThetaMuE * unit[b];
            w2.Clear();   // the release's covariance already holds the oscillation Monte Carlo's uncertainty
        };
    }

    /// <inheritdoc/>
    protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis) =>
        throw new NotSupportedException("the 3p1 family is predicted directly, not simulated");
}
