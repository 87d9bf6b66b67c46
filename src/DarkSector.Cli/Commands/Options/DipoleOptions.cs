using DarkSector.Physics.Models.Dipole;

namespace DarkSector.Cli.Commands.Options;

/// <summary>The dipole-portal model options (<see cref="ModelOptionSets.Dipole"/>): <c>--mn --d-e --d-mu --d-tau
/// --d-tau-scaled --majorana --m4 --d-45 --coupling-convention --dipole-convention</c>.</summary>
internal sealed class DipoleOptions() : ModelOptionBinder<DipoleParameters>(ModelOptionSets.Dipole)
{
    /// <summary>A new <c>--dipole-convention</c> option (kamp2023 by default, or darknews) for the commands that take the
    /// dipole family otherwise (scan, sample); a bad value is one line naming the allowed values.</summary>
    public static Option<string> NormalisationOption() => (Option<string>)Create(ModelOptionSets.DipoleNormalisationOption);
}
