using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.Inference;

public sealed class FamilyScanPrecisionTests
{
    private static readonly Dictionary<string, double> Heavy = new() { ["mzprime"] = 1.25, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 };

    private static readonly SliceAxis[] Plane =
        [new SliceAxis("m-n", 0.08, 0.2, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-9, 1e-5, AxisScale.Logarithmic, 5)];

    private static AnalysisInference T2K(int events) =>
        AnalysisInference.For(ExperimentCatalog.Discover().Get("t2k-nd280"), null, new SimulationOptions { Events = events, Seed = 4 });

    [Fact] // each mass column grows from the starting sample until its measure reaches the target (or says it did not),
           // and its grid points are exactly those of a plain scan at the column's final event count (same seed)
    public void Columns_GrowToTheTarget_AndEqualAPlainScanAtTheirEvents()
    {
        var scan = new FamilyScan(T2K(300), new DarkPhotonFamily(), Plane, Heavy, new FamilyScanOptions { Precision = new PrecisionTarget(0.25) });
        var points = Enumerable.Range(0, 2).SelectMany(i => Enumerable.Range(0, 5).Select(j => (i, j, p: scan.Evaluate(scan.PointAt(i, j))))).ToArray();
        var columns = scan.ColumnPrecisions;
        Assert.Equal([0.08, 0.2], columns.Select(c => c.Mass).ToArray(), (a, b) => Math.Abs(a - b) < 1e-12);
        foreach (var c in columns)
        {
            Assert.True(c.Events >= 300);
            Assert.Equal(c.Reached, c.RelativeError <= 0.25);
            Assert.True(c.Reached || c.Events == new PrecisionTarget(0.25).MaxEvents || double.IsPositiveInfinity(c.RelativeError), $"column {c.Mass} stopped early");
        }
        Assert.Contains(columns, c => c.Events > 300);   // the starting sample is not precise enough somewhere
        for (int i = 0; i < 2; i++)
        {
            var plain = new FamilyScan(T2K(columns[i].Events), new DarkPhotonFamily(), Plane, Heavy);
            foreach (var (_, j, p) in points.Where(t => t.i == i))
            {
                var q = plain.Evaluate(plain.PointAt(i, j));
                Assert.Equal(q.MinusTwoLnL, p.MinusTwoLnL, 12);
                Assert.Equal(q.Signal, p.Signal, 12);
                Assert.Equal(q.SignalMcError, p.SignalMcError, 12);
            }
        }
    }

    [Theory] // a column whose c tau0 is the same at every coupling (|V_N|^2 fixed: the heavy plane) is simulated with the
             // pilot allocation tuned at that lifetime; a column over |V_N|^2 (c tau0 changes 1e4-fold) with the equal
             // allocation. Each grid point is the reweighting of that reference sample, bit for bit
    [InlineData("v-mu-n2", true)]
    [InlineData("v-n2", false)]
    public void Column_AllocatedAtItsLifetime_OnlyWhenTheLifetimeIsFixed(string coupling, bool oneLifetime)
    {
        var setup = T2K(20_000);
        var family = new DarkPhotonFamily();
        var fixedValues = new Dictionary<string, double>(Heavy) { ["v-mu-n2"] = 2.2e-7 };
        fixedValues.Remove(coupling);
        var scan = new FamilyScan(setup, family, [new SliceAxis("m-n", 0.1, 0.2, AxisScale.Logarithmic, 2), new SliceAxis(coupling, 1e-8, 1e-4, AxisScale.Logarithmic, 3)], fixedValues);
        var column = Enumerable.Range(0, 3).Select(j => scan.PointAt(0, j)).ToArray();
        var lifetimes = column.Select(v => family.Signal(v, setup.Analysis).ProperDecayLengthCm).ToArray();
        Assert.Equal(oneLifetime, lifetimes.Max() <= lifetimes.Min() * FamilyScan.ColumnLifetimeTolerance);
        var reference = column.MaxBy(v => family.Signal(v, setup.Analysis).ProperDecayLengthCm)!;
        var referenceModel = family.Signal(reference, setup.Analysis);
        foreach (bool allocate in new[] { oneLifetime, !oneLifetime })
        {
            var sample = setup.SampleWithEvents(referenceModel, setup.Options.Events, allocate);
            var point = column[1];
            var model = family.Signal(point, setup.Analysis);
            var mu = new double[setup.Analysis.Binning.Count];
            var w2 = new double[mu.Length];
            sample.PredictAtSampledPoint(family.ProductionCouplings(point) / family.ProductionCouplings(reference) * model.VisibleBranchingRatio / referenceModel.VisibleBranchingRatio,
                model.ProperDecayLengthCm, mu, w2);
            var scanned = scan.Evaluate(point);
            if (allocate == oneLifetime) Assert.Equal(mu.Sum(), scanned.Signal);   // the scan used this sample
            else Assert.NotEqual(mu.Sum(), scanned.Signal);                         // and not the other one
        }
    }

    [Fact] // the band's inputs: −2 ln L at the simulated signal scaled by 1 ± r in every bin (r = √Σw²/Σw), Σw² unchanged
    public void GridPoint_BandValues_AreTheShiftedLikelihoods()
    {
        var setup = T2K(1000);
        var scan = new FamilyScan(setup, new DarkPhotonFamily(), Plane, Heavy);
        var values = new Dictionary<string, double>(Heavy) { ["m-n"] = 0.1, ["v-mu-n2"] = 2.2e-7 };
        var point = scan.Simulated(values);
        var prediction = setup.Predict(new DarkPhotonFamily(), values);
        double r = prediction.McError / prediction.Signal;
        Assert.True(r is > 0 and < 1);
        double Shifted(double f) => setup.MinusTwoLnL(prediction.Bins.Select(b => b * f).ToArray(), prediction.SumOfSquares.ToArray());
        Assert.Equal(Shifted(1 + r), point.MinusTwoLnLSignalUp, 12);
        Assert.Equal(Shifted(1 - r), point.MinusTwoLnLSignalDown, 12);
        Assert.True(point.MinusTwoLnLSignalUp > point.MinusTwoLnL);   // no excess in ND280: more signal is less likely
    }

    [Theory] // a requested precision needs one simulation per mass column: refused (naming --precision) otherwise
    [InlineData("mzprime")]
    public void Precision_WithTwoMassAxes_IsRefused(string second)
    {
        var fixedValues = new Dictionary<string, double>(Heavy) { ["v-mu-n2"] = 2.2e-7 };
        fixedValues.Remove(second);
        var error = Assert.Throws<ArgumentException>(() => new FamilyScan(T2K(100), new DarkPhotonFamily(),
            [new SliceAxis("m-n", 0.08, 0.2, AxisScale.Logarithmic, 2), new SliceAxis(second, 0.5, 2, AxisScale.Logarithmic, 2)], fixedValues,
            new FamilyScanOptions { Precision = new PrecisionTarget(0.1), MassPoints = 4 }));
        Assert.Contains("--precision", error.Message);
    }
}
