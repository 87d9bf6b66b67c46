using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Recast;

/// <summary>The <c>recast</c> group: published pipelines re-implemented with their choices behind switches.</summary>
internal sealed class RecastGroup : CliGroup
{
    public override string Path => "recast";
    public override string Description => "Re-implementations of published pipelines, with their choices as switches (validation).";
}
