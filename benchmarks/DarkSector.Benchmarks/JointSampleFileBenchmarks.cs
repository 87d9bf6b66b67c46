using BenchmarkDotNet.Attributes;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Benchmarks;

/// <summary>
/// Writing and reading a joint reweighting sample (<see cref="JointSampleFile"/>): 1e6 synthetic events over (m_N, m_Z')
/// with 1 to 4 fiducial crossings each (mean 2.5, close to the 2.6 of a T2K ND280 tpc-ee sample), to a temporary file
/// (atomic write with flush to disk) and back (with full validation). File size: 38 B per event + 12 B per crossing.
/// </summary>
[MemoryDiagnoser]
public class JointSampleFileBenchmarks
{
    private const int Events = 1_000_000;
    private JointSample _sample = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var metadata = new JointSampleMetadata
        {
            ExperimentId = "t2k-nd280", AnalysisId = "tpc-ee", Family = "dark-photon",
            Axes = [new("m-n", 0.01, 0.5), new("mzprime", 0.02, 2)],
            FixedParameters = new Dictionary<string, double> { ["v-mu-n2"] = 2.2e-7, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4 },
            EventsPerPoint = 2000, PointCount = 500,
        };
        var events = new ReweightingEvents(2, 1, PriorMeasure.LogParameters, Events);
        Span<RaySegment> crossings = stackalloc RaySegment[4];
        Span<float> efficiencies = stackalloc float[4];
        for (int i = 0; i < Events; i++)
        {
            double mn = 0.01 * Math.Pow(50, random.NextDouble()), mz = 0.02 * Math.Pow(100, random.NextDouble());
            int n = 1 + random.Next(4);
            double a = 100 + 1500 * random.NextDouble();
            for (int j = 0; j < n; j++, a += 80)
            {
                crossings[j] = new RaySegment(a, a + 60);
                efficiencies[j] = (float)random.NextDouble();
            }
            events.Add([mn, mz], 1e-3 * random.NextDouble(), 0.1, 0, 1 + 20 * random.NextDouble(), crossings[..n], efficiencies[..n]);
        }
        _sample = new JointSample(metadata, events);
        _path = Path.Combine(Path.GetTempPath(), $"ds-joint-bench-{Environment.ProcessId}.dsev");
        JointSampleFile.Write(_sample, _path);
        Console.WriteLine($"// {Events} events, {new FileInfo(_path).Length / (double)Events:0.0} B per event");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public void Write() => JointSampleFile.Write(_sample, _path);

    [Benchmark]
    public int Read() => JointSampleFile.Read(_path).Events.Count;
}
