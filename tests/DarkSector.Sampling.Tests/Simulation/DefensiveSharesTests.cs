using DarkSector.Sampling.Simulation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Simulation;

/// <summary><see cref="DefensiveShares.RaiseToFloor"/>: the tail-safety step of the variance-driven allocation. An
/// untrusted entry never ends below its plain share, the trusted ones keep their proportions, the total is kept.</summary>
public class DefensiveSharesTests
{
    private static readonly Gen<(double[] Q, bool[] Trusted, double[] Floor)> Cases =
        from n in Gen.Choose(1, 8)
        from rawQ in Gen.ArrayOf(Gen.Choose(0, 1000).Select(i => (double)i), n)
        from rawFloor in Gen.ArrayOf(Gen.Choose(1, 1000).Select(i => (double)i), n)
        from trusted in Gen.ArrayOf(Gen.Elements(true, false), n)
        select (Normalise(rawQ), trusted, Normalise(rawFloor));

    [Property] // Σ q = 1; untrusted q_i ≥ floor_i; trusted entries scaled by one common factor (or the floor returned)
    public Property RaisedShares_KeepTheTotalTheFloorsAndTheTrustedProportions() =>
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var raised = DefensiveShares.RaiseToFloor(c.Q, c.Trusted, c.Floor);
            bool total = Math.Abs(raised.Sum() - 1) < 1e-12;
            bool floors = Enumerable.Range(0, raised.Length).All(i => c.Trusted[i] || raised[i] >= c.Floor[i] - 1e-15);
            bool isFloor = raised.SequenceEqual(c.Floor);
            var ratios = Enumerable.Range(0, raised.Length).Where(i => c.Trusted[i] && c.Q[i] > 0).Select(i => raised[i] / c.Q[i]).ToArray();
            bool proportional = isFloor || ratios.Length == 0 || ratios.All(x => Math.Abs(x - ratios[0]) <= 1e-9 * ratios[0]);
            return (total && floors && proportional).Label($"q {string.Join(",", c.Q)} trusted {string.Join(",", c.Trusted)} -> {string.Join(",", raised)}");
        });

    [Fact] // the ND280 failure in miniature: a pilot that saw almost nothing of a stratum gave it 1% of the events; untrusted, it gets its equal share back
    public void UntrustedStarvedStratum_GetsItsEqualShareBack()
    {
        var raised = DefensiveShares.RaiseToFloor([0.01, 0.69, 0.30], [false, true, true], [1 / 3.0, 1 / 3.0, 1 / 3.0]);
        Assert.Equal(1 / 3.0, raised[0], 12);
        Assert.Equal(0.69 * (2 / 3.0) / 0.99, raised[1], 12);
        Assert.Equal(0.30 * (2 / 3.0) / 0.99, raised[2], 12);
    }

    [Fact] // nothing trusted: the plain shares, whatever the proposal
    public void NothingTrusted_ReturnsTheFloor() =>
        Assert.Equal([0.5, 0.25, 0.25], DefensiveShares.RaiseToFloor([0.9, 0.05, 0.05], [false, false, false], [0.5, 0.25, 0.25]));

    [Fact] // lengths are checked and named
    public void MismatchedLengths_Throw()
    {
        var e = Assert.Throws<ArgumentException>(() => DefensiveShares.RaiseToFloor([0.5, 0.5], [true], [0.5, 0.5]));
        Assert.Contains("trusted", e.Message);
    }

    private static double[] Normalise(double[] x)
    {
        double sum = x.Sum();
        return sum > 0 ? x.Select(v => v / sum).ToArray() : x.Select(_ => 1.0 / x.Length).ToArray();
    }
}
