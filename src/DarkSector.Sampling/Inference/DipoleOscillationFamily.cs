using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The mixed family <c>dipole+3p1</c>: a dipole-portal HNL decay signal and a 3+1 oscillation
/// summed bin by bin (the "oscillation + decay" fits of Kamp et al., PRD 107 (2023) 055009).</summary>
/// <remarks>
/// <para>Parameters: m-n (GeV; must be fixed: one simulation at that mass), d-mu (|d_μN|, GeV⁻¹), dm2 (eV²),
/// sin2-2theta. Prediction: s_b = s_b^dipole(m_N, d) + s_b^osc(Δm², sin²2θ), with Σw² from the dipole part only.
/// The dipole part is one simulation at the fixed mass and the smallest d among the axis, profile and fixed values
/// (the longest lifetime, so no decay probability underflows), reweighted exactly to each d: production ∝ d² and
/// the lifetime at the point's c τ₀ (<see cref="DipoleFamily"/>, <see cref="FamilyScan"/>'s coupling reweighting). Both parts
/// are memoised per thread (<see cref="PredictionCache"/>: the dipole part per d, the oscillation per Δm²), so a grid
/// with a profile costs one reweighting per d value and one oscillation pass per Δm² value.</para>
/// </remarks>
public sealed class DipoleOscillationFamily : ModelFamily
{
    private readonly DipoleFamily _dipole;
    private readonly FamilyParameter[] _schema;

    /// <summary>The family with the dipole part in its default normalisation.</summary>
    /// <param name="nature">Dirac (default) or Majorana N of the dipole part.</param>
    public DipoleOscillationFamily(HnlNature nature = HnlNature.Dirac)
    {
        _dipole = new DipoleFamily(nature: nature);
        _schema = [_dipole.Parameters[0], _dipole.Parameters[1], .. ThreePlusOneFamily.Schema];
    }

    /// <inheritdoc/>
    public override HnlNature? Nature => _dipole.Nature;

    /// <inheritdoc/>
    public override ModelFamily WithNature(HnlNature nature) => new DipoleOscillationFamily(nature);

    /// <summary>True: <see cref="ModelFamily.Signal"/> is the dipole part (the oscillation is added by <see cref="CreatePredictor"/>).</summary>
    public override bool HasSignal => true;

    /// <inheritdoc/>
    public override string Name => "dipole+3p1";

    /// <inheritdoc/>
    public override IReadOnlyList<FamilyParameter> Parameters => _schema;

    /// <inheritdoc/>
    public override bool IsDirect => true;

    /// <summary>|d_μN|² (the dipole part's production).</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values) => _dipole.ProductionCouplings(values);

    /// <inheritdoc/>
    public override DirectPredictor CreatePredictor(AnalysisInference signal, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned)
    {
        if (scanned.Any(s => s.Name == "m-n") || !fixedValues.ContainsKey("m-n"))
            throw new ArgumentException("the dipole+3p1 family simulates the dipole signal once at a fixed mass: give --fix m-n=... (and scan or profile the couplings)");
        var couplings = scanned.Where(s => s.Name == "d-mu").SelectMany(s => s.Values)
            .Concat(fixedValues.TryGetValue("d-mu", out double d) ? [d] : []).ToArray();
        if (couplings.Length == 0) throw new ArgumentException("parameter 'd-mu' is neither scanned, profiled nor fixed (give it with --fix d-mu=...)");
        foreach (double c in couplings) Check.Positive(c, "d-mu");
        var reference = new Dictionary<string, double>(fixedValues) { ["d-mu"] = couplings.Min() };
        var referenceModel = _dipole.Signal(reference, signal.Analysis);
        var events = signal.Sample(referenceModel);
        double referenceCouplings = _dipole.ProductionCouplings(reference), referenceBr = referenceModel.VisibleBranchingRatio;
        var dipole = new PredictionCache(events.BinCount, (coupling, mu, w2) =>
        {
            var values = new Dictionary<string, double>(fixedValues) { ["d-mu"] = coupling };
            var model = _dipole.Signal(values, signal.Analysis);
            double scale = _dipole.ProductionCouplings(values) / referenceCouplings * model.VisibleBranchingRatio / referenceBr;
            events.PredictAtSampledPoint(scale, model.ProperDecayLengthCm, mu, w2);
        });
        var oscillation = ThreePlusOneFamily.UnitAmplitudeCache(signal);
        return (values, mu, w2) =>
        {
            var (decay, decayW2) = dipole.Get(Check.Positive(Required(values, "d-mu"), "d-mu"));
            var p = ThreePlusOneFamily.ToParameters(values);
            var unit = oscillation.Get(p.Dm2Ev2).Mu;
            for (int b = 0; b < mu.Length; b++) (mu[b], w2[b]) = (decay[b] + p.Sin22ThetaMuE * unit[b], decayW2[b]);
        };
    }

    /// <inheritdoc/>
    /// <remarks>The dipole part only (the simulated signal); the predictor adds sin²2θ times the oscillation.</remarks>
    protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis) =>
        _dipole.Signal(values.Where(v => v.Key is "m-n" or "d-mu").ToDictionary(), analysis);
}
