using DarkSector.Physics;
using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The 3+1 oscillation family: ν_μ → ν_e appearance predicted from the analysis's fully
/// oscillated Monte Carlo (<see cref="OscillationPrediction"/>), no simulation.</summary>
/// <remarks>Parameters: dm2 (Δm²₄₁, eV², &gt; 0) and sin2-2theta (sin²2θ_μe, [0, 1]); both must be scanned or fixed.
/// JSON names in bestFit: dm2, sin22theta. The prediction is linear in sin²2θ, so it is computed once per Δm² and
/// thread (<see cref="UnitAmplitudeCache"/>).</remarks>
public sealed class ThreePlusOneFamily : ModelFamily
{
    /// <summary>The family's name.</summary>
    public const string FamilyName = "3p1";

    /// <summary>Δm²₄₁ (eV²) and sin²2θ_μe: neither changes a simulation (the prediction reweights the analysis's
    /// oscillation Monte Carlo), so both count as couplings.</summary>
    internal static readonly FamilyParameter[] Schema =
    [
        new("dm2", "Δm²₄₁", "eV²", double.Epsilon, double.PositiveInfinity, ParameterKind.Coupling, AxisScale.Logarithmic),
        new("sin2-2theta", "sin²2θ_μe", "", 0, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
    ];

    /// <inheritdoc/>
    public override string Name => FamilyName;

    /// <inheritdoc/>
    public override IReadOnlyList<FamilyParameter> Parameters => Schema;

    /// <inheritdoc/>
    public override bool IsDirect => true;

    /// <summary>Not a production coupling family.</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values) =>
        throw new NotSupportedException("the 3p1 family is predicted directly, not by reweighting a simulation");

    /// <summary>The 3+1 point of <paramref name="values"/>.</summary>
    /// <param name="values">The parameter point (dm2, sin2-2theta).</param>
    /// <exception cref="ArgumentException">A parameter missing or out of range.</exception>
    public static ThreePlusOneParameters ToParameters(IReadOnlyDictionary<string, double> values) => new()
    {
        Dm2Ev2 = Check.Positive(Required(values, "dm2"), "dm2"),
        Sin22ThetaMuE = Check.InRange(Required(values, "sin2-2theta"), 0, 1, "sin2-2theta"),
    };

    /// <inheritdoc/>
    public override DirectPredictor CreatePredictor(AnalysisInference signal, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned)
    {
        var unit = UnitAmplitudeCache(signal);
        return (values, mu, w2) =>
        {
            var p = ToParameters(values);
            var at = unit.Get(p.Dm2Ev2).Mu;
            for (int b = 0; b < mu.Length; b++) mu[b] = p.Sin22ThetaMuE * at[b];
            w2.Clear();   // the release's covariance already holds the oscillation Monte Carlo's uncertainty
        };
    }

    /// <summary>The oscillation prediction at sin²2θ = 1 per Δm² (the prediction is linear in sin²2θ, so a scan row or a
    /// profile at one Δm² costs one pass over the events).</summary>
    internal static PredictionCache UnitAmplitudeCache(AnalysisInference signal)
    {
        var sample = OscillationPrediction.SampleOf(signal.Analysis);
        return new PredictionCache(sample.BinCount, (dm2, mu, _) => sample.Predict(new ThreePlusOneParameters { Dm2Ev2 = dm2, Sin22ThetaMuE = 1 }, mu));
    }

    /// <inheritdoc/>
    protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis) =>
        throw new NotSupportedException("the 3p1 family is predicted directly, not simulated");
}
