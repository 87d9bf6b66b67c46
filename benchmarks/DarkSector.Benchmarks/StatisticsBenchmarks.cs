using BenchmarkDotNet.Attributes;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Limits;

namespace DarkSector.Benchmarks;

/// <summary>Likelihood evaluations for a 20-bin analysis and contour extraction on a 100 × 100 scan grid.</summary>
[MemoryDiagnoser]
public class StatisticsBenchmarks
{
    private const int Bins = 20;
    private readonly double[] _observed = new double[Bins];
    private readonly double[] _signal = new double[Bins];
    private readonly double[] _sumW2 = new double[Bins];
    private readonly double[] _background = new double[Bins];
    private readonly EffectiveLikelihood _effective = new(0.2);
    private readonly CombinedNeymanPearsonChiSquare _cnp = new();
    private CombinedNeymanPearsonChiSquare _cnpCovariance = null!;
    private GaussianChiSquare _gaussian = null!;
    private readonly double[] _gridX = new double[100];
    private readonly double[] _gridY = new double[100];
    private readonly double[] _grid = new double[100 * 100];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var covariance = new double[Bins, Bins];
        for (int i = 0; i < Bins; i++)
        {
            _background[i] = 5 + 50 * random.NextDouble();
            _signal[i] = 10 * random.NextDouble();
            _sumW2[i] = 0.05 * _signal[i];
            _observed[i] = Math.Round(_background[i] + _signal[i] * random.NextDouble());
            for (int j = 0; j < Bins; j++) covariance[i, j] = 0.01 * Math.Exp(-Math.Abs(i - j) / 3.0);
        }
        _cnpCovariance = new CombinedNeymanPearsonChiSquare(covariance, SystematicCovarianceKind.Fractional);
        var absolute = new double[Bins, Bins];
        for (int i = 0; i < Bins; i++)
            for (int j = 0; j < Bins; j++)
                absolute[i, j] = covariance[i, j] * _background[i] * _background[j] + (i == j ? _background[i] : 0);
        _gaussian = new GaussianChiSquare(absolute);
        for (int i = 0; i < 100; i++)
        {
            _gridX[i] = Math.Pow(10, -2 + 2.0 * i / 99);
            _gridY[i] = Math.Pow(10, -10 + 5.0 * i / 99);
        }
        for (int j = 0; j < 100; j++)
            for (int i = 0; i < 100; i++)
            {
                double u = (Math.Log10(_gridX[i]) + 1) / 0.6, v = (Math.Log10(_gridY[j]) + 7.5) / 1.5;
                _grid[j * 100 + i] = 10 * (u * u + v * v);
            }
    }

    [Benchmark]
    public double Poisson20Bins() => PoissonLikelihood.Instance.MinusTwoLnL(_observed, _signal, _sumW2, _background);

    [Benchmark]
    public double Effective20Bins() => _effective.MinusTwoLnL(_observed, _signal, _sumW2, _background);

    [Benchmark]
    public double CnpDiagonal20Bins() => _cnp.MinusTwoLnL(_observed, _signal, _sumW2, _background);

    [Benchmark]
    public double CnpCovariance20Bins() => _cnpCovariance.MinusTwoLnL(_observed, _signal, _sumW2, _background);

    [Benchmark]
    public double GaussianCovariance20Bins() => _gaussian.MinusTwoLnL(_observed, _signal, _sumW2, _background);

    [Benchmark]
    public int Contours100x100() => MarchingSquares.Extract(_gridX, _gridY, _grid, 4.61, AxisScale.Logarithmic, AxisScale.Logarithmic).Count;
}
