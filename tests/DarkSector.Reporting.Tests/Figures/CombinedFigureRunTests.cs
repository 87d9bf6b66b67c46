using System.Text;
using System.Text.Json;
using DarkSector.Reporting.Figures;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Tests.Figures;

/// <summary>A plugin's combined figure run as a library call (<see cref="FigureReproduction.RunCombined"/>, what
/// <c>darksector reproduce miniboone-light-zprime-combined</c> does): one scan per layer at its experiment's own
/// confidence level, the combination at the plane's, and the digitised MiniBooNE region drawn under the layers.</summary>
public sealed class CombinedFigureRunTests
{
    private static readonly ExperimentCatalog Catalog = ExperimentCatalog.Discover();

    // The light-Z' plane on a 2 x 3 grid of its own range at 200 events: the run's shape, not its physics.
    private static CombinedFigure Small()
    {
        var figure = new FigureCatalog(Catalog).FindCombined("miniboone-light-zprime-combined")!;
        return figure with
        {
            Plane = figure.Plane with
            {
                X = new FigureAxis("m-n", 0.05, 0.3, AxisScale.Logarithmic, 2),
                Y = new FigureAxis("v-mu-n2", 1e-9, 1e-7, AxisScale.Logarithmic, 3),
            },
        };
    }

    [Fact] // the figure's requests: the plane at each layer's analysis, each at its own CL (the plane's CL is the combination's)
    public void Requests_TakeEachLayersAnalysisAndOwnConfidenceLevel()
    {
        var requests = FigureReproduction.CombinedRequests(Small(), Catalog, events: 200);
        Assert.Equal(["miniboone", "t2k-nd280", "minerva", "microboone"], requests.Select(r => r.Id));
        Assert.Equal(["eqe", "tpc-ee", "me-fhc-ee", "ee-topologies"], requests.Select(r => r.Request.Setup.Analysis.Id));
        Assert.All(requests, r =>
        {
            Assert.Equal((200, "dark-photon", 2, 3), (r.Request.Setup.Options.Events, r.Request.Family.Name, r.Request.X.Values.Count, r.Request.Y.Values.Count));
            Assert.Equal(new Dictionary<string, double> { ["mzprime"] = 0.03, ["epsilon"] = 1.7e-4, ["alpha-d"] = 0.25 }, r.Request.Fixed);
            Assert.Equal(Catalog.Get(r.Id).Defaults.ConfidenceLevel, r.Request.Cl);
            Assert.Null(r.Request.Sigmas);
        });
        var unknown = Small() with { Others = [new FigureLayer("t2k-nd280", "tpc-ee"), new FigureLayer("nova")] };
        Assert.Contains("nova", Assert.ThrowsAny<Exception>(() => FigureReproduction.CombinedRequests(unknown, Catalog)).Message, StringComparison.Ordinal);
    }

    [Fact] // every layer in the JSON at its own level, MiniBooNE preferring, fractions per other experiment; the figure
           // carries the digitised MiniBooNE 1, 3, 5 sigma regions of the same plane
    public void Run_CombinesEveryLayerAndDrawsThePublishedRegion()
    {
        var run = FigureReproduction.RunCombined(Small(), Catalog, events: 200);
        var files = run.Files(["light.json"], ["light.svg"], 1.0);
        using var json = JsonDocument.Parse(files[0].Bytes);
        var root = json.RootElement;
        Assert.Equal(["miniboone", "t2k-nd280", "minerva", "microboone"], root.GetProperty("experiments").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("miniboone", root.GetProperty("preferredBy").GetString());
        foreach (var id in new[] { "t2k-nd280", "minerva", "microboone" })
        {
            Assert.Equal(Catalog.Get(id).Defaults.ConfidenceLevel, root.GetProperty("layers").GetProperty(id).GetProperty("confidenceLevel").GetDouble());
            double fraction = root.GetProperty("excludedFractions").GetProperty(id).GetDouble();
            Assert.InRange(fraction, 0, 1);
        }
        Assert.Equal(0.95, root.GetProperty("combined").GetProperty("confidenceLevel").GetDouble());
        Assert.Equal([1.0, 2.0, 3.0], root.GetProperty("preferredRegions").EnumerateArray().Select(r => r.GetProperty("sigma").GetDouble()));
        string svg = Encoding.UTF8.GetString(files[1].Bytes);
        foreach (int sigma in new[] { 1, 3, 5 }) Assert.Contains($"MiniBooNE {sigma}σ (light Z')", svg, StringComparison.Ordinal);
    }
}
