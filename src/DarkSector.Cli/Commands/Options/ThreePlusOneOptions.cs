using DarkSector.Physics.Oscillations;

namespace DarkSector.Cli.Commands.Options;

/// <summary>The 3+1 oscillation options of the <c>3p1</c> family (<see cref="ModelOptionSets.ThreePlusOne"/>):
/// <c>--dm2</c> (Δm²₄₁, eV²) and <c>--sin2-2theta</c>.</summary>
internal sealed class ThreePlusOneOptions() : ModelOptionBinder<ThreePlusOneParameters>(ModelOptionSets.ThreePlusOne)
{
    /// <summary>The family's name on the command line.</summary>
    public const string Family = "3p1";

    /// <summary>Parses the family's tokens (those the calling command did not recognise).</summary>
    /// <exception cref="ArgumentException">A missing, unknown or out-of-range option (the message names it).</exception>
    public static ThreePlusOneParameters Parse(IReadOnlyList<string> tokens) => FamilySignal.ParseTokens(new ThreePlusOneOptions(), Family, tokens);
}
