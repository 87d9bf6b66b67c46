using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary>The <c>xsec</c> group: upscattering cross sections per model family.</summary>
internal sealed class XsecGroup : CliGroup
{
    public override string Path => "xsec";
    public override string Description => "Upscattering cross sections nu + target -> N + target in cm^2, per process.";
}
