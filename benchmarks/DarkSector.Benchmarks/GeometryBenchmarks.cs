using BenchmarkDotNet.Attributes;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Weights;

namespace DarkSector.Benchmarks;

/// <summary>Line-of-sight queries through an ND280-like detector (16 boxes: P0D, three TPCs and two FGDs with their
/// fiducial volumes, experiments.md): ray traces, vertex placements and decay-in-volume weights per second.</summary>
[MemoryDiagnoser]
public class GeometryBenchmarks
{
    private const int Rays = 1024;
    private Detector _detector = null!;
    private VertexPlacement _placement = null!;
    private Ray[] _rays = null!;
    private double[] _uniforms = null!;
    private VolumeSegment[] _segments = null!;

    [GlobalSetup]
    public void Setup()
    {
        _detector = BuildNd280Like();
        _placement = new VertexPlacement(_detector, Nuclei.Get("C12"));
        var rng = new System.Random(1);
        _rays = new Ray[Rays];
        _uniforms = new double[Rays];
        for (int i = 0; i < Rays; i++)
        {
            // Neutrinos from 280 m upstream, aimed at a uniform point of the detector's front face.
            var target = new ThreeVector(-105 + 210 * rng.NextDouble(), -112 + 224 * rng.NextDouble(), 0);
            var source = new ThreeVector(0, 0, -28_000);
            _rays[i] = new Ray(target - 100 * (target - source).Unit(), target - source);
            _uniforms[i] = rng.NextDouble();
        }
        _segments = new VolumeSegment[_detector.MaxSegments];
    }

    [Benchmark(OperationsPerInvoke = Rays, Description = "trace one ray through ND280 (all entries/exits)")]
    public int Trace()
    {
        int total = 0;
        foreach (var ray in _rays) total += _detector.Trace(ray, _segments);
        return total;
    }

    [Benchmark(OperationsPerInvoke = Rays, Description = "place one upscattering vertex on C12 along the line of sight")]
    public double PlaceVertex()
    {
        double sum = 0;
        for (int i = 0; i < Rays; i++)
            if (_placement.TrySample(_rays[i], _uniforms[i], out var v)) sum += v.DistanceCm;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rays, Description = "decay-in-TPC probability from a point upstream")]
    public double DecayProbability()
    {
        double sum = 0;
        foreach (var ray in _rays) sum += DecayInVolume.Probability(_detector, ray, 150.0);
        return sum;
    }

    private static Solid Placed(double sx, double sy, double sz, double zBegin) => new Box(sx, sy, sz).Translate(new ThreeVector(0, 0, zBegin + sz / 2));

    private static Material Mixed(string name, double tonnes, double sx, double sy, double sz, params (string, double)[] fractions) =>
        Material.FromMassFractions(name, tonnes * 1e6 / (sx * sy * sz), fractions);

    internal static Detector BuildNd280Like()
    {
        var argon = Material.FromMassFractions("argon gas", 1.78e-3, ("Ar40", 1.0));
        var ecal = Mixed("P0D ECAL", 2.9, 210, 224, 30.5, ("H1", 0.065), ("C12", 0.40), ("Pb208", 0.535));
        var water = Mixed("P0D water", 10, 210, 224, 179, ("H1", 0.10), ("C12", 0.43), ("O16", 0.22), ("Cu63", 0.16), ("Zn64", 0.09));
        var fgd1 = Mixed("FGD1", 1.1, 186, 186, 30, ("H1", 0.08), ("C12", 0.88), ("O16", 0.04));
        var fgd2 = Mixed("FGD2", 1.1, 186, 186, 30, ("H1", 0.09), ("C12", 0.50), ("O16", 0.41));
        double[] tpc = [251, 387, 524];
        var volumes = new List<DetectorVolume>();
        for (int i = 0; i < 3; i++) volumes.Add(new($"TPC{i + 1} fiducial", Placed(170, 196, 56, tpc[i] + 5), argon, VolumeRole.Fiducial | VolumeRole.Target));
        volumes.Add(new("FGD1 fiducial", Placed(175, 175, 29, 344), fgd1, VolumeRole.Target));
        volumes.Add(new("FGD2 fiducial", Placed(175, 175, 29, 481), fgd2, VolumeRole.Target));
        volumes.Add(new("P0D ECAL1", Placed(210, 224, 30.5, 0), ecal, VolumeRole.Target));
        volumes.Add(new("P0D water", Placed(210, 224, 179, 30.5), water, VolumeRole.Target));
        volumes.Add(new("P0D ECAL2", Placed(210, 224, 30.4, 209.6), ecal, VolumeRole.Target));
        for (int i = 0; i < 3; i++) volumes.Add(new($"TPC{i + 1}", Placed(186, 206, 78, tpc[i]), argon, VolumeRole.Target));
        volumes.Add(new("FGD1", Placed(186, 186, 30, 343), fgd1, VolumeRole.Target));
        volumes.Add(new("FGD2", Placed(186, 186, 30, 480), fgd2, VolumeRole.Target));
        return new Detector("ND280-like", volumes);
    }
}
