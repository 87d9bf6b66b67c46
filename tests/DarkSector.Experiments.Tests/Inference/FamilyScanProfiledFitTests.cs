using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.Inference;

/// <summary>
/// The profiled best fit of a simulated family (<see cref="FamilyScan.ProfiledBestFit"/>): α_D profiled off the
/// (m_N, |V_μN|²) axes of the heavy-Z' dark photon at ND280, each evaluation the exact reweighting of the column's sample.
/// </summary>
public sealed class FamilyScanProfiledFitTests
{
    private static readonly Dictionary<string, double> Heavy = new() { ["mzprime"] = 1.25, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 };

    private static FamilyScan Scan() => new(
        AnalysisInference.For(ExperimentCatalog.Discover().Get("t2k-nd280"), null, new SimulationOptions { Events = 400, Seed = 3 }, DataSet.Observed),
        new DarkPhotonFamily(), [new SliceAxis("m-n", 0.08, 0.2, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-7, 1e-5, AxisScale.Logarithmic, 2)], Heavy);

    // 0.1 · 16^(k/4): 0.1, 0.2, 0.4, 0.8, 1.6 — the coarse grid holds the fixed α_D = 0.4
    private static readonly ProfiledParameter[] AlphaD = [new("alpha-d", 0.1, 1.6, AxisScale.Logarithmic, 5)];

    [Fact] // at every grid point: the profile is the slice's own −2 ln L at the reported α_D (not a separate model), it is
           // not above the value at the fixed α_D (a coarse-grid point), and not above the minimum of a 41-point α_D
           // scan of the same function by more than 1e-6 (the simplex refines the grid's best point)
    public void ProfiledBestFit_MinimisesOverAlphaD_AtEveryGridPoint()
    {
        var scan = Scan();
        var fit = scan.ProfiledBestFit(AlphaD);
        Assert.Equal(["alpha-d"], fit.Profiled);
        Assert.Equal(4, fit.Points.Count);
        for (int j = 0; j < 2; j++)
            for (int i = 0; i < 2; i++)
            {
                var p = fit.Points[i + 2 * j];
                var atFixed = scan.PointAt(i, j);
                Assert.Equal(atFixed["m-n"], p.Values["m-n"]);
                Assert.Equal(atFixed["v-mu-n2"], p.Values["v-mu-n2"]);
                double alpha = p.Values["alpha-d"];
                Assert.InRange(alpha, 0.1, 1.6);
                Assert.Equal(scan.MinusTwoLnL(new Dictionary<string, double>(atFixed) { ["alpha-d"] = alpha }), p.MinusTwoLnL, 12);
                Assert.True(p.MinusTwoLnL <= scan.MinusTwoLnL(atFixed) + 1e-9, $"profile {p.MinusTwoLnL} above the fixed-alpha value {scan.MinusTwoLnL(atFixed)}");
                double fine = Enumerable.Range(0, 41).Min(k => scan.MinusTwoLnL(new Dictionary<string, double>(atFixed) { ["alpha-d"] = 0.1 * Math.Pow(16, k / 40.0) }));
                Assert.True(p.MinusTwoLnL <= fine + 1e-6, $"profile {p.MinusTwoLnL} above the 41-point scan's minimum {fine}");
            }
        Assert.Equal(fit.Points.Min(p => p.MinusTwoLnL), fit.Best.MinusTwoLnL);
    }

    [Fact] // a parameter on an axis or not of the family is refused with its name, before any evaluation
    public void ProfiledBestFit_RefusesAnAxisOrAnUnknownParameter()
    {
        var scan = Scan();
        var onAxis = Assert.Throws<ArgumentException>(() => scan.ProfiledBestFit([new ProfiledParameter("m-n", 0.05, 0.3, AxisScale.Logarithmic)]));
        Assert.Contains("'m-n'", onAxis.Message, StringComparison.Ordinal);
        var unknown = Assert.ThrowsAny<ArgumentException>(() => scan.ProfiledBestFit([new ProfiledParameter("d-mu", 1e-7, 1e-6, AxisScale.Logarithmic)]));
        Assert.Contains("d-mu", unknown.Message, StringComparison.Ordinal);
    }
}
