using DarkSector.Reporting.Distributed;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Samples;

/// <summary>A joint reweighting sample generated in shards (<c>darksector sample --shard i/n --resume</c>, docs/cluster.md):
/// the mass points are the work units (<see cref="JointSampleGenerator.GeneratePoint"/>: point p depends only on the seed
/// and p), so the parts stack in point order into the single run's file.</summary>
public static class JointSampleRun
{
    /// <summary>Refuses a requested precision with a shard or a resumable run: it regenerates the whole sample with more
    /// events per point, which a fixed share of mass points cannot do.</summary>
    /// <param name="shard">The shard to generate, or null.</param>
    /// <param name="resume">Whether the run is resumable.</param>
    /// <param name="precision">The requested precision, or null.</param>
    /// <exception cref="ArgumentException">Both are given (the message names --precision and --shard or --resume).</exception>
    public static void CheckJob(Shard? shard, bool resume, PrecisionTarget? precision)
    {
        if (precision is not null && (shard is not null || resume))
            throw new ArgumentException($"--precision cannot be combined with {(shard is Shard s ? $"--shard {s}" : "--resume")}: a requested precision regenerates the whole sample; run the shards at a fixed --events", "--precision");
    }

    /// <summary>Generates the joint sample <paramref name="metadata"/> plans and writes it to <paramref name="path"/>: in one
    /// pass, regenerated until <paramref name="precision"/> is reached, or by mass points (the work units) as one shard
    /// whose part is written next to <paramref name="path"/> or resumably with a checkpoint there, deleted once the
    /// sample is written.</summary>
    /// <param name="signal">The experiment, analysis and simulation settings.</param>
    /// <param name="family">The family's name (the report's).</param>
    /// <param name="metadata">The sample's plan (<see cref="JointSamplePrediction.Plan"/>).</param>
    /// <param name="modelAt">The model at a mass point.</param>
    /// <param name="path">The joint-sample file (.dsev).</param>
    /// <param name="request">The job's request (its fingerprint ties parts and checkpoints to the arguments).</param>
    /// <param name="shard">The one shard to generate, or null.</param>
    /// <param name="resume">Checkpoint finished mass points and continue an existing checkpoint.</param>
    /// <param name="precision">A requested precision (<see cref="JointSampleGenerator.GenerateToPrecision"/>), or null.</param>
    /// <param name="pointDone">Called after each mass point of a shard or resumable run, or null.</param>
    /// <param name="seconds">The run's time, read for the report; null: this call's time.</param>
    /// <returns>The report of the written sample, or, for one shard, null and the summary of the part written.</returns>
    /// <exception cref="ArgumentException">A precision with a shard or resume (<see cref="CheckJob"/>), or adaptive mass
    /// placement with either (the points after the pilot depend on its simulations).</exception>
    public static (JointSampleReport? Report, ShardPartSummary? Shard) Generate(AnalysisInference signal, string family, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, string path, JobRequest request, Shard? shard = null, bool resume = false, PrecisionTarget? precision = null,
        Action? pointDone = null, Func<double>? seconds = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(metadata);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        seconds ??= () => clock.Elapsed.TotalSeconds;
        CheckJob(shard, resume, precision);
        if (metadata.Placement == MassPlacement.Adaptive && (shard is not null || resume))
            throw new ArgumentException("--masses adaptive: the points after the pilot depend on its simulations, so the sample cannot be generated with --shard or --resume");
        JointSample sample;
        JointSamplePrecision? reached = null;
        string partPath = (shard ?? Shard.Whole).PartPath(path);
        if (precision is not null) sample = JointSampleGenerator.GenerateToPrecision(signal.Experiment, signal.Analysis, metadata, modelAt, precision, out reached, signal.Options);
        else if (shard is null && !resume) sample = JointSampleGenerator.Generate(signal.Experiment, signal.Analysis, metadata, modelAt, signal.Options);
        else
        {
            // Mass points are the work units: point p's events depend only on (seed, p), so shards stack to the single run.
            var start = ShardPartFile.OpenCheckpoint(partPath, request, shard ?? Shard.Whole, metadata.PointCount, resume);
            var part = GenerateShard(signal, metadata, modelAt, start, partPath, pointDone);
            if (shard is not null) return (null, ShardPartSummary.Of(part, partPath, "massPoints", "mass points", seconds()));
            sample = JointSampleFile.Stack([.. part.Units.Values], partPath);
        }
        JointSampleFile.Write(sample, path);
        if (resume) File.Delete(partPath);   // the sample is complete: its checkpoint is no longer needed
        return (new JointSampleReport
        {
            File = path, Sample = sample, ExperimentName = signal.Experiment.Info.Name, Topology = signal.Analysis.Signal, Family = family,
            Processes = ProductionSelection.Describe(signal.Options), Bytes = new FileInfo(path).Length, Seconds = seconds(), Precision = reached,
        }, null);
    }

    /// <summary>Generates the mass points <paramref name="start"/> still owes, checkpointing the part to
    /// <paramref name="partPath"/> every 10 s and at the end.</summary>
    /// <param name="signal">The experiment, analysis and simulation settings.</param>
    /// <param name="metadata">The sample's plan (mass points, events per point, seed).</param>
    /// <param name="modelAt">The model at a mass point.</param>
    /// <param name="start">The part so far (empty, or a checkpoint).</param>
    /// <param name="partPath">Where the part is written.</param>
    /// <param name="pointDone">Called after each point, or null.</param>
    /// <returns>The finished part; each unit is one point's sample bytes (<see cref="JointSampleFile.ToBytes"/>).</returns>
    public static ShardPart GenerateShard(AnalysisInference signal, JointSampleMetadata metadata, Func<double[], ISignalModel> modelAt, ShardPart start, string partPath,
        Action? pointDone = null)
    {
        ArgumentNullException.ThrowIfNull(signal);
        return ShardRunner.Run(start, p =>
        {
            var events = JointSampleGenerator.GeneratePoint(signal.Experiment, signal.Analysis, metadata, modelAt, signal.Options, p);
            pointDone?.Invoke();
            return JointSampleFile.ToBytes(new JointSample(metadata, events));
        }, p => ShardPartFile.Write(p, partPath), TimeSpan.FromSeconds(10));
    }

    /// <summary>Writes the joint sample of merged parts (their points stacked in point order) atomically and returns its report.</summary>
    /// <param name="request">The parts' job.</param>
    /// <param name="outPath">The output file.</param>
    /// <param name="units">Every point's bytes, in point order.</param>
    public static MergedJointSample Merge(JobRequest request, string outPath, IReadOnlyList<byte[]> units)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sample = JointSampleFile.Stack(units, "the parts");
        JointSampleFile.Write(sample, outPath);
        return new MergedJointSample(outPath, sample, new FileInfo(outPath).Length, request.Fingerprint);
    }
}
