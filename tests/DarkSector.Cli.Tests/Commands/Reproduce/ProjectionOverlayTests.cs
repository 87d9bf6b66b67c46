using DarkSector.Reporting.Figures;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Cli.Tests.Commands.Reproduce;

public sealed class ProjectionOverlayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("darksector-projection-overlay-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly CompositeFigure Figure = new()
    {
        Id = "test-projections",
        ExperimentId = "sbnd",
        Title = "test",
        Reference = "test",
        Parts = [new CompositePart("sbnd-light", "light"), new CompositePart("sbnd-heavy", "heavy")],
    };

    /// <summary>A minimal scan JSON of the reproduce format: family, axes, fixed parameters, CL and one contour.</summary>
    private void Scan(string part, string mzprime) => File.WriteAllText(Path.Combine(_folder, $"{Figure.Id}-{part}.json"), $$"""
        {"experiment": "sbnd", "analysis": "ee-counting", "family": "dark-photon",
         "x": {"name": "m-n", "scale": "log", "values": [0.03, 0.4]}, "y": {"name": "v-mu-n2", "scale": "log", "values": [1e-16, 1e-7]},
         "fixed": {"mzprime": {{mzprime}}, "epsilon": 8e-4, "alpha-d": 0.3183}, "confidenceLevel": 0.95,
         "contours": [{"closed": false, "points": [{"x": 0.05, "y": 1e-13}, {"x": 0.1, "y": 3e-13}, {"x": 0.2, "y": 1e-12}]}]}
        """);

    [Fact] // MiniBooNE's light-Z' preferred regions (m_Z' = 0.03 GeV, IPublishedRegions) are drawn on the plane at
           // m_Z' = 0.03 with their labels, and not on a plane at another m_Z'
    public void PublishedRegions_AreDrawnOnTheirPlaneOnly()
    {
        Scan("sbnd-light", "0.03");
        Scan("sbnd-heavy", "1.25");
        var written = ProjectionOverlay.Write(Figure, _folder);
        Assert.Equal(2, written.Count);
        string light = File.ReadAllText(Path.Combine(_folder, "test-projections-light.svg"));
        string heavy = File.ReadAllText(Path.Combine(_folder, "test-projections-heavy.svg"));
        foreach (int sigma in new[] { 1, 3, 5 }) Assert.Contains($"MiniBooNE {sigma}σ (light Z')", light, StringComparison.Ordinal);
        Assert.Contains("sbnd", light, StringComparison.Ordinal);
        Assert.DoesNotContain("MiniBooNE", heavy, StringComparison.Ordinal);
    }
}
