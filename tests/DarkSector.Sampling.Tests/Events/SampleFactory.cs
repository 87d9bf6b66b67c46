using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Tests.Events;

/// <summary>Random (not physical) event samples for storage and file tests.</summary>
internal static class SampleFactory
{
    public static EventSampleMetadata Metadata(bool withParameters) => new()
    {
        Model = "dark-photon test point, m_N = 0.42 GeV",
        Seed = 1234567890123UL,
        Flux = "bnb-numu (test)",
        Exposure = "per target per POT",
        SoftwareVersion = "0.1.0-test",
        DecayChannels = [new DecayChannelInfo("nu_e_e", [14, 11, -11]), new DecayChannelInfo("nu_gamma", [14, 22])],
        Targets = [new TargetInfo("C12", 1000060120, 11.1749), new TargetInfo("proton", 2212, 0.93827)],
        ParameterNames = withParameters ? ["m_N", "m_Zprime"] : [],
        Integral = 1.25e-41,
        IntegralError = 3.5e-44,
    };

    public static EventSample Random(int count, bool withParameters = true, ulong seed = 5)
    {
        var rng = RandomStream.Create(seed, 0);
        var sample = new EventSample(Metadata(withParameters));
        FourMomentum P(ref RandomStream r) => new(1 + r.NextDouble(), r.NextDouble() - 0.5, r.NextDouble() - 0.5, r.NextDouble());
        ThreeVector V(ref RandomStream r) => new(100 * r.NextDouble(), -50 * r.NextDouble(), 1000 * r.NextDouble());
        for (int i = 0; i < count; i++)
        {
            byte channel = (byte)(i % 2);
            var e = new EventRecord
            {
                Neutrino = P(ref rng), Hnl = P(ref rng), Recoil = P(ref rng), Product1 = P(ref rng), Product2 = P(ref rng),
                Product3 = channel == 0 ? P(ref rng) : default,
                HnlHelicity = (sbyte)(i % 3 - 1), Channel = channel, Target = (byte)((i / 2) % 2),
                ProductionVertex = V(ref rng), DecayVertex = V(ref rng),
                GeneratorWeight = 1e-42 * rng.NextDouble(), CouplingWeight = rng.NextDouble(), BranchingRatio = rng.NextDouble(),
                DecayInVolume = rng.NextDouble(), Selection = i % 5 == 0 ? 0 : 0.1, Exposure = 3e20,
            };
            sample.Add(e, withParameters ? [0.1 + rng.NextDouble(), 1 + rng.NextDouble()] : []);
        }
        return sample;
    }

    /// <summary>Asserts every column and the metadata are bit-identical.</summary>
    public static void AssertIdentical(EventSample expected, EventSample actual, bool compareMetadata = true)
    {
        Assert.Equal(expected.Count, actual.Count);
        if (compareMetadata) Assert.Equal(expected.Metadata, actual.Metadata);
        var a = expected.Columns();
        var b = actual.Columns();
        Assert.Equal(a.Select(c => c.Name), b.Select(c => c.Name));
        for (int k = 0; k < a.Count; k++)
            for (int i = 0; i < expected.Count; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(a[k].GetAsDouble(i)) == BitConverter.DoubleToInt64Bits(b[k].GetAsDouble(i)),
                    $"column {a[k].Name}, event {i}: {a[k].GetAsDouble(i)} vs {b[k].GetAsDouble(i)}");
    }
}
