using System.Globalization;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// One input of a model point as a user gives it (a command-line option, a form field): its name, help text, unit,
/// allowed range and default, or a switch, or a choice among names. <see cref="Check"/> is the one place a model input's
/// range error comes from: the message names the input, the value with its unit and the allowed range.
/// </summary>
/// <param name="Name">Name as the user spells it without a prefix, e.g. "mn", "v-mu-n2".</param>
/// <param name="Description">One-line help text.</param>
public sealed record ModelOption(string Name, string Description)
{
    /// <summary>Number (default), switch or choice.</summary>
    public ModelOptionKind Kind { get; init; } = ModelOptionKind.Number;

    /// <summary>Unit of a number, e.g. "GeV" ("" if dimensionless).</summary>
    public string Unit { get; init; } = "";

    /// <summary>Smallest allowed value (excluded when <see cref="ExcludesMinimum"/>).</summary>
    public double Minimum { get; init; } = double.NegativeInfinity;

    /// <summary>Largest allowed value (excluded when <see cref="ExcludesMaximum"/>).</summary>
    public double Maximum { get; init; } = double.PositiveInfinity;

    /// <summary>Whether <see cref="Minimum"/> itself is refused.</summary>
    public bool ExcludesMinimum { get; init; }

    /// <summary>Whether <see cref="Maximum"/> itself is refused.</summary>
    public bool ExcludesMaximum { get; init; }

    /// <summary>The value taken when the input is not given, or null (then the model decides, or it is required).</summary>
    public double? Default { get; init; }

    /// <summary>Whether the input must be given.</summary>
    public bool Required { get; init; }

    /// <summary>Other accepted names (e.g. "m-n", the scan parameter's name, for "mn").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The accepted names of a <see cref="ModelOptionKind.Choice"/>; the first is the default.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Returns <paramref name="value"/> if it is finite and in the allowed range.</summary>
    /// <param name="value">The value.</param>
    /// <param name="label">The input as the user spelled it (e.g. "--mn"), named in the error.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or outside the range, e.g. "--mn = 2000 GeV is outside (0, 1000] GeV".</exception>
    public double Check(double value, string label)
    {
        if (double.IsFinite(value) && (ExcludesMinimum ? value > Minimum : value >= Minimum) && (ExcludesMaximum ? value < Maximum : value <= Maximum))
            return value;
        string unit = Unit.Length > 0 ? " " + Unit : "";
        string allowed = double.IsPositiveInfinity(Maximum)
            ? $"must be {(ExcludesMinimum ? ">" : ">=")} {F(Minimum)}{unit}"
            : $"is outside {(ExcludesMinimum ? "(" : "[")}{F(Minimum)}, {F(Maximum)}{(ExcludesMaximum ? ")" : "]")}{unit}";
        throw new ArgumentOutOfRangeException(label, value, $"{label} = {F(value)}{unit} {allowed}");
    }

    /// <summary>Returns <paramref name="choice"/> if it is one of <see cref="Choices"/>.</summary>
    /// <exception cref="ArgumentException">Not an accepted name (the message lists them).</exception>
    public string CheckChoice(string? choice, string label) => choice is not null && Choices.Contains(choice) ? choice
        : throw new ArgumentException($"{label}: '{choice}' is not allowed; allowed values: {string.Join(", ", Choices)}");

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
