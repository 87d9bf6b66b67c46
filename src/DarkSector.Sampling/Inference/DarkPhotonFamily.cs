using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The dark-photon family: one HNL N produced from ν_μ through the kinetically mixed Z'.</summary>
/// <remarks>
/// Parameters (GeV, couplings dimensionless): m-n (HNL mass), mzprime (Z' mass), v-mu-n2 (|V_μN|², production from
/// ν_μ), epsilon or epsilon2 (kinetic mixing ε or ε²), alpha-d (α_D), v-n2 (|V_N|², decays; default |V_μN|²),
/// ctau0-cm. Production ∝ |V_μN|² α_D ε² at fixed masses (seed paper PRD 107 (2023) 035027, w_σ). With delta (and
/// optionally v-mu5-n2, v-45) the point is the dual scenario N_5 → N_4 e⁺e⁻ with m-n = m_4 (<see cref="DarkPhotonDual"/>).
/// Dirac by default; Majorana HNLs (<see cref="DarkPhotonModel.IsMajorana"/>) change the decay widths, not production.
/// </remarks>
/// <param name="nature">Dirac (default) or Majorana HNLs.</param>
public sealed class DarkPhotonFamily(HnlNature nature = HnlNature.Dirac) : ModelFamily
{
    /// <inheritdoc/>
    public override HnlNature? Nature => nature;

    /// <inheritdoc/>
    public override ModelFamily WithNature(HnlNature nature) => new DarkPhotonFamily(nature);

    private static readonly FamilyParameter[] Schema =
    [
        new("m-n", "m_N", "GeV", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
        new("mzprime", "m_Z'", "GeV", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
        new("v-mu-n2", "|V_μN|²", "", 0, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
        new("epsilon", "ε", "", double.Epsilon, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
        new("epsilon2", "ε²", "", double.Epsilon, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
        new("alpha-d", "α_D", "", double.Epsilon, 4 * Math.PI, ParameterKind.Coupling, AxisScale.Logarithmic),
        new("v-n2", "|V_N|²", "", 0, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
        ProperDecayLengthParameter,
        .. DarkPhotonDual.Parameters,
    ];

    /// <inheritdoc/>
    public override string Name => "dark-photon";

    /// <inheritdoc/>
    public override IReadOnlyList<FamilyParameter> Parameters => Schema;

    /// <summary>|V_μN|² α_D ε² (dual: |V_μ5|² α_D ε²).</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values)
    {
        double alphaD = Required(values, "alpha-d");
        double epsilon2 = values.TryGetValue("epsilon2", out double e2) ? e2 : Required(values, "epsilon") * Required(values, "epsilon");
        return DarkPhotonDual.IsDual(values)
            ? DarkPhotonDual.ProductionCouplings(values, Required(values, "v-mu-n2"), alphaD, epsilon2)
            : Required(values, "v-mu-n2") * alphaD * epsilon2;
    }

    /// <inheritdoc/>
    protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis)
    {
        if (analysis.Signal == SignalTopology.PhotonConversionInFiducial)
            throw new ArgumentException($"analysis '{analysis.Id}' counts single photons converting in the fiducial volume (N -> nu gamma): use the dipole family");
        double epsilon = (values.TryGetValue("epsilon", out double e), values.TryGetValue("epsilon2", out double e2)) switch
        {
            (true, false) => Check.InOpenRange(e, 0, 1, "epsilon"),
            (false, true) => Math.Sqrt(Check.InOpenRange(e2, 0, 1, "epsilon2")),
            (false, false) => throw new ArgumentException("give the kinetic mixing: epsilon or epsilon2 (scanned or --fix)"),
            _ => throw new ArgumentException("give either epsilon or epsilon2, not both"),
        };
        double vmu = Check.InRange(Required(values, "v-mu-n2"), 0, 1, "v-mu-n2");
        if (DarkPhotonDual.IsDual(values))
            return DarkPhotonDual.Signal(values, Check.Positive(Required(values, "m-n"), "m-n"), Check.Positive(Required(values, "mzprime"), "mzprime"),
                epsilon, Check.InRange(Required(values, "alpha-d"), double.Epsilon, 4 * Math.PI, "alpha-d"), vmu, nature == HnlNature.Majorana);
        DarkPhotonDual.RejectInSingle(values);
        var hnl = new HeavyNeutralLepton
        {
            MassGeV = Check.Positive(Required(values, "m-n"), "m-n"),
            VertexMu2 = vmu,
            DecayVertex2 = values.TryGetValue("v-n2", out double vn) ? Check.InRange(vn, 0, 1, "v-n2") : vmu,
        };
        var model = new DarkPhotonModel
        {
            Hnls = [hnl],
            ZPrimeMassGeV = Check.Positive(Required(values, "mzprime"), "mzprime"),
            Epsilon = epsilon,
            AlphaDark = Check.InRange(Required(values, "alpha-d"), double.Epsilon, 4 * Math.PI, "alpha-d"),
            IsMajorana = nature == HnlNature.Majorana,
        };
        return new DarkPhotonSignal(model);
    }
}
