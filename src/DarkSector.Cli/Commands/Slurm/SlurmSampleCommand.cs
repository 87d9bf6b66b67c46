using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands.Slurm;

/// <summary><c>darksector slurm sample &lt;sample options&gt; --out joint.dsev --array N [--partition P] [--time T] [--dry-run]</c>:
/// the joint sample as a Slurm job array of N shards plus a merge job that writes joint.dsev (<see cref="SlurmSubmitCommand"/>).</summary>
internal sealed class SlurmSampleCommand : SlurmSubmitCommand
{
    public override string Path => "slurm sample";

    public override string Description => "Submit a joint sample as a Slurm job array (one shard per task) and a merge job writing its --out.";

    protected override CliCommand Target { get; } = new SampleCommand();

    protected override string Kind => "sample";
}
