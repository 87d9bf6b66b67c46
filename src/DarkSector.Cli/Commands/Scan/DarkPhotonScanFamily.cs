using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>The dark-photon family of <c>scan</c>: one HNL N produced from ν_μ through the kinetically mixed Z'.</summary>
/// <remarks>
/// Parameters (GeV, couplings dimensionless): m-n (HNL mass), mzprime (Z' mass), v-mu-n2 (|V_μN|², production from
/// ν_μ), epsilon or epsilon2 (kinetic mixing ε or ε²), alpha-d (α_D), v-n2 (|V_N|², decays; default |V_μN|²),
/// ctau0-cm. Production ∝ |V_μN|² α_D ε² at fixed masses (seed paper PRD 107 (2023) 035027, w_σ). With delta (and
/// optionally v-mu5-n2, v-45) the point is the dual scenario N_5 → N_4 e⁺e⁻ with m-n = m_4 (<see cref="DarkPhotonDualScan"/>).
/// </remarks>
internal sealed class DarkPhotonScanFamily : ScanFamily
{
    private static readonly string[] ParameterNames = ["m-n", "mzprime", "v-mu-n2", "epsilon", "epsilon2", "alpha-d", "v-n2", ProperDecayLength, .. DarkPhotonDualScan.Names];

    /// <inheritdoc/>
    public override string Name => "dark-photon";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Names => ParameterNames;

    /// <inheritdoc/>
    public override bool IsMass(string name) => name is "m-n" or "mzprime" or "delta";

    /// <summary>|V_μN|² α_D ε² (dual: |V_μ5|² α_D ε²).</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values)
    {
        double alphaD = Required(values, "alpha-d");
        double epsilon2 = values.TryGetValue("epsilon2", out double e2) ? e2 : Required(values, "epsilon") * Required(values, "epsilon");
        return DarkPhotonDualScan.IsDual(values)
            ? DarkPhotonDualScan.ProductionCouplings(values, Required(values, "v-mu-n2"), alphaD, epsilon2)
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
        if (DarkPhotonDualScan.IsDual(values))
            return DarkPhotonDualScan.Signal(values, Check.Positive(Required(values, "m-n"), "m-n"), Check.Positive(Required(values, "mzprime"), "mzprime"),
                epsilon, Check.InRange(Required(values, "alpha-d"), double.Epsilon, 4 * Math.PI, "alpha-d"), vmu);
        DarkPhotonDualScan.RejectInSingle(values);
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
        };
        return new DarkPhotonSignal(model);
    }
}
