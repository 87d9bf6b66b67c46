using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Tests.Events;

public class EventSampleTests
{
    [Fact] // 171 B + 8 B per parameter; 187 B with (m_N, m_Z') ≤ 200 B target (targets.md)
    public void StoragePerEvent_IsWithinTwoHundredBytes()
    {
        Assert.Equal(171, EventSample.BytesPerEvent(0));
        Assert.Equal(187, EventSample.BytesPerEvent(2));
        Assert.True(EventSample.BytesPerEvent(2) <= 200);
    }

    [Fact] // stored momenta equal the input rounded to float32 (exact); weights and θ exact in double
    public void AddedEvent_ReadsBackAtStoredPrecision()
    {
        var sample = new EventSample(SampleFactory.Metadata(true));
        var e = new EventRecord
        {
            Neutrino = new FourMomentum(1.2345678912345, 0, 0, 1.2345678912345),
            Hnl = new FourMomentum(1.1, 0.1, 0.2, 1.0), HnlHelicity = -1, Channel = 1, Target = 1,
            ProductionVertex = new ThreeVector(1, 2, 3), DecayVertex = new ThreeVector(4, 5, 600.5),
            GeneratorWeight = 1.234567890123e-42, BranchingRatio = 0.25,
        };
        sample.Add(e, [0.42, 1.25]);
        var back = sample[0];
        Assert.Equal((double)(float)1.2345678912345, back.Neutrino.E);
        Assert.Equal(e.GeneratorWeight, back.GeneratorWeight);
        Assert.Equal(0.25, back.BranchingRatio);
        Assert.Equal(1.0, back.Selection);
        Assert.Equal(-1, back.HnlHelicity);
        Assert.Equal(600.5, sample.DecayVertex(2)[0]);
        Assert.Equal(1.25, sample.Parameters(1)[0]);
        Assert.Equal(1.234567890123e-42 * 0.25, sample.TotalWeight(0), 1e-55);
    }

    [Fact] // recomputing one factor in place rescales the total weight exactly by the factor's ratio (1e-15 relative)
    public void RecomputingOneFactor_RescalesTotalWeight()
    {
        var sample = SampleFactory.Random(100);
        double before = sample.TotalWeight(7);
        var selection = sample.Weights(WeightFactor.Selection);
        double old = selection[7];
        selection[7] = 0.5;
        Assert.Equal(before / old * 0.5, sample.TotalWeight(7), 1e-15 * Math.Abs(before / old));
    }

    [Fact] // Σ total weights equals the sum of row products (1e-14 relative)
    public void SumOfWeights_EqualsSumOfRowProducts()
    {
        var sample = SampleFactory.Random(500);
        double expected = 0;
        for (int i = 0; i < sample.Count; i++) expected += sample[i].TotalWeight;
        Assert.Equal(expected, sample.SumOfWeights(), 1e-14 * expected);
    }

    [Fact]
    public void InvalidEvents_AreRejected()
    {
        var sample = new EventSample(SampleFactory.Metadata(true));
        Assert.Throws<ArgumentException>(() => sample.Add(new EventRecord(), [1.0]));
        var ex = Assert.Throws<ArgumentException>(() => sample.Add(new EventRecord { Channel = 2 }, [1.0, 2.0]));
        Assert.Contains("channel index 2", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => sample[0]);
        Assert.Throws<ArgumentException>(() => new DecayChannelInfo("a b", [1]));
        Assert.Throws<ArgumentException>(() => new DecayChannelInfo("x", [1, 2, 3, 4]));
    }
}
