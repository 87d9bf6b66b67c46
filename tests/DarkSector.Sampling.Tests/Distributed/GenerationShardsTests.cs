using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Tests.Generation;
using DarkSector.Sampling.Vegas;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Distributed;

public sealed class GenerationShardsTests
{
    private const double MassC12 = 11.1749, MassProton = 0.93827, HnlMass = 0.3;
    private static readonly int[] ShardCounts = [1, 2, 3, 7];
    private static readonly EnergySpectrum Flux = new([0.0, 0.8, 3.0], [0.0, 2e-10, 0.0], "toy-triangle");

    private static GenerationModel Model() => new(
        [
            new UpscatteringProcess { CrossSection = new ToyCrossSection(MassC12, HnlMass, 1e-38, 0.01), Target = new TargetInfo("C12", 1000060120, MassC12), Helicity = -1 },
            new UpscatteringProcess { CrossSection = new ToyCrossSection(MassProton, HnlMass, 2e-39, 0.5), Target = new TargetInfo("proton", 2212, MassProton), Multiplicity = 6, Helicity = 1 },
        ],
        [
            new HnlDecayChannel { Sampler = new ToyPhotonDecay(HnlMass, 1.0), BranchingRatio = 0.7 },
            new HnlDecayChannel { Sampler = new ToyPhotonDecay(HnlMass, -0.5, "nu_gamma_b"), BranchingRatio = 0.3 },
        ]);

    private static GenerationOptions Options(ulong seed, int events) => new()
    {
        Vegas = new VegasOptions { Seed = seed, WarmupIterations = 3, WarmupEvaluations = 2000, Iterations = 2, Evaluations = 4000 },
        Events = events,
        Model = "toy",
    };

    private static byte[] Image(EventSample sample)
    {
        using var buffer = new MemoryStream();
        DsevFile.Write(sample, buffer);
        return buffer.ToArray();
    }

    private static JobRequest Request(ulong seed) => new("generate toy", ["--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    [Property(MaxTest = 8)] // merged shards equal Generate bit for bit (event file image, integral, error, adaptation) for n = 1, 2, 3, 7 over random seeds and sizes
    public Property MergedShards_EqualTheSingleRun()
    {
        return Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), Arb.From(Gen.Choose(100, 16_000)), (seedInt, events) =>
        {
            var folder = Directory.CreateTempSubdirectory("ds-gen-shards").FullName;
            try
            {
                ulong seed = (ulong)seedInt;
                var options = Options(seed, events);
                var single = new EventGenerator(Flux, Model()).Generate(options);
                byte[] expected = Image(single.Events);
                foreach (int n in ShardCounts)
                {
                    var parts = new List<(string, ShardPart)>();
                    for (int i = n - 1; i >= 0; i--)   // every shard in its own generator (its own process), parts read back from files
                    {
                        var pass = new EventGenerator(Flux, Model()).Plan(options);
                        var shard = new Shard(i, n);
                        string path = Path.Combine(folder, shard.PartPath("events.dsev"));
                        GenerationShards.Run(pass, ShardPart.Empty(Request(seed), shard, pass.BatchCount), p => ShardPartFile.Write(p, path));
                        parts.Add((path, ShardPartFile.Read(path)));
                    }
                    var (_, units) = ShardMerge.Merge(parts);
                    var merged = GenerationShards.Merge(units);
                    if (!Image(merged.Events).AsSpan().SequenceEqual(expected) || !merged.Integral.Equals(single.Integral)
                        || !merged.IntegralError.Equals(single.IntegralError) || merged.DroppedPoints != single.DroppedPoints
                        || !merged.Integration.Iterations.SequenceEqual(single.Integration.Iterations))
                        return false;
                }
                return true;
            }
            finally { Directory.Delete(folder, true); }
        });
    }

    [Fact] // parts of differently adapted generations (another VEGAS warm-up) do not merge: the message names the batch
    public void Merge_RefusesDifferentlyAdaptedBatches()
    {
        var a = new EventGenerator(Flux, Model()).Plan(Options(1, 6000));
        var b = new EventGenerator(Flux, Model()).Plan(Options(1, 6000) with { Vegas = Options(1, 6000).Vegas with { WarmupEvaluations = 2500 } });
        Assert.True(a.BatchCount >= 2 && a.BatchCount == b.BatchCount);
        var units = Enumerable.Range(0, a.BatchCount).Select(k => GenerationShards.Encode((k == 1 ? b : a).Integration, (k == 1 ? b : a).Draw(k))).ToArray();
        var e = Assert.Throws<FormatException>(() => GenerationShards.Merge(units));
        Assert.Contains("batch 1", e.Message);
    }

    [Fact] // a truncated payload is a format error naming the batch, not a crash
    public void Merge_RefusesATruncatedPayload()
    {
        var pass = new EventGenerator(Flux, Model()).Plan(Options(2, 3000));
        var units = Enumerable.Range(0, pass.BatchCount).Select(k => GenerationShards.Encode(pass.Integration, pass.Draw(k))).ToArray();
        units[0] = units[0][..(units[0].Length / 2)];
        var e = Assert.Throws<FormatException>(() => GenerationShards.Merge(units));
        Assert.Contains("generation batch 0", e.Message);
    }
}
