using System.Globalization;
using DarkSector.Physics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Distributed;

/// <summary>
/// Event generation as a job: in one pass (<see cref="EventGenerator.Generate"/>), or as one shard of the batches of the
/// sampling pass with checkpoints in the part file next to the output (<see cref="GenerationShards"/>; every shard adapts
/// VEGAS identically, so merged parts equal a single run), then unweighting and the event file (<see cref="Write"/>).
/// </summary>
public static class GenerationJob
{
    /// <summary>Runs the generation.</summary>
    /// <param name="flux">The neutrino flux, per GeV per cm² per POT.</param>
    /// <param name="model">The processes and decays.</param>
    /// <param name="options">Events, VEGAS sizes and seed.</param>
    /// <param name="outPath">The output file (the part is written next to it: <see cref="Shard.PartPath"/>); needed with a shard or resume.</param>
    /// <param name="request">The job's request (its fingerprint ties the parts together); needed with a shard or resume.</param>
    /// <param name="shard">The shard to draw, or null for the whole job.</param>
    /// <param name="resume">Checkpoint finished batches and continue an existing checkpoint.</param>
    /// <param name="iterations">VEGAS iteration progress, or null.</param>
    /// <param name="batchesPlanned">Called with the number of batches still to draw once it is known (shard or resume), or null.</param>
    /// <param name="batchDone">Called after each batch, or null.</param>
    /// <exception cref="ArgumentException">A shard or resume without an output path or request.</exception>
    /// <exception cref="DarkSectorException">No event has a nonzero weight (the flux lies below the production threshold, or the couplings are zero).</exception>
    public static GenerationJobResult Run(EnergySpectrum flux, GenerationModel model, GenerationOptions options, string? outPath, JobRequest? request, Shard? shard, bool resume,
        IProgress<VegasIteration>? iterations = null, Action<long>? batchesPlanned = null, Action? batchDone = null)
    {
        ArgumentNullException.ThrowIfNull(flux);
        ArgumentNullException.ThrowIfNull(model);
        var generator = new EventGenerator(flux, model);
        if (shard is null && !resume) return new(Checked(generator.Generate(options, iterations), flux, model), null, 0, 0);
        if (outPath is null || request is null) throw new ArgumentException("a shard or a resumable run needs the output path (its part is written next to it) and the job request");
        var pass = generator.Plan(options, iterations);
        var owned = shard ?? Shard.Whole;
        string partPath = owned.PartPath(outPath);
        var start = ShardPartFile.OpenCheckpoint(partPath, request, owned, pass.BatchCount, resume);
        batchesPlanned?.Invoke(start.OwnedCount - start.Units.Count);
        var part = GenerationShards.Run(pass, start, p => ShardPartFile.Write(p, partPath), batchDone);
        return shard is null ? new(Checked(GenerationShards.Merge([.. part.Units.Values]), flux, model), null, part.Units.Count, pass.BatchCount)
            : new(null, partPath, part.Units.Count, pass.BatchCount);
    }

    private static GenerationResult Checked(GenerationResult result, EnergySpectrum flux, GenerationModel model) => result.Events.Count > 0 ? result
        : throw new DarkSectorException(string.Create(CultureInfo.InvariantCulture,
            $"no events with nonzero weight: the flux ({flux.MinEnergyGeV}-{flux.MaxEnergyGeV} GeV) lies below the production threshold of m_N = {model.HnlMassGeV} GeV, or the production couplings are zero"));

    /// <summary>Unweights the events if asked (accept-reject with <paramref name="seed"/>) and writes them to
    /// <paramref name="path"/> (<see cref="EventFiles"/>) when given.</summary>
    /// <param name="result">The generation.</param>
    /// <param name="seed">The seed of the accept-reject step.</param>
    /// <param name="unweight">Whether to write equal-weight events.</param>
    /// <param name="path">The event file, or null to write nothing.</param>
    /// <param name="metadata">File metadata (Parquet), to which seed, events and unweighted are added.</param>
    /// <returns>The events written (or that would be) and the unweighting efficiency ⟨W⟩/W_max of the weighted events.</returns>
    public static (EventSample Events, double UnweightingEfficiency) Write(GenerationResult result, ulong seed, bool unweight, string? path,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var unweighting = Unweighter.Unweight(result.Events, seed);
        var written = unweight ? unweighting.Events : result.Events;
        var keys = new Dictionary<string, string>(metadata ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["events"] = written.Count.ToString(CultureInfo.InvariantCulture),
            ["unweighted"] = unweight ? "true" : "false",
        };
        if (path is not null) EventFiles.Write(written, path, keys);
        return (written, unweighting.Efficiency);
    }
}
