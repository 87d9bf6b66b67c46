using DarkSector.Sampling.Vegas;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Vegas;

public class VegasSamplingPassTests
{
    private static VegasOptions Options(ulong seed) => new() { Seed = seed, WarmupIterations = 4, WarmupEvaluations = 3000, Iterations = 2, Evaluations = 5000 };

    [Property(MaxTest = 15)] // a planned pass, drawn batch by batch in any order, equals Sample bit for bit: points, weights, integral, error
    public Property Batches_EqualTheWholeSample()
    {
        return Prop.ForAll(Arb.From(Gen.Choose(1, int.MaxValue)), Arb.From(Gen.Choose(2, 20_000)), (seedInt, evaluations) =>
        {
            var integrand = new GaussianPeak(3, 0.4, 0.1);
            var options = Options((ulong)seedInt);
            var whole = new VegasIntegrator(3);
            whole.Integrate(integrand, options);
            var sample = whole.Sample(integrand, evaluations, options);

            var parted = new VegasIntegrator(3);
            parted.Integrate(integrand, options);
            var pass = parted.PlanSample(integrand, evaluations, options);
            var batches = Enumerable.Range(0, pass.BatchCount).Reverse().Select(pass.Draw).Reverse().ToArray();
            var tally = new VegasPassTally();
            foreach (var b in batches) tally.Add(b.Weights, b.Cubes, b.HypercubeCount);
            var (integral, error) = tally.Result();
            double[] points = [.. batches.SelectMany(b => b.Points.ToArray())], weights = [.. batches.SelectMany(b => b.Weights.ToArray())];
            return pass.PointCount == sample.Count && points.AsSpan().SequenceEqual(sample.Points) && weights.AsSpan().SequenceEqual(sample.Weights)
                && integral.Equals(sample.Integral) && error.Equals(sample.Error);
        });
    }

    [Fact] // a missing or repeated batch is refused, not silently summed
    public void Tally_RefusesAMissingBatch()
    {
        var integrand = new GaussianPeak(2, 0.5, 0.2);
        var integrator = new VegasIntegrator(2);
        integrator.Integrate(integrand, Options(7));
        var pass = integrator.PlanSample(integrand, 10_000, Options(7));
        Assert.True(pass.BatchCount >= 3);
        var tally = new VegasPassTally();
        var first = pass.Draw(0);
        tally.Add(first.Weights, first.Cubes, first.HypercubeCount);
        var third = pass.Draw(2);
        Assert.Throws<ArgumentException>(() => tally.Add(third.Weights, third.Cubes, third.HypercubeCount));
        var incomplete = new VegasPassTally();
        incomplete.Add(first.Weights, first.Cubes, first.HypercubeCount);
        Assert.Throws<ArgumentException>(() => incomplete.Result());
        Assert.Throws<ArgumentOutOfRangeException>(() => pass.Draw(pass.BatchCount));
    }
}
