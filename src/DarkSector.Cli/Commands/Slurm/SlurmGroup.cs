using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Slurm;

/// <summary><c>darksector slurm</c>: run sharded scans and samples as Slurm job arrays.</summary>
internal sealed class SlurmGroup : CliGroup
{
    public override string Path => "slurm";

    public override string Description => "Run a scan or sample as a Slurm job array with a dependent merge job; report progress.";
}
