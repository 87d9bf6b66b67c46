using BenchmarkDotNet.Attributes;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Benchmarks;

/// <summary>
/// KDE prediction from a synthetic 3.65e6-event joint sample (m_N in [0.01, 0.5] GeV, m_Z' in [0.02, 2] GeV,
/// log-uniform, one or two fiducial crossings per event, 1 bin): 1e4 distinct (m_N, m_Z') points, and a 100 × 100 scan
/// (100 mass points × 100 couplings sharing each neighbour set), lifetime weights included, on all cores
/// (targets.md: ≤ 2 s for 1e4 points). Bandwidth: the seed paper's 0.005 decades and a 10× wider kernel.
/// </summary>
[MemoryDiagnoser]
public class ReweightingBenchmarks
{
    private const int Events = 3_650_000;
    private const int Points = 10_000;
    private KernelReweighter _reweighter = null!;
    private ReweightingEvents _events = null!;
    private readonly double[] _distinct = new double[2 * Points];
    private readonly double[] _scan = new double[2 * Points];
    private readonly double[] _scales = new double[Points];
    private readonly double[] _ctau = new double[Points];
    private readonly double[] _mu = new double[Points];

    /// <summary>Kernel half-width in decades.</summary>
    [Params(0.005, 0.05)]
    public double Bandwidth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _events = new ReweightingEvents(2, 1, PriorMeasure.LogParameters, Events);
        Span<RaySegment> crossings = stackalloc RaySegment[2];
        for (int i = 0; i < Events; i++)
        {
            double mn = 0.01 * Math.Pow(50, random.NextDouble()), mz = 0.02 * Math.Pow(100, random.NextDouble());
            double a = 100 + 1500 * random.NextDouble();
            crossings[0] = new RaySegment(a, a + 60);
            crossings[1] = new RaySegment(a + 80, a + 140);
            _events.Add([mn, mz], 1e-3 * random.NextDouble(), mz * mz / Math.Pow(mn, 3.5), 0, 1 + 20 * random.NextDouble(), crossings[..(1 + random.Next(2))]);
        }
        _reweighter = new KernelReweighter(_events, new Kernel(KernelShape.Epanechnikov, KernelForm.Product, [Bandwidth, Bandwidth], [DistanceScale.Log10, DistanceScale.Log10]));
        for (int p = 0; p < Points; p++)
        {
            _distinct[2 * p] = 0.012 * Math.Pow(40, random.NextDouble());
            _distinct[2 * p + 1] = 0.025 * Math.Pow(70, random.NextDouble());
            int mass = p / 100, coupling = p % 100;
            _scan[2 * p] = 0.012 * Math.Pow(40, mass / 99.0);
            _scan[2 * p + 1] = 0.3;
            _scales[p] = Math.Pow(10, -3 + 6 * coupling / 99.0);
            _ctau[p] = 1e3 / _scales[p];
        }
    }

    [Benchmark]
    public void DistinctPoints() => _reweighter.PredictMany(_distinct, _scales, _ctau, _mu, []);

    [Benchmark]
    public void ScanMassesTimesCouplings() => _reweighter.PredictMany(_scan, _scales, _ctau, _mu, []);

    [Benchmark]
    public object BuildIndex() => new KernelReweighter(_events, _reweighter.Kernel);
}
