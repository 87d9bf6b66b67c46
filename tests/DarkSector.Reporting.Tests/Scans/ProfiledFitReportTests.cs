using System.Text.Json.Nodes;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Tests.Scans;

/// <summary>The JSON block <c>profiledFit</c> (<see cref="ProfiledFitReport"/>): the contract of <c>scan --profile-fit</c>.</summary>
public sealed class ProfiledFitReportTests
{
    // a 2 × 1 grid with alpha-d profiled: point 0 is the best fit
    private static readonly ProfiledPoint P0 = new(new Dictionary<string, double> { ["m-n"] = 0.08, ["v-mu-n2"] = 2e-7, ["alpha-d"] = 0.055, ["mzprime"] = 0.03 }, 8.848, 17);
    private static readonly ProfiledPoint P1 = new(new Dictionary<string, double> { ["m-n"] = 0.16, ["v-mu-n2"] = 2e-7, ["alpha-d"] = 0.4, ["mzprime"] = 0.03 }, double.PositiveInfinity, 9);

    private static JsonObject Block() => ProfiledFitReport.Json(
        [new ProfiledParameter("alpha-d", 0.02, 1, AxisScale.Logarithmic, 5)],
        new ProfiledFitResult { XName = "m-n", YName = "v-mu-n2", Points = [P0, P1], Best = P0, Profiled = ["alpha-d"] },
        backgroundOnly: 31.802);

    [Fact] // the request echoed; best values by JSON name (camelCase) with the axes, the held and the profiled values
    public void Json_EchoesTheRequestAndNamesBestValuesByJsonKey()
    {
        var block = Block();
        var profiled = Assert.Single(block["profiled"]!.AsArray())!;
        Assert.Equal("alpha-d", (string?)profiled["name"]);
        Assert.Equal(0.02, (double)profiled["min"]!);
        Assert.Equal(1.0, (double)profiled["max"]!);
        Assert.Equal("log", (string?)profiled["scale"]);
        Assert.Equal(5, (int)profiled["points"]!);
        var values = block["best"]!["values"]!.AsObject();
        Assert.Equal(["alphaD", "mN", "mzprime", "vMuN2"], values.Select(kv => kv.Key));
        Assert.Equal(0.055, (double)values["alphaD"]!);
        Assert.Equal(2e-7, (double)values["vMuN2"]!);
    }

    [Fact] // chi2 is the best point's -2 ln L, deltaChi2Background the background-only value minus it; per-point arrays in
           // grid order with a non-finite value written as null; evaluations summed over the points
    public void Json_CarriesChi2DeltaPerPointValuesAndEvaluations()
    {
        var block = Block();
        Assert.Equal(8.848, (double)block["best"]!["chi2"]!);
        Assert.Equal(31.802 - 8.848, (double)block["best"]!["deltaChi2Background"]!, 12);
        var profile = block["minusTwoLnL"]!.AsArray();
        Assert.Equal(2, profile.Count);
        Assert.Equal(8.848, (double)profile[0]!);
        Assert.Null(profile[1]);
        Assert.Equal([0.055, 0.4], block["values"]!["alphaD"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(26L, (long)block["evaluations"]!);
    }
}
