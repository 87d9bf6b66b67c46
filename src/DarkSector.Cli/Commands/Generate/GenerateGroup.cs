using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>The <c>generate</c> group: weighted upscattering-and-decay events per model family.</summary>
internal sealed class GenerateGroup : CliGroup
{
    public override string Path => "generate";
    public override string Description => "Generate weighted events (VEGAS) for a model point and a flux; write CSV, HepMC3 or .dsev.";
}
