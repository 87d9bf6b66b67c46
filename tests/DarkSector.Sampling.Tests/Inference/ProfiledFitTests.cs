using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Inference;

/// <summary>
/// The profile likelihood against closed forms: for −2 ln L = (x−1)² + (y−2)² + ((z − (x+y))/0.1)² + ((w − x/2)/0.2)²
/// the profile over (z, w) is (x−1)² + (y−2)² with z = x + y, w = x/2 (when inside their ranges), and on a boundary the
/// value at the boundary.
/// </summary>
public class ProfiledFitTests
{
    private static double Quadratic(IReadOnlyDictionary<string, double> v)
    {
        double x = v["x"], y = v["y"], z = v["z"], w = v["w"];
        return (x - 1) * (x - 1) + (y - 2) * (y - 2) + Math.Pow((z - (x + y)) / 0.1, 2) + Math.Pow((w - 0.5 * x) / 0.2, 2);
    }

    private static readonly ProfiledParameter[] Nuisances =
        [new("z", -5, 10, AxisScale.Linear, 4), new("w", 0.01, 10, AxisScale.Logarithmic, 4)];

    [Fact] // Nelder-Mead from a 4 × 4 grid: profiled values to 1e-3 absolute, the profile to 1e-5
    public void BestFit_ProfilesTheNuisancesToTheClosedForm()
    {
        double[] x = [0.5, 1, 2], y = [1, 2, 3];
        var fit = ProfiledFit.BestFit(Quadratic, "x", x, "y", y, new Dictionary<string, double>(), Nuisances);
        for (int iy = 0; iy < 3; iy++)
            for (int ix = 0; ix < 3; ix++)
            {
                var p = fit.Points[ix + 3 * iy];
                Assert.Equal((x[ix] - 1) * (x[ix] - 1) + (y[iy] - 2) * (y[iy] - 2), p.MinusTwoLnL, 1e-5);
                Assert.Equal(x[ix] + y[iy], p.Values["z"], 1e-3);
                Assert.Equal(0.5 * x[ix], p.Values["w"], 1e-3);
            }
        Assert.Equal(1, fit.Best.Values["x"]);
        Assert.Equal(2, fit.Best.Values["y"]);
        Assert.Equal(3, fit.Best.Values["z"], 1e-3);
        Assert.Equal(["z", "w"], fit.Profiled);
    }

    [Fact] // z's range [−5, 2] stops short of its minimum z = 3 at (1, 2): the profile sits on the edge, z = 2,
           // −2 ln L = (1/0.1)² = 100 (1e-5, the simplex precision of the first test: w is profiled too)
    public void Profile_StopsAtTheRangeEdge()
    {
        var p = ProfiledFit.Profile(Quadratic, new Dictionary<string, double> { ["x"] = 1, ["y"] = 2 },
            [new("z", -5, 2, AxisScale.Linear, 3), Nuisances[1]]);
        Assert.Equal(2, p.Values["z"], 1e-9);
        Assert.Equal(100, p.MinusTwoLnL, 1e-5);
    }

    [Property] // the refinement never ends above the coarse grid's minimum, for random centres of the quadratic
    public Property Refinement_NeverWorseThanTheGrid() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 100_000)), seed =>
        {
            var random = new Random(seed);
            double z0 = -5 + 15 * random.NextDouble(), w0 = Math.Exp(Math.Log(0.01) + Math.Log(1000) * random.NextDouble());
            double F(IReadOnlyDictionary<string, double> v) => Math.Pow(v["z"] - z0, 2) + Math.Pow(Math.Log(v["w"] / w0), 2) + Math.Sin(5 * v["z"]);
            var at = new Dictionary<string, double> { ["x"] = 0 };
            var grid = ProfiledFit.Profile(F, at, Nuisances, refine: false);
            var refined = ProfiledFit.Profile(F, at, Nuisances);
            return refined.MinusTwoLnL <= grid.MinusTwoLnL && grid.Evaluations == 16 && refined.Evaluations > 16;
        });

    [Fact] // a parameter both on an axis (or fixed) and profiled, no profiled parameter, or a bad range: errors naming it
    public void BadInput_IsRejectedWithTheName()
    {
        var e = Assert.Throws<ArgumentException>(() => ProfiledFit.BestFit(Quadratic, "x", [1.0], "z", [1.0], new Dictionary<string, double>(), Nuisances));
        Assert.Contains("'z'", e.Message);
        Assert.Throws<ArgumentException>(() => ProfiledFit.Profile(Quadratic, new Dictionary<string, double>(), []));
        var r = Assert.Throws<ArgumentOutOfRangeException>(() => new ProfiledParameter("w", 1, 0.5));
        Assert.Equal("Max", r.ParamName);
    }

    [Fact] // the --profile-fit list: two entries parsed culture-invariantly, the log grid's ends reproduced
    public void ParseList_ReadsNameRangeScaleAndPoints()
    {
        var list = ProfiledParameter.ParseList("alpha-d:0.05:1:log:5, epsilon:1e-4:3e-4:lin:3", "--profile-fit");
        Assert.Equal(2, list.Count);
        Assert.Equal(new ProfiledParameter("alpha-d", 0.05, 1, AxisScale.Logarithmic, 5), list[0]);
        Assert.Equal(new ProfiledParameter("epsilon", 1e-4, 3e-4, AxisScale.Linear, 3), list[1]);
        Assert.Equal(Math.Sqrt(0.05), list[0].At(0.5), 14);
    }

    [Theory] // malformed entries: one error naming the option and the entry or the bad part
    [InlineData("alpha-d:0.05:1:log", "not name:min:max")]
    [InlineData("alpha-d:0,05:1:log:5", "'alpha-d:0' is not name:min:max")]   // a decimal comma splits the list
    [InlineData("alpha-d:0.05:one:log:5", "must be numbers")]
    [InlineData("alpha-d:0.05:1:cubic:5", "scale 'cubic'")]
    [InlineData("alpha-d:0.05:1:log:1", "outside [2, 100]")]
    [InlineData("alpha-d:1:0.05:log:5", "alpha-d")]
    public void ParseList_RefusesMalformedEntries(string text, string expected)
    {
        var e = Assert.ThrowsAny<Exception>(() => ProfiledParameter.ParseList(text, "--profile-fit"));
        Assert.True(e is FormatException or ArgumentException);
        Assert.Contains("--profile-fit", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
