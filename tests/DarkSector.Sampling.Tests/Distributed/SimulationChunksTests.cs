using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Tests.Simulation;
using DarkSector.Sampling.Vegas;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Distributed;

public sealed class SimulationChunksTests
{
    private const int Chunk = 400;
    private static readonly int[] ShardCounts = [1, 2, 3, 7];

    private static SimulationOptions Options(ulong seed, int events) => new()
    {
        Events = events,
        Seed = seed,
        Vegas = new VegasOptions { WarmupIterations = 2, WarmupEvaluations = 1000, Iterations = 2, Evaluations = 2000 },
    };

    private static JobRequest Request(ulong seed) => new("rate", ["toy", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    [Property(MaxTest = 6)] // the union of n shards' chunks, merged through part files, equals the single-process result bit for bit, n = 1, 2, 3, 7
    public Property MergedShards_EqualTheSingleRun()
    {
        var experiment = new DetectorSimulationTests.ToyExperiment(fiducialIsTarget: false);
        var analysis = experiment.Analyses[0];
        var signal = new DetectorSimulationTests.ToySignal(properDecayLengthCm: 50);
        SimulationResult Simulate(SimulationOptions o) => DetectorSimulation.Run(experiment, analysis, analysis.Exposures, signal, o);
        return Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), Arb.From(Gen.Choose(100, 3000)), (seedInt, events) =>
        {
            var folder = Directory.CreateTempSubdirectory("ds-rate-shards").FullName;
            try
            {
                var options = Options((ulong)seedInt, events);
                var single = SimulationChunks.Run(experiment, analysis, analysis.Exposures, signal, options, null, Chunk);
                byte[] expected = SimulationChunks.Encode(single);
                int chunks = SimulationChunks.ChunkCount(events, Chunk);
                foreach (int n in ShardCounts)
                {
                    var parts = new List<(string, ShardPart)>();
                    for (int i = 0; i < n; i++)
                    {
                        var shard = new Shard(i, n);
                        string path = Path.Combine(folder, shard.PartPath("rate.json"));
                        SimulationChunks.RunShard(ShardPart.Empty(Request(options.Seed), shard, chunks), Simulate, options, p => ShardPartFile.Write(p, path), Chunk);
                        parts.Add((path, ShardPartFile.Read(path)));
                    }
                    var (_, units) = ShardMerge.Merge(parts);
                    var merged = SimulationChunks.Combine([.. units.Select((u, k) => SimulationChunks.Decode(u, $"chunk {k}"))]);
                    if (!SimulationChunks.Encode(merged).AsSpan().SequenceEqual(expected)) return false;
                }
                return true;
            }
            finally { Directory.Delete(folder, true); }
        });
    }

    [Fact] // one chunk is DetectorSimulation.Run itself; more chunks give the mean with errors added in quadrature / K
    public void Combine_IsTheMeanOfTheChunks()
    {
        var experiment = new DetectorSimulationTests.ToyExperiment(fiducialIsTarget: false);
        var analysis = experiment.Analyses[0];
        var signal = new DetectorSimulationTests.ToySignal(properDecayLengthCm: 50);
        var options = Options(5, 900);
        var direct = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, signal, options);
        Assert.Equal(SimulationChunks.Encode(direct), SimulationChunks.Encode(SimulationChunks.Run(experiment, analysis, analysis.Exposures, signal, options, null, 1000)));

        var parts = Enumerable.Range(0, 3).Select(k => DetectorSimulation.Run(experiment, analysis, analysis.Exposures, signal, SimulationChunks.ChunkOptions(options, k, 400))).ToArray();
        Assert.Equal([300, 300, 300], Enumerable.Range(0, 3).Select(k => SimulationChunks.ChunkOptions(options, k, 400).Events));
        Assert.NotEqual(parts[0].Selected, parts[1].Selected);   // independent seeds
        var mean = SimulationChunks.Combine(parts);
        Assert.Equal(parts.Average(p => p.Selected), mean.Selected, 1e-12 * mean.Selected);
        Assert.Equal(Math.Sqrt(parts.Sum(p => p.McError * p.McError)) / 3, mean.McError, 1e-12 * mean.McError);
        Assert.Equal(parts.Sum(p => p.Events), mean.Events);
        // Σw² of the mean per bin is Σ_c Σw²_c / K², and it survives the payload (merged rate shards carry it)
        for (int b = 0; b < mean.Bins.Count; b++)
            Assert.Equal(parts.Sum(p => p.BinSumOfSquares[b]) / 9, mean.BinSumOfSquares[b], 1e-12 * Math.Max(1e-300, mean.BinSumOfSquares[b]));
        Assert.Equal(mean.McError * mean.McError, mean.BinSumOfSquares.Sum(), 1e-9 * mean.McError * mean.McError);
        Assert.Equal(mean.BinSumOfSquares, SimulationChunks.Decode(SimulationChunks.Encode(mean), "mean").BinSumOfSquares);
        // the mean agrees with one big simulation within the combined MC errors
        var big = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, signal, options with { Events = 20_000 });
        Assert.True(Math.Abs(mean.Selected - big.Selected) < 4 * Math.Sqrt(mean.McError * mean.McError + big.McError * big.McError), $"{mean.Selected} ± {mean.McError} vs {big.Selected} ± {big.McError}");
    }

    [Fact] // a damaged payload names its chunk
    public void Decode_RefusesADamagedPayload()
    {
        var e = Assert.Throws<FormatException>(() => SimulationChunks.Decode("{\"Upscattered\":"u8.ToArray(), "chunk 4"));
        Assert.Contains("chunk 4", e.Message);
    }
}
