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
