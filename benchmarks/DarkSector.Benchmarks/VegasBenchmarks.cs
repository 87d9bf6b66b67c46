using BenchmarkDotNet.Attributes;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Benchmarks;

/// <summary>
/// VEGAS cost: raw batch integrand evaluations (per core), and a run of the anchor paper's size — 10 × 10³ warm-up plus
/// 100 × 10⁵ production evaluations — on a cheap 5-dimensional Gaussian peak, on one core and on all cores.
/// </summary>
[MemoryDiagnoser]
public class VegasBenchmarks
{
    private readonly GaussianPeak5 _integrand = new();
    private readonly double[] _points = new double[2048 * 5];
    private readonly double[] _values = new double[2048];

    /// <summary>Threads for the paper-size run (1 or all).</summary>
    [Params(1, -1)]
    public int Threads { get; set; }

    /// <summary>Fills the batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var r = Sampling.Randomness.RandomStream.Create(1, 0);
        r.Fill(_points);
    }

    /// <summary>One batch of 2048 evaluations of the 5-D Gaussian (divide the time by 2048 per evaluation).</summary>
    [Benchmark(OperationsPerInvoke = 2048)]
    public void IntegrandEvaluation() => _integrand.Evaluate(_points, _values);

    /// <summary>The full paper-size VEGAS+ run: 10 × 1e3 warm-up + 100 × 1e5 production.</summary>
    [Benchmark]
    public double PaperSizeRun()
    {
        var options = new VegasOptions
        {
            WarmupIterations = 10, WarmupEvaluations = 1000, Iterations = 100, Evaluations = 100_000, Seed = 1, MaxDegreeOfParallelism = Threads,
        };
        return new VegasIntegrator(5).Integrate(_integrand, options).Integral;
    }

    private readonly struct GaussianPeak5 : IBatchIntegrand
    {
        public int Dimension => 5;

        public void Evaluate(ReadOnlySpan<double> points, Span<double> values)
        {
            const double inverseWidth2 = 1 / 0.01, norm = 1 / (0.1 * 1.7724538509055159);
            double norm5 = norm * norm * norm * norm * norm;
            for (int i = 0; i < values.Length; i++)
            {
                var p = points.Slice(i * 5, 5);
                double r2 = 0;
                for (int d = 0; d < 5; d++)
                {
                    double t = p[d] - 0.5;
                    r2 += t * t;
                }
                values[i] = norm5 * Math.Exp(-r2 * inverseWidth2);
            }
        }
    }
}
