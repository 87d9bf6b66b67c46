using System.Globalization;

namespace DarkSector.Cli.Commands.Options;

/// <summary>The range the tool accepts for a particle mass given on the command line: (0, 1000] GeV. The models
/// themselves take any positive mass; the bound keeps a mistyped exponent (<c>--mn 1e300</c>) from ending in an
/// overflowed width instead of an error that names the option.</summary>
internal static class MassBounds
{
    /// <summary>Largest accepted mass, GeV.</summary>
    public const double MaxGeV = 1000;

    /// <summary>Returns <paramref name="value"/> if it is in (0, <see cref="MaxGeV"/>] GeV.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the range (the message names the option and the value).</exception>
    public static double Check(double value, string option) =>
        value > 0 && value <= MaxGeV ? value
            : throw new ArgumentOutOfRangeException(option, value,
                $"{option} = {value.ToString("R", CultureInfo.InvariantCulture)} GeV is outside (0, {MaxGeV.ToString(CultureInfo.InvariantCulture)}] GeV");
}
