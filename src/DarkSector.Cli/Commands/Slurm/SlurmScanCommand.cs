using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Slurm;

/// <summary><c>darksector slurm scan &lt;scan options&gt; --out grid.json --array N [--partition P] [--time T] [--dry-run]</c>:
/// the scan as a Slurm job array of N shards plus a merge job that writes grid.json (<see cref="SlurmSubmitCommand"/>).</summary>
internal sealed class SlurmScanCommand : SlurmSubmitCommand
{
    public override string Path => "slurm scan";

    public override string Description => "Submit a scan as a Slurm job array (one shard per task) and a merge job writing its --out.";

    protected override CliCommand Target { get; } = new ScanCommand();

    protected override string Kind => "scan";
}
