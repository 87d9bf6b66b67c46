using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Sampling.Tests.Experiments;

public class ContractTests
{
    [Fact] // linear interpolation between nodes, zero outside; trapezoid integral exact for it (1e-15 relative)
    public void BeamFlux_InterpolatesLinearlyAndIntegratesExactly()
    {
        var flux = new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, [0.0, 1.0, 3.0], [0.0, 2.0, 1.0]);
        Assert.Equal(1.0, flux.Evaluate(0.5), 1e-15);
        Assert.Equal(1.5, flux.Evaluate(2.0), 1e-15);
        Assert.Equal(0.0, flux.Evaluate(3.5));
        Assert.Equal(0.0, flux.Evaluate(double.NaN));
        Assert.Equal(1.0 + 3.0, flux.IntegratedFluxPerCm2(), 1e-15);   // triangle 1·2/2 + trapezoid 2·(2+1)/2
        Assert.Throws<ArgumentException>(() => new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, [1.0, 1.0], [0.0, 1.0]));
        Assert.Contains("fluxPerGeVCm2[1]", Assert.Throws<ArgumentOutOfRangeException>(() => new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, [0.0, 1.0], [0.0, -1.0])).Message);
    }

    [Fact]
    public void Binning_FindsBinsWithTheLastEdgeIncluded()
    {
        var b = new Binning("E_QE", "GeV", [0.2, 0.3, 0.5, 1.0]);
        Assert.Equal((3, 0, 1, 2, -1, -1), (b.Count, b.Find(0.2), b.Find(0.3), b.Find(1.0), b.Find(1.01), b.Find(double.NaN)));
    }

    [Fact]
    public void AnalysisDefinition_RejectsDataNotMatchingTheBins()
    {
        var binning = new Binning("m", "GeV", [0.0, 0.1, 0.2]);
        var e = Assert.Throws<ArgumentException>(() => new AnalysisDefinition("a", "", SignalTopology.DecayInFiducial,
            [new BeamExposure("FHC", 1e20)], new NoSelection(), binning, new AnalysisData([1.0], [0.5]), PoissonLikelihood.Instance));
        Assert.Contains("data has 1 bins but the binning has 2", e.Message);
        var unavailable = new AnalysisDefinition("b", "", SignalTopology.PhotonConversionInFiducial, [new BeamExposure("FHC", 1e20)],
            new NoSelection(), binning, AnalysisData.NotAvailable("not digitised yet"), PoissonLikelihood.Instance);
        Assert.Contains("not digitised yet", Assert.Throws<Physics.DarkSectorException>(() => unavailable.ToBinnedAnalysis()).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BeamExposure("FHC", -1));
    }

    [Theory]
    [InlineData("t2k-nd280", true)]
    [InlineData("miniboone", true)]
    [InlineData("T2K", false)]
    [InlineData("-x", false)]
    [InlineData("a--b", false)]
    [InlineData("", false)]
    public void ExperimentIds_AreLowerCaseKebab(string id, bool valid)
    {
        Assert.Equal(valid, ExperimentInfo.IsValidId(id));
        if (!valid) Assert.Throws<ArgumentException>(() => new ExperimentInfo { Id = id, Name = "n", Citation = "c" });
    }

    private sealed class NoSelection : IEventSelection
    {
        public VisibleEvent Smear(in VisibleEvent trueEvent, ref Sampling.Random.RandomStream random) => trueEvent;
        public double Efficiency(in VisibleEvent reconstructed) => 1;
        public double Observable(in VisibleEvent reconstructed) => 0;
    }
}
