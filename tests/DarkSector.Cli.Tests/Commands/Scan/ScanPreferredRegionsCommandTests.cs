using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.Scan;

public sealed class ScanPreferredRegionsCommandTests
{
    [Fact] // --sigmas 1,2,3: regions with the 2-dof thresholds (2.30, 6.18, 11.83 to 2 decimals), every contour point inside
           // the scanned box, and the plot draws one legend entry per significance plus the best grid point
    public void Scan_SigmasReportsAndDrawsThePreferredRegions()
    {
        string json = Path.Combine(Path.GetTempPath(), $"ds-regions-{Guid.NewGuid():N}.json");
        string svg = Path.ChangeExtension(json, ".svg");
        try
        {
            var result = CliRunner.Run(["scan", "miniboone", "dipole", "--analysis", "eqe", "--x", "m-n:0.1:1:log:3", "--y", "d-mu:1e-7:1e-5:log:3",
                "--events", "300", "--sigmas", "1,2,3", "--out", json, "--plot", svg, "--json"]);
            Assert.True(result.ExitCode == 0, result.Error);
            using var doc = JsonDocument.Parse(result.Out);
            var regions = doc.RootElement.GetProperty("regions").EnumerateArray().ToArray();
            Assert.Equal([1.0, 2.0, 3.0], regions.Select(r => r.GetProperty("sigma").GetDouble()));
            Assert.Equal([2.30, 6.18, 11.83], regions.Select(r => Math.Round(r.GetProperty("threshold").GetDouble(), 2)));
            foreach (var point in regions.SelectMany(r => r.GetProperty("contours").EnumerateArray()).SelectMany(c => c.GetProperty("points").EnumerateArray()))
            {
                Assert.InRange(point.GetProperty("x").GetDouble(), 0.1 * (1 - 1e-9), 1 * (1 + 1e-9));
                Assert.InRange(point.GetProperty("y").GetDouble(), 1e-7 * (1 - 1e-9), 1e-5 * (1 + 1e-9));
            }
            var labels = FigureSvg.Texts(File.ReadAllText(svg));
            Assert.Contains("best grid point", labels);
            foreach (var r in regions.Where(r => r.GetProperty("contours").GetArrayLength() > 0))
                Assert.Contains(labels, l => l.StartsWith($"{r.GetProperty("sigma").GetDouble():0}σ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(json);
            File.Delete(svg);
        }
    }

    [Theory]
    [InlineData("1,x")]
    [InlineData("0")]
    public void Scan_RejectsBadSigmas(string sigmas)
    {
        var result = CliRunner.Run(["scan", "miniboone", "dipole", "--analysis", "eqe", "--x", "m-n:0.1:1:log:3", "--y", "d-mu:1e-7:1e-5:log:3",
            "--events", "300", "--sigmas", sigmas, "--out", Path.Combine(Path.GetTempPath(), "ds-bad-sigmas.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sigmas", result.Error);
    }
}
