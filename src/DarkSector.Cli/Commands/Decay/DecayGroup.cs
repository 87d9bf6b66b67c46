using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Decay;

/// <summary>The <c>decay</c> group: partial widths, branching ratios and lifetimes per model family.</summary>
internal sealed class DecayGroup : CliGroup
{
    public override string Path => "decay";
    public override string Description => "Decay channels, partial widths, branching ratios, total width and c*tau0 of an HNL.";
}
