using System.CommandLine;
using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Cli.Commands.Options;

/// <summary>
/// The dark-seesaw model option shared by every command that takes a dark-seesaw model point (spectrum, decay,
/// generate): <c>--card</c>, a JSON or YAML model card (docs/model-cards.md).
/// </summary>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command).</remarks>
internal sealed class DarkSeesawOptions
{
    public Option<FileInfo> Card { get; } = new("--card")
    {
        Description = "Model card (.json, .yaml or .yml) with the dark-seesaw parameters; see docs/model-cards.md.",
        Required = true,
    };

    /// <summary>The option not required (commands where only some families take a card, e.g. scan).</summary>
    public static DarkSeesawOptions Optional() => new() { Card = { Required = false, Description = "Model card (.json, .yaml or .yml) of the dark-seesaw family; see docs/model-cards.md." } };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(Card);

    /// <summary>Reads the card.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">Malformed card (the message names the key).</exception>
    /// <exception cref="ArgumentException">A value is out of range (the message names the key).</exception>
    public DarkSeesawParameters Parameters(ParseResult parse) => Sampling.IO.DarkSeesawCardFile.Load(parse.GetValue(Card)!.FullName);

    /// <summary>Reads the card and diagonalises it.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">Malformed card (the message names the key).</exception>
    /// <exception cref="ArgumentException">A value is out of range (the message names the key).</exception>
    public DarkSeesawSpectrum Spectrum(ParseResult parse) => DarkSeesawSpectrum.Compute(Parameters(parse));
}
