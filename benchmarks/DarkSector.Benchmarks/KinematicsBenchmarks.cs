using BenchmarkDotNet.Attributes;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Benchmarks;

/// <summary>Cost of the basic kinematic operations every event uses.</summary>
[MemoryDiagnoser]
public class KinematicsBenchmarks
{
    private readonly FourMomentum _parent = new(1.2, 0.1, -0.2, 1.1);

    [Benchmark]
    public FourMomentum BoostToRestAndBack()
    {
        var frame = RestFrame.Of(_parent);
        return frame.ToLab(frame.ToRest(new FourMomentum(0.3, 0.1, 0.2, 0.05)));
    }

    [Benchmark]
    public FourMomentum TwoBodyDecay()
        => Physics.Kinematics.TwoBodyDecay.Decay(_parent, 0.0, 0.03, Directions.Isotropic(0.3, 0.7)).First;
}
