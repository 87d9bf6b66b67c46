using System.Globalization;
using DarkSector.Physics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>
/// A model family as <c>scan</c> sees it: its parameter names, which of them are masses (change the kinematics), how a
/// set of values becomes a <see cref="ISignalModel"/> for an analysis, and the coupling product that production is
/// proportional to (the seed paper's analytic w_σ).
/// </summary>
/// <remarks>
/// Every family also accepts <c>ctau0-cm</c> (c τ₀ of N in cm, overriding the model's: the lifetime varies at fixed
/// production and visible branching ratio, <see cref="ProperDecayLengthOverride"/>). Exact coupling reweighting at fixed
/// masses rests on production ∝ <see cref="ProductionCouplings"/>; each family's parameter set is chosen so that this
/// holds (a single production coupling per family).
/// </remarks>
internal abstract class ScanFamily
{
    /// <summary>The common parameter that overrides c τ₀.</summary>
    public const string ProperDecayLength = "ctau0-cm";

    /// <summary>The families scan knows, by their CLI name.</summary>
    public static readonly IReadOnlyList<ScanFamily> All = [new DarkPhotonScanFamily(), new DipoleScanFamily(), new ThreePlusOneScanFamily(), new DipoleOscillationScanFamily(), new DarkSeesawScanFamily(null)];

    /// <summary>A prediction per analysis bin at a parameter point: events into <c>mu</c>, Σw² into <c>w2</c>
    /// (both of the analysis's bin count); thread-safe.</summary>
    public delegate void DirectPredictor(IReadOnlyDictionary<string, double> values, Span<double> mu, Span<double> w2);

    /// <summary>A scanned (or profiled) parameter with its grid values.</summary>
    public sealed record ScannedParameter(string Name, IReadOnlyList<double> Values);

    /// <summary>Whether the family predicts each grid point through <see cref="CreatePredictor"/> (an oscillation, or a
    /// sum with one) rather than through scan's simulation and coupling reweighting of <see cref="Signal"/>.</summary>
    public virtual bool IsDirect => false;

    /// <summary>The predictor of a direct family for this scan (may simulate once, e.g. a decay signal at a fixed mass).</summary>
    /// <param name="signal">The analysis and simulation settings.</param>
    /// <param name="fixedValues">The --fix values.</param>
    /// <param name="scanned">The axes and the profiled parameter, with their grids.</param>
    /// <exception cref="ArgumentException">A parameter missing or out of range, or a slice the family cannot predict.</exception>
    public virtual DirectPredictor CreatePredictor(ExperimentSignal signal, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned) =>
        throw new NotSupportedException($"the {Name} family is simulated, not predicted directly");

    /// <summary>The key of a parameter in JSON output: sin2-2theta → sin22theta, m-n → mN, d-mu → dMu, dm2 → dm2.</summary>
    public static string JsonKey(string name) => name == "sin2-2theta" ? "sin22theta"
        : string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>CLI name of the family (the <c>family</c> argument).</summary>
    public abstract string Name { get; }

    /// <summary>Parameter names with their meaning, for help texts and errors.</summary>
    public abstract IReadOnlyList<string> Names { get; }

    /// <summary>Whether the parameter changes the kinematics (a mass) rather than only rates and the lifetime.</summary>
    public abstract bool IsMass(string name);

    /// <summary>The family by CLI name.</summary>
    /// <exception cref="ArgumentException">Unknown family.</exception>
    public static ScanFamily Get(string name) => All.FirstOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"family '{name}' is not scannable; families: {string.Join(", ", All.Select(f => f.Name))}");

    /// <summary>The family by CLI name, the dipole family in the given normalisation (<c>--dipole-convention</c>).</summary>
    /// <param name="name">Family name.</param>
    /// <param name="dipoleConvention">The value of <c>--dipole-convention</c> (kamp2023 or darknews).</param>
    /// <param name="conventionGiven">Whether <c>--dipole-convention</c> was given explicitly (an error for other families).</param>
    /// <exception cref="ArgumentException">Unknown family or convention, or the option given for a family without a dipole.</exception>
    public static ScanFamily Get(string name, string dipoleConvention, bool conventionGiven)
    {
        var family = Get(name);
        if (family is DipoleScanFamily) return new DipoleScanFamily(DipoleConvention.Parse(dipoleConvention));
        if (conventionGiven) throw new ArgumentException($"--dipole-convention: only for the dipole family, not {name}");
        return family;
    }

    /// <summary>The production coupling product at <paramref name="values"/> (production ∝ it at fixed masses).</summary>
    public abstract double ProductionCouplings(IReadOnlyDictionary<string, double> values);

    /// <summary>The signal model at <paramref name="values"/> for <paramref name="analysis"/> (its topology decides the
    /// visible channels), with <c>ctau0-cm</c> applied when given.</summary>
    /// <exception cref="ArgumentException">A parameter is missing or out of range (the message names it).</exception>
    public ISignalModel Signal(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis)
    {
        var signal = Model(values, analysis);
        return values.TryGetValue(ProperDecayLength, out double ctau)
            ? new ProperDecayLengthOverride(signal, Check.Positive(ctau, ProperDecayLength))
            : signal;
    }

    /// <summary>The model point without the c τ₀ override.</summary>
    protected abstract ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis);

    /// <summary>Rejects a name that is not a parameter of this family.</summary>
    public void CheckName(string name, string option)
    {
        if (!Names.Contains(name))
            throw new ArgumentException($"{option}: '{name}' is not a parameter of the {Name} family; parameters: {string.Join(", ", Names)}");
    }

    /// <summary>Parses "name=value,name=value".</summary>
    public Dictionary<string, double> ParseFixed(string? text)
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

    /// <summary>A required value: scanned or fixed.</summary>
    protected static double Required(IReadOnlyDictionary<string, double> values, string name) =>
        values.TryGetValue(name, out double x) ? x
            : throw new ArgumentException($"parameter '{name}' is neither scanned nor fixed (give it with --fix {name}=...)");
}
