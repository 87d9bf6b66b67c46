using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>The parsed shared options of a <c>generate</c> command.</summary>
internal sealed record GenerationSettings(
    EnergySpectrum Flux, IReadOnlyList<string> Targets, int Events, VegasOptions Vegas, string? OutPath, bool Unweight)
{
    /// <summary>--shard i/n, or null for the whole generation.</summary>
    public Shard? Shard { get; init; }

    /// <summary>--resume: checkpoint finished batches and continue a checkpoint.</summary>
    public bool Resume { get; init; }

    /// <summary>--processes: the upscattering processes to generate (default all).</summary>
    public Sampling.Simulation.UpscatteringProcessKinds Processes { get; init; } = Sampling.Simulation.UpscatteringProcessKinds.All;

    /// <summary>The job the parts of a sharded or resumable run belong to (arguments without --out, --shard, --resume).</summary>
    public JobRequest? Request { get; init; }
}
