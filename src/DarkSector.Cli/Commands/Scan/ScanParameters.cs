using System.Globalization;
using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>The parameter names of <c>scan</c> and <c>limit</c> and how a set of values becomes a dark-photon model point.</summary>
/// <remarks>
/// Names (units GeV, couplings dimensionless): m-n (HNL mass), mzprime (Z' mass), v-mu-n2 (|V_μN|², production from
/// ν_μ), epsilon or epsilon2 (kinetic mixing ε or ε²), alpha-d (α_D), v-n2 (|V_N|², decays; default |V_μN|²),
/// ctau0-cm (c τ₀ of N in cm, overriding the model's: the lifetime varies through |V_N|² at fixed production),
/// d-mu (dipole coupling, GeV⁻¹; reserved for the dipole family, not yet supported by scan/limit).
/// </remarks>
internal static class ScanParameters
{
    public static readonly string[] Names = ["m-n", "mzprime", "v-mu-n2", "epsilon", "epsilon2", "alpha-d", "v-n2", "d-mu", "ctau0-cm"];

    public static void CheckName(string name, string option)
    {
        if (!Names.Contains(name))
            throw new ArgumentException($"{option}: unknown parameter '{name}'; known: {string.Join(", ", Names)}");
        if (name == "d-mu")
            throw new ArgumentException($"{option}: parameter 'd-mu' belongs to the dipole family, which scan and limit do not support yet");
    }

    /// <summary>Whether the parameter changes the kinematics (a mass) rather than only rates and the lifetime.</summary>
    public static bool IsMass(string name) => name is "m-n" or "mzprime";

    /// <summary>|V_μN|² α_D ε²: the production coupling product (seed paper, w_σ).</summary>
    public static double ProductionCouplings(IReadOnlyDictionary<string, double> v) =>
        v["v-mu-n2"] * v["alpha-d"] * (v.TryGetValue("epsilon2", out double e2) ? e2 : v["epsilon"] * v["epsilon"]);

    /// <summary>The visible branching ratio of a signal built by <see cref="Signal"/>.</summary>
    public static double VisibleBranchingRatio(ISignalModel signal) => signal switch
    {
        DarkPhotonSignal d => d.VisibleBranchingRatio,
        ProperDecayLengthOverride { Inner: DarkPhotonSignal d } => d.VisibleBranchingRatio,
        _ => 1,
    };

    /// <summary>Parses "name=value,name=value".</summary>
    public static Dictionary<string, double> ParseFixed(string? text)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text)) return values;
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                throw new FormatException($"--fix: '{item}' is not name=value");
            CheckName(parts[0], "--fix");
            values[parts[0]] = v;
        }
        return values;
    }

    /// <summary>The dark-photon signal at the given values (all of m-n, mzprime, alpha-d, v-mu-n2 and one of epsilon/epsilon2 required).</summary>
    public static ISignalModel Signal(IReadOnlyDictionary<string, double> v)
    {
        double Get(string name) => v.TryGetValue(name, out double x) ? x
            : throw new ArgumentException($"parameter '{name}' is neither scanned nor fixed (give it with --fix {name}=...)");
        double epsilon = (v.TryGetValue("epsilon", out double e), v.TryGetValue("epsilon2", out double e2)) switch
        {
            (true, false) => Check.InOpenRange(e, 0, 1, "epsilon"),
            (false, true) => Math.Sqrt(Check.InOpenRange(e2, 0, 1, "epsilon2")),
            (false, false) => throw new ArgumentException("give the kinetic mixing: epsilon or epsilon2 (scanned or --fix)"),
            _ => throw new ArgumentException("give either epsilon or epsilon2, not both"),
        };
        double vmu = Check.InRange(Get("v-mu-n2"), 0, 1, "v-mu-n2");
        var hnl = new HeavyNeutralLepton
        {
            MassGeV = Check.Positive(Get("m-n"), "m-n"),
            VertexMu2 = vmu,
            DecayVertex2 = v.TryGetValue("v-n2", out double vn) ? Check.InRange(vn, 0, 1, "v-n2") : vmu,
        };
        var model = new DarkPhotonModel
        {
            Hnls = [hnl],
            ZPrimeMassGeV = Check.Positive(Get("mzprime"), "mzprime"),
            Epsilon = epsilon,
            AlphaDark = Check.InRange(Get("alpha-d"), double.Epsilon, 4 * Math.PI, "alpha-d"),
        };
        ISignalModel signal = new DarkPhotonSignal(model);
        return v.TryGetValue("ctau0-cm", out double ctau) ? new ProperDecayLengthOverride(signal, Check.Positive(ctau, "ctau0-cm")) : signal;
    }
}
