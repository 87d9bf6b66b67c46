using System.Globalization;
using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// A typed model family: its parameter schema (<see cref="Parameters"/>: name, plot symbol, unit, allowed range, mass or
/// coupling, log or linear), how a set of values becomes a <see cref="ISignalModel"/> for an analysis (the signal
/// factory, <see cref="Signal"/>), and the coupling product that production is proportional to (the seed paper's
/// analytic w_σ, <see cref="ProductionCouplings"/>), which makes coupling scans exact reweightings of one simulation.
/// </summary>
/// <remarks>
/// <para>Built-in instances: <see cref="ModelFamilies"/> (dark photon, single and dual; dipole; 3+1; dipole + 3+1). A
/// user-defined family derives from this class, lists its schema, builds its <see cref="ISignalModel"/> in
/// <see cref="Model"/> and returns its production coupling product; <see cref="FamilyScan"/>, <see cref="LifetimeLimit"/>
/// and <see cref="AnalysisInference"/> then treat it like the built-in ones.</para>
/// <para>Every family also accepts <c>ctau0-cm</c> (c τ₀ of N in cm, overriding the model's: the lifetime varies at fixed
/// production and visible branching ratio, <see cref="ProperDecayLengthOverride"/>). Exact coupling reweighting at fixed
/// masses rests on production ∝ <see cref="ProductionCouplings"/>; each family's parameter set is chosen so that this
/// holds (a single production coupling per family).</para>
/// </remarks>
public abstract class ModelFamily
{
    /// <summary>The common parameter that overrides c τ₀.</summary>
    public const string ProperDecayLength = "ctau0-cm";

    /// <summary>The schema entry of <see cref="ProperDecayLength"/> (every simulated family lists it).</summary>
    public static readonly FamilyParameter ProperDecayLengthParameter = new(ProperDecayLength, "c·τ⁰", "cm", double.Epsilon, double.PositiveInfinity, ParameterKind.Coupling, AxisScale.Logarithmic);

    /// <summary>A prediction per analysis bin at a parameter point: events into <c>mu</c>, Σw² into <c>w2</c>
    /// (both of the analysis's bin count); thread-safe.</summary>
    public delegate void DirectPredictor(IReadOnlyDictionary<string, double> values, Span<double> mu, Span<double> w2);

    /// <summary>A scanned (or profiled) parameter with its grid values.</summary>
    /// <param name="Name">Parameter name.</param>
    /// <param name="Values">Its grid values.</param>
    public sealed record ScannedParameter(string Name, IReadOnlyList<double> Values);

    /// <summary>Whether the family predicts each grid point through <see cref="CreatePredictor"/> (an oscillation, or a
    /// sum with one) rather than through simulation and coupling reweighting of <see cref="Signal"/>.</summary>
    public virtual bool IsDirect => false;

    /// <summary>The predictor of a direct family for this scan (may simulate once, e.g. a decay signal at a fixed mass).</summary>
    /// <param name="setup">The analysis and simulation settings.</param>
    /// <param name="fixedValues">The fixed values.</param>
    /// <param name="scanned">The axes and the profiled parameter, with their grids.</param>
    /// <exception cref="ArgumentException">A parameter missing or out of range, or a slice the family cannot predict.</exception>
    public virtual DirectPredictor CreatePredictor(AnalysisInference setup, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned) =>
        throw new NotSupportedException($"the {Name} family is simulated, not predicted directly");

    /// <summary>The key of a parameter in JSON output: sin2-2theta → sin22theta, m-n → mN, d-mu → dMu, dm2 → dm2.</summary>
    /// <param name="name">The parameter name.</param>
    public static string JsonKey(string name) => name == "sin2-2theta" ? "sin22theta"
        : string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Dirac or Majorana: the nature of the family's heavy neutral leptons (it enters the decay widths and the
    /// angular distributions, docs/conventions.md), or null for a family without one (3+1 oscillation).</summary>
    public virtual HnlNature? Nature => null;

