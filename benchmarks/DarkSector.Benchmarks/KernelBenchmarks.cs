using BenchmarkDotNet.Attributes;
using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Benchmarks;

/// <summary>Kernel weights in the (m_N, m_Z') plane: 2-D product Epanechnikov in log10 distance, 1000 samples per call.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private const int Samples = 1000;
    private readonly double[] _samples = new double[2 * Samples];
    private readonly double[] _query = [0.1, 1.25];
    private readonly Kernel _product = new(KernelShape.Epanechnikov, KernelForm.Product, [0.05, 0.05], [DistanceScale.Log10, DistanceScale.Log10]);
    private readonly Kernel _gaussian = new(KernelShape.Gaussian, KernelForm.Spherical, [0.05, 0.05], [DistanceScale.Log10, DistanceScale.Log10]);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        for (int i = 0; i < Samples; i++)
        {
            _samples[2 * i] = 0.1 * Math.Pow(10, 0.1 * (random.NextDouble() - 0.5));
            _samples[2 * i + 1] = 1.25 * Math.Pow(10, 0.1 * (random.NextDouble() - 0.5));
        }
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public double EpanechnikovProductLog10()
    {
        double sum = 0;
        for (int i = 0; i < Samples; i++) sum += _product.Weight(_query, _samples.AsSpan(2 * i, 2));
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public double GaussianLog10()
    {
        double sum = 0;
        for (int i = 0; i < Samples; i++) sum += _gaussian.Weight(_query, _samples.AsSpan(2 * i, 2));
        return sum;
    }
}
