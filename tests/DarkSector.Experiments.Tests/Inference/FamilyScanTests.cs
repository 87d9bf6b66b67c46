using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.Tests.Inference;

public sealed class FamilyScanTests
{
    private static readonly Dictionary<string, double> HeavyCouplings = new() { ["mzprime"] = 1.25, ["epsilon2"] = 4.6e-4, ["alpha-d"] = 0.4, ["v-n2"] = 1 };

    private static AnalysisInference T2K(int events = 400, DataSet data = DataSet.Observed) =>
        AnalysisInference.For(ExperimentCatalog.Discover().Get("t2k-nd280"), null, new SimulationOptions { Events = events, Seed = 2 }, data);

    /// <summary>A user-defined family: the dark photon with |V_μN|² renamed and production quoted per 1e-7 (the kind of
    /// family a user plugs in from outside the package).</summary>
    private sealed class RenamedDarkPhoton : ModelFamily
    {
        private readonly DarkPhotonFamily _inner = new();

        public override string Name => "renamed";

        public override IReadOnlyList<FamilyParameter> Parameters =>
            [.. _inner.Parameters.Where(p => p.Name != "v-mu-n2"), new("u", "u", "", 0, 1e7, ParameterKind.Coupling, AxisScale.Logarithmic)];

        public override double ProductionCouplings(IReadOnlyDictionary<string, double> values) => _inner.ProductionCouplings(Inner(values)) * 1e7;

        protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis) => _inner.Signal(Inner(values), analysis);

