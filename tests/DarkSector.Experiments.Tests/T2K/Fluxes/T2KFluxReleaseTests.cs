using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.T2K.Fluxes;

namespace DarkSector.Experiments.Tests.T2K.Fluxes;

public class T2KFluxReleaseTests
{
    // Independent hand sums of the release tables: awk over rows 4..223, Σ value·(Ehigh − Elow)/0.05 · 1e-21, printed with
    // 7 significant digits (so 1e-6 relative is the rounding of the reference).
    [Theory]
    [InlineData("FHC", nameof(T2KFluxComponent.MuonNeutrino), 1.916884e-08)]
    [InlineData("FHC", nameof(T2KFluxComponent.MuonAntineutrino), 1.216153e-09)]
    [InlineData("FHC", nameof(T2KFluxComponent.ElectronNeutrino), 2.257386e-10)]
    [InlineData("FHC", nameof(T2KFluxComponent.ElectronAntineutrino), 3.064933e-11)]
    [InlineData("RHC", nameof(T2KFluxComponent.MuonNeutrino), 1.603157e-09)]
    [InlineData("RHC", nameof(T2KFluxComponent.MuonAntineutrino), 1.544334e-08)]
    [InlineData("RHC", nameof(T2KFluxComponent.ElectronNeutrino), 4.296306e-11)]
    [InlineData("RHC", nameof(T2KFluxComponent.ElectronAntineutrino), 1.596898e-10)]
    public void IntegratedFluxPerPot_MatchesHandSumOfTheRelease(string modeName, string componentName, double expected)
    {
        var (mode, component) = Parse(modeName, componentName);
        double integral = T2KFluxRelease.Load(mode).IntegralPerCm2PerPot(component);
        Assert.Equal(1.0, integral / expected, 6);
    }

    [Fact] // 200 bins of 50 MeV to 10 GeV, then 20 bins of 1 GeV to 30 GeV, contiguous; widths to 1e-9 GeV
    public void Bins_Are50MeVTo10GeVThen1GeVTo30GeV()
    {
        foreach (var mode in new[] { HornPolarity.Fhc, HornPolarity.Rhc })
        {
            var release = T2KFluxRelease.Load(mode);
            Assert.Equal(220, release.BinCount);
            Assert.Equal(0.0, release.LowEdgesGeV[0]);
            Assert.Equal(30.0, release.HighEdgesGeV[^1], 9);
            for (int i = 0; i < release.BinCount; i++)
                Assert.Equal(i < 200 ? 0.05 : 1.0, release.HighEdgesGeV[i] - release.LowEdgesGeV[i], 9);
        }
    }

    [Theory] // per-50 MeV reading: the density in 10-11 GeV is within a factor 2 of the mean of the last five 50 MeV bins
             // (bin-to-bin MC fluctuations are ~20%); dividing the 1 GeV bins by their width would drop it ~20x
    [InlineData("FHC", nameof(T2KFluxComponent.MuonNeutrino))]
    [InlineData("RHC", nameof(T2KFluxComponent.MuonAntineutrino))]
    public void FluxDensity_IsContinuousAcrossTheBinWidthChangeAt10GeV(string modeName, string componentName)
    {
        var (mode, component) = Parse(modeName, componentName);
        var release = T2KFluxRelease.Load(mode);
        double before = 0;
        for (int i = 195; i < 200; i++) before += release.PerGeVPerPot(component, i) / 5;
        double after = release.PerGeVPerPot(component, 200);
        Assert.InRange(after / before, 0.5, 2.0);
        double perWidthReading = after / 20;   // what "content per bin" would give
        Assert.True(perWidthReading / before < 0.1);
    }

    [Fact] // the +250 kA file is neutrino mode, the -250 kA file antineutrino mode (guards against the mislabelled DarkNews copy)
    public void HornPolarity_SelectsNeutrinoOrAntineutrinoMode()
    {
        var fhc = T2KFluxRelease.Load(HornPolarity.Fhc);
        var rhc = T2KFluxRelease.Load(HornPolarity.Rhc);
        Assert.True(fhc.IntegralPerCm2PerPot(T2KFluxComponent.MuonNeutrino) > 10 * fhc.IntegralPerCm2PerPot(T2KFluxComponent.MuonAntineutrino));
        Assert.True(rhc.IntegralPerCm2PerPot(T2KFluxComponent.MuonAntineutrino) > 5 * rhc.IntegralPerCm2PerPot(T2KFluxComponent.MuonNeutrino));
    }

    [Fact] // first row of the +250 kA file: 1.76e10 per 50 MeV per 1e21 POT -> 1.76e10 / 0.05 / 1e21 = 3.52e-10 per GeV per POT; 1e-12 relative
    public void PerGeVPerPot_ConvertsThePrintedValue()
    {
        var fhc = T2KFluxRelease.Load(HornPolarity.Fhc);
        Assert.Equal(1.76e10, fhc.RawValues(T2KFluxComponent.MuonNeutrino)[0]);
        Assert.Equal(1.0, fhc.PerGeVPerPot(T2KFluxComponent.MuonNeutrino, 0) / 3.52e-10, 12);
    }

    [Theory] // trapezoid over the nodes = histogram + 0.2375 GeV·(φ_199 − φ_200) exactly (1e-10 relative), and within 1e-4 of it
    [InlineData("FHC", nameof(T2KFluxComponent.MuonNeutrino))]
    [InlineData("FHC", nameof(T2KFluxComponent.ElectronNeutrino))]
    [InlineData("RHC", nameof(T2KFluxComponent.MuonAntineutrino))]
    public void BinCentreNodes_PreserveTheHistogramIntegral(string modeName, string componentName)
    {
        var (mode, component) = Parse(modeName, componentName);
        var release = T2KFluxRelease.Load(mode);
        var (e, phi) = release.BinCentreNodes(component);
        double trapezoid = 0;
        for (int i = 1; i < e.Length; i++) trapezoid += 0.5 * (phi[i] + phi[i - 1]) * (e[i] - e[i - 1]);
        double histogram = release.IntegralPerCm2PerPot(component);
        double junction = 0.2375 * (release.PerGeVPerPot(component, 199) - release.PerGeVPerPot(component, 200));
        Assert.Equal(1.0, trapezoid / (histogram + junction), 10);
        Assert.Equal(1.0, trapezoid / histogram, 4);
    }

    [Fact]
    public void Parse_RejectsATableWithoutThePer50MeVNormalisation()
    {
        const string text = "   Flux (/cm^2/1E21p.o.t/GeV)\n1 0.00 0.05 1 1 1 1\n2 0.05 0.10 1 1 1 1\n";
        var ex = Assert.Throws<FormatException>(() => T2KFluxRelease.Parse(new StringReader(text), "bad"));
        Assert.Contains("50MeV", ex.Message);
    }

    private static (HornPolarity, T2KFluxComponent) Parse(string mode, string component) =>
        (mode == "FHC" ? HornPolarity.Fhc : HornPolarity.Rhc, Enum.Parse<T2KFluxComponent>(component));
}
