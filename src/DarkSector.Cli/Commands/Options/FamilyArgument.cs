namespace DarkSector.Cli.Commands.Options;

/// <summary>The family argument of scan and sample (one of <see cref="ModelFamilies.All"/>) with --dipole-convention, and
/// the library family they name.</summary>
internal sealed class FamilyArgument
{
    public Argument<string> Family { get; } = new Argument<string>("family") { Description = "Model family: dark-photon or dipole." }
        .AcceptOnlyFromAmong([.. ModelFamilies.All.Select(f => f.Name)]);

    public Option<string> DipoleConvention { get; } = DipoleOptions.NormalisationOption();

    /// <summary>The family the options name (the dipole convention only when given explicitly).</summary>
    public ModelFamily Get(ParseResult parse) => ModelFamilies.Get(parse.GetValue(Family)!,
        parse.GetResult(DipoleConvention) is { Implicit: false } ? Physics.Models.Dipole.DipoleConvention.Parse(parse.GetValue(DipoleConvention)!) : null);
}
