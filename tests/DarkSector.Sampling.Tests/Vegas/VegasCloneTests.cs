using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Vegas;

public class VegasCloneTests
{
    [Theory] // a clone of an adapted integrator continues exactly as the original: same points, weights, integral, error
    [InlineData(1UL, 3000)]
    [InlineData(77UL, 12_345)]
    public void Clone_SamplesBitIdenticallyToTheOriginal(ulong seed, int evaluations)
    {
        var integrand = new GaussianPeak(3, 0.4, 0.1);
        var options = new VegasOptions { Seed = seed, WarmupIterations = 3, WarmupEvaluations = 2000, Iterations = 2, Evaluations = 5000 };
        var original = new VegasIntegrator(3);
        original.Integrate(integrand, options);
        var copy = original.Clone();
        var fromCopy = copy.Sample(integrand, evaluations, options);
        var fromOriginal = original.Sample(integrand, evaluations, options);
        Assert.True(fromCopy.Points.SequenceEqual(fromOriginal.Points));
        Assert.True(fromCopy.Weights.SequenceEqual(fromOriginal.Weights));
        Assert.Equal(fromOriginal.Integral, fromCopy.Integral);
        Assert.Equal(fromOriginal.Error, fromCopy.Error);
        Assert.NotSame(original.Map, copy.Map);
    }
}
