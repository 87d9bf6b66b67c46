using System.Globalization;

namespace DarkSector.Cli.Commands;

/// <summary>The option checks the analysis commands share: one line naming the option, its value and the allowed range.</summary>
internal static class Checks
{
    /// <summary>--events ≥ 100.</summary>
    public static int Events(int events, string option = "--events") =>
        events >= 100 ? events : throw new ArgumentOutOfRangeException(option, events, $"{option} = {events} must be >= 100");

    /// <summary>A finite value &gt; 0.</summary>
    public static double Positive(string option, double value) =>
        value > 0 && !double.IsInfinity(value) ? value : throw new ArgumentOutOfRangeException(option, value, $"{option} = {value} must be finite and > 0");

    /// <summary>--precision in (0, 1), or null.</summary>
    public static double? Precision(double? value) => value is double p && !(p > 0 && p < 1)
        ? throw new ArgumentOutOfRangeException("--precision", p, $"--precision = {p.ToString(CultureInfo.InvariantCulture)} must be in (0, 1)") : value;

    /// <summary>--cl in (0, 1), or null.</summary>
    public static double? ConfidenceLevel(double? value) => value is double given && !(given > 0 && given < 1)
        ? throw new ArgumentOutOfRangeException("--cl", given, $"--cl = {given} is outside (0, 1)") : value;

    /// <summary>An integer in [min, max].</summary>
    public static int InRange(string option, int value, int min, int max) => value >= min && value <= max
        ? value : throw new ArgumentOutOfRangeException(option, value, $"{option} = {value} is outside [{min}, {max}]");
}
