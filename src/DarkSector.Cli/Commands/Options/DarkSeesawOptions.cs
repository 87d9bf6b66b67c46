using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Cli.Commands.Options;

/// <summary>The dark-seesaw model option <c>--card</c>: a JSON or YAML model card (docs/model-cards.md), read by the
/// library (<see cref="Sampling.IO.DarkSeesawCardFile"/>).</summary>
internal sealed class DarkSeesawOptions
{
    /// <summary>The description of the required option (also in the help's model options, <see cref="Reporting.Reports.ModelOptionsHelp"/>).</summary>
    public const string CardDescription = "Model card (.json, .yaml or .yml) with the dark-seesaw parameters; see docs/model-cards.md.";

    public Option<FileInfo> Card { get; } = new("--card")
    {
        Description = CardDescription,
        Required = true,
    };

    /// <summary>The option not required (commands where only some families take a card, e.g. scan).</summary>
    public static DarkSeesawOptions Optional() => new() { Card = { Required = false, Description = "Model card (.json, .yaml or .yml) of the dark-seesaw family; see docs/model-cards.md." } };

    /// <summary>Adds the option to <paramref name="command"/>; returns these options.</summary>
    public DarkSeesawOptions AddTo(Command command)
    {
        command.Options.Add(Card);
        return this;
    }

    /// <summary>Reads the card (IOException, FormatException or ArgumentException naming the key on a bad card).</summary>
    public DarkSeesawParameters Parameters(ParseResult parse) => Sampling.IO.DarkSeesawCardFile.Load(parse.GetValue(Card)!.FullName);

    /// <summary>Reads the card and diagonalises it.</summary>
    public DarkSeesawSpectrum Spectrum(ParseResult parse) => DarkSeesawSpectrum.Compute(Parameters(parse));
}
