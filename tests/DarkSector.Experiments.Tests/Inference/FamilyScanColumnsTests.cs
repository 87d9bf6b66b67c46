using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.Inference;

/// <summary>A scan cut into columns (shards, checkpoints) and assembled gives what one <see cref="FamilyScan.Run"/> gives.</summary>
public sealed class FamilyScanColumnsTests
{
    private static readonly Dictionary<string, double> HeavyCouplings = new() { ["mzprime"] = 1.25, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 };

    private static FamilyScan Scan(params SliceAxis[] axes) => new(
        AnalysisInference.For(ExperimentCatalog.Discover().Get("t2k-nd280"), null, new SimulationOptions { Events = 400, Seed = 5 }),
        new DarkPhotonFamily(), axes, HeavyCouplings.Where(kv => axes.All(a => a.Name != kv.Key)).ToDictionary());

    [Fact] // mass along x: one column per mass (x); coupling along x, mass along y: the columns run along y
    public void Columns_Assembled_EqualOneRun_InBothOrientations()
    {
        foreach (var (x, y, count) in new[]
        {
            (new SliceAxis("m-n", 0.05, 0.3, AxisScale.Logarithmic, 3), new SliceAxis("v-mu-n2", 1e-8, 1e-6, AxisScale.Logarithmic, 2), 3),
            (new SliceAxis("v-mu-n2", 1e-8, 1e-6, AxisScale.Logarithmic, 2), new SliceAxis("m-n", 0.05, 0.3, AxisScale.Logarithmic, 3), 3),
        })
        {
            var scan = Scan(x, y);
            var columns = new FamilyScanColumns(scan, profiled: false);
            Assert.Equal(count, columns.Count);
            Assert.Equal(count, FamilyScanColumns.CountFor(scan.Family, x, y, fromSample: false));
            Assert.Equal(x.Values.Count * y.Values.Count / count, columns.Length);
            var assembled = columns.Assemble([.. Enumerable.Range(0, columns.Count).Reverse().Select(u => columns.Compute(u)).Reverse()], 0.9);
            var direct = scan.Run(0.9);
            Assert.Equal(direct.Scan.MinusTwoLnL, assembled.Scan.MinusTwoLnL);
            Assert.Equal(direct.Points.Select(p => p.Signal), assembled.Points.Select(p => p.Signal));
            Assert.Equal(direct.Points.Select(p => p.SignalMcError), assembled.Points.Select(p => p.SignalMcError));
            Assert.Equal(direct.Scan.Threshold, assembled.Scan.Threshold);
            Assert.Contains(assembled.Points, p => p.Signal > 0);
        }
    }

    [Fact]
    public void Assemble_WrongColumnCount_NamesBoth()
    {
        var scan = Scan(new SliceAxis("m-n", 0.05, 0.3, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-8, 1e-6, AxisScale.Logarithmic, 2));
        var columns = new FamilyScanColumns(scan, profiled: false);
        var e = Assert.Throws<ArgumentException>(() => columns.Assemble([columns.Compute(0)], 0.9));
        Assert.Equal("the parts hold 1 columns, the scan has 2", e.Message);
        Assert.Throws<FormatException>(() => columns.Assemble([columns.Compute(0), new byte[8]], 0.9));
    }
}
