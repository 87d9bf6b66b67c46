using System.Globalization;

namespace DarkSector.Cli.Commands;

/// <summary>The option checks the analysis commands share beyond the library's <see cref="Physics.Check"/>: one line naming
/// the option, its value and the allowed range.</summary>
internal static class Checks
{
    /// <summary>--precision in (0, 1), or null.</summary>
    public static double? Precision(double? value) => value is double p && !(p > 0 && p < 1)
        ? throw new ArgumentOutOfRangeException("--precision", p, $"--precision = {p.ToString(CultureInfo.InvariantCulture)} must be in (0, 1)") : value;
}
