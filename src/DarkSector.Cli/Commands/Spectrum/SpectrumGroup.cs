using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Spectrum;

/// <summary>The <c>spectrum</c> group: mass spectra, mixings and vertices derived from a model card.</summary>
internal sealed class SpectrumGroup : CliGroup
{
    public override string Path => "spectrum";
    public override string Description => "Mass spectrum, mixings, vertices and lifetimes derived from a model's Lagrangian parameters.";
}
