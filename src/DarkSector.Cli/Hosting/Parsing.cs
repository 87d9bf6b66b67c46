using System.Globalization;

namespace DarkSector.Cli.Hosting;

/// <summary>Invariant-culture parsing helpers for option values that System.CommandLine cannot type itself.</summary>
internal static class Parsing
{
    /// <summary>Parses a floating-point number or throws a <see cref="FormatException"/> naming the option.</summary>
    public static double Double(string text, string optionName)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            throw new FormatException($"{optionName}: '{text}' is not a number");
        return value;
    }
}