    /// <summary>This family with HNLs of <paramref name="nature"/>. A family without an HNL (<see cref="Nature"/> null)
    /// returns itself; a family whose nature is fixed (the dark seesaw's Majorana states) accepts only that one.</summary>
    /// <param name="nature">Dirac or Majorana.</param>
    /// <exception cref="ArgumentException">The family cannot have HNLs of that nature.</exception>
    public virtual ModelFamily WithNature(HnlNature nature) => Nature is null || Nature == nature ? this
        : throw new ArgumentException($"nature: the {Name} family's heavy neutral leptons are {Nature}; {nature} is not available", nameof(nature));

    /// <summary>Whether <see cref="Signal"/> builds a simulated signal: every simulated family, and a sum of a simulated
    /// part with an oscillation (dipole + 3+1: the dipole part); false for a pure oscillation or a card-driven sum.</summary>
    public virtual bool HasSignal => !IsDirect;

    /// <summary>Name of the family (the CLI's <c>family</c> argument and the joint-sample file's family id).</summary>
    public abstract string Name { get; }

    /// <summary>The parameter schema.</summary>
    public abstract IReadOnlyList<FamilyParameter> Parameters { get; }

    /// <summary>Parameter names (of <see cref="Parameters"/>), for help texts and errors.</summary>
    public IReadOnlyList<string> Names => [.. Parameters.Select(p => p.Name)];

    /// <summary>The schema entry of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Not a parameter of this family.</exception>
    public FamilyParameter Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name)
        ?? throw new ArgumentException($"'{name}' is not a parameter of the {Name} family; parameters: {string.Join(", ", Names)}");

    /// <summary>Whether the parameter changes the kinematics (a mass) rather than only rates and the lifetime.</summary>
    public bool IsMass(string name) => Parameters.Any(p => p.Name == name && p.Kind == ParameterKind.Mass);

    /// <summary>The production coupling product at <paramref name="values"/> (production ∝ it at fixed masses).</summary>
    /// <param name="values">The parameter point.</param>
    public abstract double ProductionCouplings(IReadOnlyDictionary<string, double> values);

    /// <summary>The signal model at <paramref name="values"/> for <paramref name="analysis"/> (its topology decides the
    /// visible channels), with <c>ctau0-cm</c> applied when given.</summary>
    /// <param name="values">The parameter point.</param>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentException">A parameter is missing or out of range (the message names it).</exception>
    public ISignalModel Signal(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis)
    {
        var signal = Model(values, analysis);
        return values.TryGetValue(ProperDecayLength, out double ctau)
            ? new ProperDecayLengthOverride(signal, Check.Positive(ctau, ProperDecayLength))
            : signal;
    }

    /// <summary>The model point without the c τ₀ override.</summary>
    /// <param name="values">The parameter point.</param>
    /// <param name="analysis">The analysis (its topology decides the visible channels).</param>
    protected abstract ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis);

    /// <summary>Rejects a name that is not a parameter of this family.</summary>
    /// <param name="name">The name.</param>
    /// <param name="option">The option or argument that gave it (for the message).</param>
    /// <exception cref="ArgumentException">Not a parameter of this family.</exception>
    public void CheckName(string name, string option)
    {
        if (!Names.Contains(name))
            throw new ArgumentException($"{option}: '{name}' is not a parameter of the {Name} family; parameters: {string.Join(", ", Names)}");
    }

    /// <summary>Parses "name=value,name=value" (the CLI's --fix).</summary>
    /// <param name="text">The list, or null/empty for none.</param>
    /// <exception cref="FormatException">An item that is not name=value.</exception>
    /// <exception cref="ArgumentException">A name that is not a parameter of this family.</exception>
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
    /// <param name="values">The parameter point.</param>
    /// <param name="name">The parameter.</param>
    /// <exception cref="ArgumentException">Missing.</exception>
    protected internal static double Required(IReadOnlyDictionary<string, double> values, string name) =>
        values.TryGetValue(name, out double x) ? x
            : throw new ArgumentException($"parameter '{name}' is neither scanned nor fixed (give it with --fix {name}=...)");
}
