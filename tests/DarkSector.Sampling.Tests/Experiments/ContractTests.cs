using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Sampling.Tests.Experiments;

public class ContractTests
{
    [Fact]
    public void BeamFlux_ValidatesItsFacts()
    {
        var spectrum = new Sampling.Flux.EnergySpectrum([0.0, 1.0, 3.0], [0.0, 2.0, 1.0]);
        var flux = new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, spectrum) { Direction = new(0, 3, 4) };
        Assert.Equal((0.0, 0.6, 0.8), (flux.Direction.X, flux.Direction.Y, flux.Direction.Z));
        Assert.Equal("POT", flux.ExposureUnit);
        Assert.Throws<ArgumentException>(() => new BeamFlux(" ", NeutrinoFlavour.MuonNeutrino, spectrum));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, spectrum) { BaselineCm = -1 });
    }

    [Fact]
    public void Binning_FindsBinsWithTheLastEdgeIncluded()
    {
        var b = new Binning("E_QE", "GeV", [0.2, 0.3, 0.5, 1.0]);
        Assert.Equal((3, 0, 1, 2, -1, -1), (b.Count, b.Find(0.2), b.Find(0.3), b.Find(1.0), b.Find(1.01), b.Find(double.NaN)));
    }

    [Fact] // blocks repeat the edges: bin b·n + i is bin i of block b; Find(value) is the first block
    public void Binning_BlocksRepeatTheEdges()
    {
        var b = new Binning("E_QE", "GeV", [0.2, 0.3, 0.5, 1.0], blocks: 2);
        Assert.Equal((2, 3, 6), (b.Blocks, b.BinsPerBlock, b.Count));
        Assert.Equal((0, 3, 5, 2, -1), (b.Find(0.2, 0), b.Find(0.2, 1), b.Find(1.0, 1), b.Find(1.0), b.Find(1.01, 1)));
        Assert.Equal(4, b.Edges.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Find(0.25, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Binning("E_QE", "GeV", [0.2, 0.3], blocks: 0));
        Assert.Equal(1, new Binning("m", "", [0.0, 1.0]).Blocks);
    }

    [Fact] // every exposure fills an existing block and every block is filled
    public void AnalysisDefinition_ChecksTheExposureBlocks()
    {
        var binning = new Binning("E", "GeV", [0.0, 1.0, 2.0], blocks: 2);
        var data = new AnalysisData([1.0, 2, 3, 4], [1.0, 1, 1, 1]);
        var ok = new AnalysisDefinition("c", "", SignalTopology.DecayInFiducial,
            [new BeamExposure("FHC", 1e20), new BeamExposure("RHC", 1e20) { Block = 1 }], new NoSelection(), binning, data, PoissonLikelihood.Instance);
        Assert.Equal([0, 1], ok.Exposures.Select(e => e.Block));
        var missing = Assert.Throws<ArgumentException>(() => new AnalysisDefinition("c", "", SignalTopology.DecayInFiducial,
            [new BeamExposure("FHC", 1e20)], new NoSelection(), binning, data, PoissonLikelihood.Instance));
        Assert.Contains("no exposure fills block 1", missing.Message);
        var outside = Assert.Throws<ArgumentException>(() => new AnalysisDefinition("c", "", SignalTopology.DecayInFiducial,
            [new BeamExposure("FHC", 1e20), new BeamExposure("RHC", 1e20) { Block = 2 }], new NoSelection(), binning, data, PoissonLikelihood.Instance));
        Assert.Contains("fills block 2", outside.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new BeamExposure("FHC", 1e20) { Block = -1 });
    }

    [Fact]
    public void AnalysisDefinition_ExposuresOf_NamesModesCaseInsensitively()
    {
        var binning = new Binning("E", "GeV", [0.0, 1.0]);
        var analysis = new AnalysisDefinition("c", "", SignalTopology.DecayInFiducial,
            [new BeamExposure("FHC", 1e20), new BeamExposure("RHC", 2e20)], new NoSelection(), binning, new AnalysisData([1.0], [1.0]), PoissonLikelihood.Instance);
        Assert.Equal(2, analysis.ExposuresOf("both").Count);
        Assert.Equal(2, analysis.ExposuresOf("all").Count);
        Assert.Equal([2e20], analysis.ExposuresOf("rhc").Select(e => e.Amount));
        Assert.Equal(["FHC", "RHC"], analysis.ExposuresOf("fhc, RHC").Select(e => e.Mode));
        var e = Assert.Throws<ArgumentException>(() => analysis.ExposuresOf("fhc,nubar"));
        Assert.Equal("--mode: 'fhc,nubar' does not name modes of analysis c; modes: fhc, rhc, both", e.Message);
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
        public VisibleEvent Smear(in VisibleEvent trueEvent, ref Sampling.Randomness.RandomStream random) => trueEvent;
        public double Efficiency(in VisibleEvent reconstructed) => 1;
        public double Observable(in VisibleEvent reconstructed) => 0;
    }
}
