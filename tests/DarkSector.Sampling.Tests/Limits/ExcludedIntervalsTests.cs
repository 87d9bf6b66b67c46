using DarkSector.Sampling.Limits;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Limits;

public class ExcludedIntervalsTests
{
    private static double[] Grid(double lo, double hi, int n) => Enumerable.Range(0, n).Select(i => lo + (hi - lo) * i / (n - 1)).ToArray();

    [Fact] // parabola ((x − 1)/0.5)²: allowed |x − 1| < 0.5√t; interpolation error ≤ h²/4 · f''/(2 f') ≈ 2e-3 for h = 0.05
    public void Parabola_ExcludesBothTails()
    {
        double t = DeltaLogLikelihood.Threshold(0.9, 1);
        double[] x = Grid(-2, 4, 121);
        double[] v = x.Select(Parabola).ToArray();
        var intervals = ExcludedIntervals.Find(x, v, t);
        Assert.Equal(2, intervals.Length);
        double half = 0.5 * Math.Sqrt(t);
        Assert.Equal(-2, intervals[0].Low);
        Assert.True(intervals[0].LowIsScanEdge && !intervals[0].HighIsScanEdge);
        Assert.Equal(1 - half, intervals[0].High, 2e-3);
        Assert.Equal(1 + half, intervals[1].Low, 2e-3);
        Assert.True(intervals[1].HighIsScanEdge);

        // Brent refinement on the function itself: 1e-9 absolute.
        var refined = ExcludedIntervals.Find(x, v, t, Parabola);
        Assert.Equal(1 - half, refined[0].High, 1e-9);
        Assert.Equal(1 + half, refined[1].Low, 1e-9);
    }

    private static double Parabola(double x) => (x - 1) * (x - 1) / 0.25;

    [Fact] // a double well excluded between and outside: three disjoint intervals, exact ends from the quartic's roots
    public void DoubleWell_GivesSeveralDisjointIntervals()
    {
        static double F(double x) => 4 * (x * x - 1) * (x * x - 1); // zero at ±1, 4 at 0
        double t = 2.71;
        double[] x = Grid(-2, 2, 401);
        var intervals = ExcludedIntervals.Find(x, x.Select(F).ToArray(), t, F);
        Assert.Equal(3, intervals.Length);
        // 4 (x² − 1)² = t  ⇒  x² = 1 ± √t / 2
        double outer = Math.Sqrt(1 + Math.Sqrt(t) / 2), inner = Math.Sqrt(1 - Math.Sqrt(t) / 2);
        Assert.Equal(-outer, intervals[0].High, 1e-9);
        Assert.Equal(-inner, intervals[1].Low, 1e-9);
        Assert.Equal(inner, intervals[1].High, 1e-9);
        Assert.Equal(outer, intervals[2].Low, 1e-9);
    }

    [Fact] // log axis: a parabola in log10(x) is interpolated linearly in ln x; excluded above x = 10^(√t) within 1%
    public void LogAxis_InterpolatesInLogarithm()
    {
        double t = 2.71;
        double[] x = Enumerable.Range(0, 61).Select(i => Math.Pow(10, -3 + 6.0 * i / 60)).ToArray();
        double[] v = x.Select(xi => Math.Pow(Math.Log10(xi), 2)).ToArray();
        var intervals = ExcludedIntervals.Find(x, v, t, AxisScale.Logarithmic);
        Assert.Equal(2, intervals.Length);
        Assert.Equal(Math.Pow(10, Math.Sqrt(t)), intervals[1].Low, 0.01 * Math.Pow(10, Math.Sqrt(t)));
    }

    [Property] // invariants for random quartic scans: intervals sorted and disjoint; every scan point above the threshold lies in
           // an interval and no point at or below it lies strictly inside one
    public Property Intervals_CoverExactlyTheExcludedScanPoints() =>
        Prop.ForAll(Arb.From(
            from a in Gen.Choose(-50, 50)
            from b in Gen.Choose(-50, 50)
            from c in Gen.Choose(1, 30)
            from t in Gen.Choose(1, 60)
            select (a: a / 10.0, b: b / 10.0, c: c / 10.0, t: t / 10.0)), p =>
        {
            double[] x = Grid(-3, 3, 61);
            double[] v = x.Select(xi => p.c * (xi - p.a) * (xi - p.a) * (xi - p.b) * (xi - p.b) / 4).ToArray();
            var intervals = ExcludedIntervals.Find(x, v, p.t);
            for (int i = 0; i < intervals.Length; i++)
            {
                if (!(intervals[i].Low <= intervals[i].High)) return false;
                if (i > 0 && !(intervals[i - 1].High < intervals[i].Low)) return false;
            }
            for (int i = 0; i < x.Length; i++)
            {
                bool inside = intervals.Any(r => r.Low <= x[i] && x[i] <= r.High);
                bool strictlyInside = intervals.Any(r => r.Low < x[i] && x[i] < r.High);
                if (v[i] > p.t && !inside) return false;
                if (v[i] <= p.t && strictlyInside) return false;
            }
            return true;
        });

    [Fact]
    public void NothingExcluded_GivesEmptyArray_AndBadInputIsRejected()
    {
        Assert.Empty(ExcludedIntervals.Find([0, 1, 2], [0, 1, 0.5], 2.71));
        Assert.Throws<ArgumentException>(() => ExcludedIntervals.Find([0, 0, 2], [0, 1, 0.5], 2.71));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExcludedIntervals.Find([0, 1, 2], [0, double.NaN, 0.5], 2.71));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExcludedIntervals.Find([-1, 1, 2], [0, 1, 0.5], 2.71, AxisScale.Logarithmic));
    }
}
