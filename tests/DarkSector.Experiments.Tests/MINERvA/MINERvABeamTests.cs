using DarkSector.Experiments.MINERvA;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Experiments.Tests.MINERvA;

public class MINERvABeamTests
{
    private static readonly MINERvAExperiment Experiment = new();

    private static double Integral(string mode, NeutrinoFlavour flavour) =>
        Experiment.Beams.Single(b => b.Mode == mode && b.Flavour == flavour).Spectrum.Integral;

    [Theory] // exposures of experiments.md (exact)
    [InlineData("le-fhc", "LE-FHC", 3.43e20)]
    [InlineData("me-fhc", "ME-FHC", 1.16e21)]
    [InlineData("me-rhc", "ME-RHC", 1.22e21)]
    public void Analyses_HaveThePublishedExposures(string id, string mode, double pot)
    {
        var analysis = Experiment.Analyses.Single(a => a.Id == id);
        var exposure = Assert.Single(analysis.Exposures);
        Assert.Equal(mode, exposure.Mode);
        Assert.Equal(pot, exposure.Amount);
    }

    [Fact] // the RHC analysis really uses the antineutrino-mode flux: in its mode ν̄_μ dominates ν_μ, in ME-FHC the
           // reverse (a factor > 2 both ways), and the two spectra differ
    public void MeRhcAnalysis_UsesTheRhcFlux()
    {
        string mode = Experiment.Analyses.Single(a => a.Id == "me-rhc").Exposures[0].Mode;
        Assert.True(Integral(mode, NeutrinoFlavour.MuonAntineutrino) > 2 * Integral(mode, NeutrinoFlavour.MuonNeutrino));
        Assert.True(Integral("ME-FHC", NeutrinoFlavour.MuonNeutrino) > 2 * Integral("ME-FHC", NeutrinoFlavour.MuonAntineutrino));
        Assert.NotEqual(Integral(mode, NeutrinoFlavour.MuonAntineutrino), Integral("ME-FHC", NeutrinoFlavour.MuonAntineutrino));
    }

    [Fact] // mean ν_μ energy: LE ≈ 3 GeV and ME ≈ 7 GeV (experiments.md); loose windows [1.5, 6] and [5.5, 8.5] GeV because
           // of the high-energy tails of the tables; ME above LE
    public void MeanEnergies_MatchTheBeamTunes()
    {
        static double Mean(string mode)
        {
            var s = Experiment.Beams.Single(b => b.Mode == mode && b.Flavour == NeutrinoFlavour.MuonNeutrino).Spectrum;
            double num = 0, den = 0;
            for (double e = s.MinEnergyGeV; e < s.MaxEnergyGeV; e += 0.01) { num += e * s.Value(e); den += s.Value(e); }
            return num / den;
        }
        Assert.InRange(Mean("LE-FHC"), 1.5, 6);
        Assert.InRange(Mean("ME-FHC"), 5.5, 8.5);
        Assert.True(Mean("ME-FHC") > Mean("LE-FHC"));
    }
}
