using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Tests.Scans;

public class ProfileMinimumTests
{
    [Fact] // a parabola (v − 3)² + 1 on the grid 0..6: the minimum 1 at v = 3 exactly
    public void Over_FindsTheGridMinimumAndItsValue()
    {
        var (value, minimum) = ProfileMinimum.Over([0.0, 1, 2, 3, 4, 5, 6], v => (v - 3) * (v - 3) + 1);
        Assert.Equal(3.0, value);
        Assert.Equal(1.0, minimum);
    }

    [Fact] // equal minima: the first grid value wins (deterministic); a rejected value (+∞) is never chosen over a finite one
    public void Over_PrefersTheFirstOfEqualMinima_AndSkipsRejectedValues()
    {
        Assert.Equal(1.0, ProfileMinimum.Over([1.0, 2.0], _ => 5.0).Value);
        Assert.Equal(2.0, ProfileMinimum.Over([1.0, 2.0], v => v == 1 ? double.PositiveInfinity : 7.0).Value);
    }

    [Fact]
    public void Over_RejectsAnEmptyGrid() => Assert.Throws<ArgumentException>(() => ProfileMinimum.Over([], v => v));
}
