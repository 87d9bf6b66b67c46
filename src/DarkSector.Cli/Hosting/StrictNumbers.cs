using System.CommandLine.Parsing;
using System.Globalization;

namespace DarkSector.Cli.Hosting;

/// <summary>Culture-invariant, strict number parsing for every numeric option of a command tree: a decimal point only (no
/// thousands separators, so <c>--mn 0,1</c> is an error, never 1), finite values, and whole-number options that also
/// accept exponent notation when the value is integral (<c>--events 1e6</c>). Errors name the option and the value.</summary>
internal static class StrictNumbers
{
    /// <summary>Installs the strict parsers on every numeric option of <paramref name="command"/> and its subcommands.</summary>
    public static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            switch (option)
            {
                case Option<double> o: o.CustomParser = r => Real(r, o.Name) ?? default; break;
                case Option<double?> o: o.CustomParser = r => Real(r, o.Name); break;
                case Option<int> o: o.CustomParser = r => (int)(Whole(r, o.Name, int.MinValue, int.MaxValue) ?? 0); break;
                case Option<int?> o: o.CustomParser = r => (int?)Whole(r, o.Name, int.MinValue, int.MaxValue); break;
                case Option<long> o: o.CustomParser = r => (long)(Whole(r, o.Name, long.MinValue, long.MaxValue) ?? 0); break;
                case Option<ulong> o: o.CustomParser = r => (ulong)(Whole(r, o.Name, 0, ulong.MaxValue) ?? 0); break;
            }
        }
        foreach (var sub in command.Subcommands) Apply(sub);
    }

    /// <summary>Parses a real number: invariant culture, decimal point, optional exponent, finite.</summary>
    internal static bool TryReal(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static double? Real(ArgumentResult result, string name)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (TryReal(text, out double value)) return value;
        result.AddError(text.Contains(',') ? $"{name} = '{text}' is not a number: use a decimal point (e.g. 0.1), not a comma"
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? $"{name} = '{text}' is not a finite number"
            : $"{name} = '{text}' is not a number");
        return null;
    }

    private static decimal? Whole(ArgumentResult result, string name, decimal min, decimal max)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (TryReal(text, out double value) && value == Math.Floor(value) && Math.Abs(value) < 1e28 && (decimal)value >= min && (decimal)value <= max)
            return (decimal)value;
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} = '{text}' is not a whole number in [{min}, {max}]"));
        return null;
    }
}