        private static Dictionary<string, double> Inner(IReadOnlyDictionary<string, double> values)
        {
            var inner = values.Where(kv => kv.Key != "u").ToDictionary();
            inner["v-mu-n2"] = values["u"] * 1e-7;
            return inner;
        }
    }

    [Fact] // a user-defined family plugs into the same front door: the same slice in its own names gives the same
           // −2 ln L, signal and MC error at every grid point (the production-coupling product's constant factor cancels
           // in the exact reweighting ratio); the strategy is the exact reweighting of one simulation per mass
    public void UserDefinedFamily_ScansLikeTheBuiltInOne()
    {
        var setup = T2K();
        var builtIn = new FamilyScan(setup, new DarkPhotonFamily(), [new SliceAxis("m-n", 0.05, 0.3, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-8, 1e-6, AxisScale.Logarithmic, 2)], HeavyCouplings);
        var user = new FamilyScan(setup, new RenamedDarkPhoton(), [new SliceAxis("m-n", 0.05, 0.3, AxisScale.Logarithmic, 2), new SliceAxis("u", 0.1, 10, AxisScale.Logarithmic, 2)], HeavyCouplings);
        Assert.Equal(ScanStrategy.ExactReweighting, builtIn.Strategy);
        Assert.Equal(ScanStrategy.ExactReweighting, user.Strategy);
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
            {
                var a = builtIn.Evaluate(builtIn.PointAt(i, j));
                var b = user.Evaluate(user.PointAt(i, j));
                Assert.Equal(1.0, b.MinusTwoLnL / a.MinusTwoLnL, 10);
                Assert.Equal(1.0, b.Signal / a.Signal, 10);
                Assert.Equal(1.0, b.SignalMcError / a.SignalMcError, 10);
                Assert.True(a.Signal > 0);
            }
    }

    [Fact] // a combined likelihood of two identical analyses is twice one of them (sum of −2 ln L), at a grid point and
           // for the background only — the building block of multi-experiment scans
    public void CombinedLikelihood_OfTwoScans_IsTheSum()
    {
        var axes = new[] { new SliceAxis("m-n", 0.08, 0.12, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-7, 1e-6, AxisScale.Logarithmic, 2) };
        var scan = new FamilyScan(T2K(), new DarkPhotonFamily(), axes, HeavyCouplings);
        var combined = new CombinedLikelihood([scan, scan]);
        Assert.Equal([scan, scan], combined.Terms);
        var point = scan.PointAt(1, 1);
        Assert.Equal(2 * scan.MinusTwoLnL(point), combined.MinusTwoLnL(point), 12);
        Assert.Equal(2 * scan.BackgroundOnly(), combined.BackgroundOnly(), 12);
        var grid = CombinedLikelihood.Scan([scan, scan], 0.9);
        Assert.Equal(2 * scan.Evaluate(scan.PointAt(0, 1)).MinusTwoLnL, grid.MinusTwoLnL[2], 12);   // x fastest: (0, 1) is entry 2
    }

    [Fact] // a 1-D slice: the interval scan's −2 ln L and signal are the slice's own values at each grid point, Δ is
           // relative to the smaller of their minimum and the background, the excluded values are those with Δ above the
           // 90% CL threshold for 1 dof (2.71), and Run and Interval each refuse the other dimension
    public void Interval_OneDimensionalSlice()
    {
        var fixedValues = new Dictionary<string, double>(HeavyCouplings) { ["m-n"] = 0.1 };
        var scan = new FamilyScan(T2K(), new DarkPhotonFamily(), [new SliceAxis("v-mu-n2", 1e-9, 1e-5, AxisScale.Logarithmic, 5)], fixedValues);
        var interval = scan.Interval(0.9);
        Assert.Equal(2.705543454095404, interval.Threshold, 9);
        double minimum = Math.Min(interval.MinusTwoLnL.Min(), scan.BackgroundOnly());
        for (int i = 0; i < 5; i++)
        {
            var point = scan.Evaluate(scan.PointAt(i));
            Assert.Equal(point.MinusTwoLnL, interval.MinusTwoLnL[i]);
            Assert.Equal(point.Signal, interval.Signal[i]);
            Assert.Equal(point.MinusTwoLnL - minimum, interval.Delta[i], 12);
        }
        Assert.True(interval.Signal[^1] > interval.Signal[0]);
        Assert.NotEmpty(interval.Excluded);
        Assert.True(interval.Excluded[^1].HighIsScanEdge);   // the largest mixing is excluded at ND280
        Assert.Throws<InvalidOperationException>(() => scan.Run(0.9));
        var plane = new FamilyScan(T2K(), new DarkPhotonFamily(), [new SliceAxis("m-n", 0.08, 0.12, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-7, 1e-6, AxisScale.Logarithmic, 2)], HeavyCouplings);
        Assert.Throws<InvalidOperationException>(() => plane.Interval(0.9));
    }

    [Fact] // an axis reaching outside the family's schema is refused before any simulation, naming the parameter, the
           // value and the allowed range
    public void Axis_OutsideTheSchema_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FamilyScan(T2K(), new DarkPhotonFamily(),
            [new SliceAxis("m-n", 0.08, 0.12, AxisScale.Logarithmic, 2), new SliceAxis("v-mu-n2", 1e-3, 2, AxisScale.Logarithmic, 2)], HeavyCouplings));
        Assert.StartsWith("axis v-mu-n2 = 2 is outside the dark-photon family's range [0, 1] (> 0, logarithmic)", error.Message);
    }

    [Fact] // the prediction's Σw² per bin adds up to the simulation's MC error squared (ND280's counting analysis has one
           // bin holding every selected event), and the best-fit scale's −2 ln L is not above the unscaled one without the
           // MC term nor the background's (μ = 1 and μ = 0 are candidates of the minimisation)
    public void Prediction_ReportsSumOfSquaresPerBin()
    {
        var setup = T2K(2000);
        var prediction = setup.Predict(new DarkPhotonFamily(), new Dictionary<string, double>(HeavyCouplings) { ["m-n"] = 0.1, ["v-mu-n2"] = 2.2e-7 });
        var simulation = prediction.Simulation!;
        Assert.Single(prediction.Bins);
        Assert.Equal(simulation.Selected, prediction.Signal, 12);
        Assert.Equal(simulation.McError, prediction.McError, 12);
        var (_, best) = prediction.BestFit!.Value;
        Assert.True(best <= setup.Likelihood.MinusTwoLnL([.. prediction.Bins], [0.0]) + 1e-12);
        Assert.True(best <= prediction.BackgroundOnly + 1e-12);
    }

    [Fact] // Asimov data are the expected background (Cowan et al. 2011): the observed counts of the likelihood equal the
           // background, and the background-only hypothesis then fits at least as well as any signal
    public void AsimovData_AreTheBackground()
    {
        var setup = T2K(data: DataSet.Asimov);
        Assert.Equal(setup.Likelihood.Background.ToArray(), setup.Likelihood.Observed.ToArray());
        var prediction = setup.Predict(new DarkPhotonFamily(), new Dictionary<string, double>(HeavyCouplings) { ["m-n"] = 0.1, ["v-mu-n2"] = 2.2e-7 });
        Assert.True(prediction.MinusTwoLnL >= prediction.BackgroundOnly);
        Assert.Equal(0, prediction.BestFit!.Value.Scale);
    }

    [Fact] // the lifetime limit: Δ ≥ 0, the stable-N end approaches the background (signal → 0), and each excluded
           // interval lies inside the scan, ordered
    public void LifetimeLimit_FindsOrderedIntervals()
    {
        var setup = T2K();
        var model = new DarkPhotonFamily().Signal(new Dictionary<string, double>(HeavyCouplings) { ["m-n"] = 0.1, ["v-mu-n2"] = 2.2e-7 }, setup.Analysis);
        var limit = LifetimeLimit.Scan(setup, model, 1e-2, 1e8, 8, 0.9);
        Assert.All(limit.Delta, d => Assert.True(d >= 0));
        Assert.True(limit.Signal[^1] < 1e-3 * limit.Signal.Max());
        Assert.NotEmpty(limit.Excluded);
        Assert.All(limit.Excluded, e => Assert.True(e.Low >= 1e-2 * (1 - 1e-12) && e.High <= 1e8 * (1 + 1e-12) && e.Low < e.High));
        Assert.Throws<ArgumentOutOfRangeException>(() => LifetimeLimit.Scan(setup, model, 1, 0.5, 8, 0.9));
    }
}
