using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Scans;

/// <summary>How a scan is run beside what it computes: which simulation settings were given explicitly, whether it saves
/// the joint sample it builds, runs one shard, resumes a checkpoint, is merged from parts or grows its samples to a requested
/// precision. <see cref="Check"/> refuses the combinations that cannot hold, naming the scan's options (<c>darksector scan</c>).</summary>
/// <remarks>Immutable.</remarks>
public sealed record ScanJobOptions
{
    /// <summary>--mass-points was given explicitly.</summary>
    public bool MassPointsGiven { get; init; }

    /// <summary>--events was given explicitly.</summary>
    public bool EventsGiven { get; init; }

    /// <summary>--seed was given explicitly.</summary>
    public bool SeedGiven { get; init; }

    /// <summary>--save-sample: the built joint sample is written.</summary>
    public bool SavesSample { get; init; }

    /// <summary>--shard: the one shard computed, or null.</summary>
    public Shard? Shard { get; init; }

    /// <summary>--resume: columns are checkpointed and a checkpoint continued.</summary>
    public bool Resume { get; init; }

    /// <summary>The scan is written from merged parts.</summary>
    public bool Merged { get; init; }

    /// <summary>--precision: each column's sample is grown to a requested MC error.</summary>
    public bool Precision { get; init; }

    /// <summary>Whether the scan of <paramref name="request"/> builds a joint sample in memory: two mass axes, no saved
    /// sample and mass points to reweight.</summary>
    public static bool BuildsSample(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Sample is null && request.Family.IsMass(request.X.Name) && request.Family.IsMass(request.Y.Name) && request.MassPoints > 0;
    }

    /// <summary>Refuses what a saved sample (<paramref name="saved"/>) fixes: --save-sample, an explicit --mass-points, and
    /// an explicit --events or --seed unless <paramref name="hasBenchmark"/> (they then set only the benchmark's simulation).</summary>
    /// <exception cref="ArgumentException">The first refused option, named, with the saved sample's value.</exception>
    public void CheckSample(JointSampleMetadata? saved, bool hasBenchmark)
    {
        if (saved is null) return;
        if (SavesSample) throw new ArgumentException("--save-sample: the scan already reads a saved sample (--sample)");
        if (MassPointsGiven) throw new ArgumentException($"--mass-points: not allowed with --sample (the saved sample fixes it: {saved.PointCount} mass points)");
        foreach (var (given, option, value) in new[] { (EventsGiven, "--events", $"{saved.EventsPerPoint} events per mass point"), (SeedGiven, "--seed", $"seed {saved.Seed}") })
            if (given && !hasBenchmark)
                throw new ArgumentException($"{option}: not allowed with --sample (the saved sample fixes it: {value}) unless --benchmark is given, whose point it then simulates");
    }

    /// <summary>Refuses the distributed runs a scan of <paramref name="request"/> cannot do: --precision with a shard, a
    /// resume or a merge (it grows samples adaptively); --shard of a scan that builds a joint sample or saves one; and
    /// --save-sample of a scan that builds none (<see cref="BuildsSample"/>).</summary>
    /// <exception cref="ArgumentException">The first refused combination, naming its options.</exception>
    public void Check(ScanRequest request)
    {
        bool builds = BuildsSample(request);
        if (Precision && (Shard is not null || Resume || Merged))
            throw new ArgumentException($"--precision cannot be combined with {(Shard is Shard s ? $"--shard {s}" : Resume ? "--resume" : "merge")}: a requested precision grows each column's sample adaptively; run the shards at a fixed --events", "--precision");
        if (Shard is not null && SavesSample) throw new ArgumentException("--save-sample: not allowed with --shard (shard the joint sample with darksector sample --shard)");
        if (Shard is not null && builds)
            throw new ArgumentException("--shard: a two-mass scan builds one joint sample in memory; shard darksector sample instead, merge it, and scan it with --sample");
        if (SavesSample && !builds)
            throw new ArgumentException("--save-sample: only a scan over two mass axes with --mass-points > 0 builds a joint sample (or use darksector sample)");
    }
}
