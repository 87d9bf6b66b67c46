using BenchmarkDotNet.Attributes;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Benchmarks;

/// <summary>
/// A 30 × 30 mass scan from a synthetic discrete joint sample the size of the README's (100 mass points log-uniform in
/// m_N 0.05–0.2 GeV × m_Z' 0.8–2 GeV, 1 500 selected events per point with one or two crossings, 1 bin), half-widths
/// 0.12 × 0.08 decades: the kernel density sum (<see cref="KernelReweighter"/>, the anchor: the scan before issue 27)
/// against the local-linear regression (<see cref="LocalLinearKernelReweighter"/>, on the same float32 columns and
/// eight-lane lifetime kernel; issue 27's target: within 2× of the density scan), point by point as the scan calls
/// them, and the leave-one-mass-point-out cross-validation the scan runs once per sample (49 candidates).
/// </summary>
[MemoryDiagnoser]
public class LocalLinearReweightingBenchmarks
{
    private const int MassPoints = 100, EventsPerPoint = 1500, Grid = 30;
    private KernelReweighter _density = null!;
    private LocalLinearKernelReweighter _localLinear = null!;
    private readonly double[] _mu = new double[1];
    private readonly double[] _w2 = new double[1];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var events = new ReweightingEvents(2, 1, PriorMeasure.LogParameters, MassPoints * EventsPerPoint);
        var points = new double[MassPoints][];
        double prior = 1 / (Math.Log(4) * Math.Log(2.5));
        Span<RaySegment> crossings = stackalloc RaySegment[2];
        for (int p = 0; p < MassPoints; p++)
        {
            points[p] = [0.05 * Math.Pow(4, random.NextDouble()), 0.8 * Math.Pow(2.5, random.NextDouble())];
            for (int e = 0; e < EventsPerPoint; e++)
            {
                double a = 100 + 1500 * random.NextDouble();
                crossings[0] = new RaySegment(a, a + 60);
                crossings[1] = new RaySegment(a + 80, a + 140);
                events.Add(points[p], 1e-3 * random.NextDouble() / MassPoints, prior, 0, 1 + 20 * random.NextDouble(), crossings[..(1 + random.Next(2))]);
            }
        }
        var kernel = new Kernel(KernelShape.Epanechnikov, KernelForm.Product, [0.12, 0.08], [DistanceScale.Log10, DistanceScale.Log10]);
        _density = new KernelReweighter(events, kernel);
        _localLinear = new LocalLinearKernelReweighter(events, points, kernel);
    }

    private static double[] Point(int k) => [0.05 * Math.Pow(4, (k % Grid) / (Grid - 1.0)), 0.8 * Math.Pow(2.5, (k / Grid) / (Grid - 1.0))];

    [Benchmark(Baseline = true)]
    public double KernelDensityScan()
    {
        double sum = 0;
        for (int k = 0; k < Grid * Grid; k++)
        {
            _density.Predict(Point(k), 1, 300, _mu, _w2);
            sum += _mu[0];
        }
        return sum;
    }

    [Benchmark]
    public double LocalLinearScan()
    {
        double sum = 0;
        for (int k = 0; k < Grid * Grid; k++) sum += _localLinear.Predict(Point(k), 1, 300, _mu, _w2).Signal;
        return sum;
    }

    [Benchmark]
    public BandwidthSelection CrossValidation() => KernelBandwidthSelection.LeaveOneMassPointOut(_localLinear, _ => 300);
}
