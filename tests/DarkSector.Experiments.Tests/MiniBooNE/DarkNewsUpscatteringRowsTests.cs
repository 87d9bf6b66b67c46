using DarkSector.Experiments.MiniBooNE;
using DarkSector.Experiments.MiniBooNE.Fluxes;
using DarkSector.Experiments.MiniBooNE.Validation;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.Tests.MiniBooNE;

/// <summary>The MiniBooNE upscattering counts against DarkNews' seeded totals: the flux folding, and the three verdicts.</summary>
public sealed class DarkNewsUpscatteringRowsTests
{
    private static readonly MiniBooNEExperiment Experiment = new();
    private static readonly EnergySpectrum Fhc = DarkNewsUpscatteringRows.NeutrinoModeMuonFlux(Experiment);

    /// <summary>A constant σ above a threshold, for checking the folding.</summary>
    private sealed class ConstantCrossSection(double cm2, double producedMassGeV) : IUpscatteringCrossSection
    {
        public string Process => "constant";

        public UpscatteringKinematics Kinematics { get; } = new(PhysicalConstants.ProtonMassGeV, producedMassGeV);

        public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2) => 0;

        public double TotalCm2(double energyGeV) => energyGeV > Kinematics.ThresholdEnergyGeV ? cm2 : 0;
    }

    [Theory] // ∫ φ σ for a constant σ is σ times the exact integral of the piecewise-linear flux over [max(0.1, E_th), 9] GeV,
             // computed here by trapezoids between the flux's nodes (exact for a linear function) with the two partial end
             // intervals interpolated; Gauss-Legendre on every interval must give it to rounding. The flux is the beam's,
             // linear between the bin centres as DarkNews interpolates, and the range lies inside the centres
    [InlineData(0.01)]   // threshold below 0.1 GeV: the preset's range starts the integral
    [InlineData(0.42)]   // threshold inside the table, between centres
    public void Fold_OfAConstantCrossSection_IsTheExactFluxIntegral(double producedMassGeV)
    {
        var sigma = new ConstantCrossSection(2e-39, producedMassGeV);
        var table = BnbFluxTable.Load(HornPolarity.Fhc);
        var centres = table.CentresGeV.ToArray();
        var numu = table.Values(NeutrinoFlavour.MuonNeutrino).ToArray();
        double lo = Math.Max(0.1, sigma.Kinematics.ThresholdEnergyGeV), hi = 9;
        double Phi(double e) => Fhc.Value(e);
        var knots = new List<double> { lo };
        knots.AddRange(Fhc.Energies.ToArray().Where(c => c > lo && c < hi));
        knots.Add(hi);
        double exact = 0;
        for (int i = 0; i + 1 < knots.Count; i++) exact += 0.5 * (knots[i + 1] - knots[i]) * (Phi(knots[i]) + Phi(knots[i + 1]));
        Assert.Equal(1.0, DarkNewsUpscatteringRows.Fold(Fhc, sigma) / (2e-39 * exact), 12);
        // and the interpolation itself: the table at a centre, the mean of two neighbours half-way; DarkNews' 0 beyond
        // the centres never enters (the range is inside them)
        Assert.Equal(numu[40], Phi(centres[40]));
        Assert.Equal(0.5 * (numu[40] + numu[41]), Phi(0.5 * (centres[40] + centres[41])), 15);
        Assert.True(centres[0] < 0.1 && centres[^1] > 9);
    }

    [Fact] // the count's target numbers are DarkNews' (818 t CH2 by mass, over the nuclear masses): a constant σ per target
           // gives POT x N x sigma x ∫φ with N_C12 = 818e3 kg x 12/14 / m_C12 and N_H = 818e3 kg x 2/14 / m_p
    public void Count_UsesDarkNewsTargetNumbers()
    {
        var carbon = Nuclei.Get("C12");
        var sigma = new ConstantCrossSection(1e-38, 0.01);
        var count = DarkNewsUpscatteringRows.Count(Fhc, carbon, sigma, sigma);
        double folded = DarkNewsUpscatteringRows.Fold(Fhc, sigma);
        double kgToGeV = 1 / 1.78266192e-27;   // PDG: 1 GeV/c^2 = 1.78266192e-27 kg
        double carbonNuclei = 818e3 * 12 / 14 * kgToGeV / carbon.MassGeV, protons = 818e3 * 2 / 14 * kgToGeV / 0.93827208816;
        Assert.Equal(1.0, count.Coherent / (18.75e20 * carbonNuclei * folded), 8);
        Assert.Equal(6.0, count.CarbonProtons / count.Coherent, 12);
        Assert.Equal(1.0, count.Hydrogen / (18.75e20 * protons * folded), 8);
        Assert.Equal(count.Coherent + count.CarbonProtons + count.Hydrogen, count.Total, 12);
    }

    [Fact] // light Z' and dipole agree with DarkNews' totals; the heavy Z' differs by more than the row allows and is
           // explained by the SM Z exchange DarkNews adds (ratio inside the interference window, above 1 + allowed)
    public void Rows_LightAndDipoleAgree_HeavyIsExplainedByTheZExchange()
    {
        var rows = DarkNewsUpscatteringRows.Rows(Experiment).ToArray();
        Assert.Equal(["miniboone/DarkNews upscattering, light Z'", "miniboone/DarkNews upscattering, heavy Z'", "miniboone/DarkNews upscattering, dipole"],
            rows.Select(r => r.Id).ToArray());
        var outcomes = Validator.Run(rows, new ValidationSettings(Quick: true));
        Assert.Equal(ValidationVerdict.Agrees, outcomes[0].Verdict);
        Assert.Equal(ValidationVerdict.Explained, outcomes[1].Verdict);
        Assert.Equal(ValidationVerdict.Agrees, outcomes[2].Verdict);
        Assert.True(outcomes[1].Ratio > 1 + outcomes[1].Allowed, $"heavy Z' ratio {outcomes[1].Ratio}");
        var (low, high) = rows[1].ExplainedRatio!.Value;
        Assert.InRange(outcomes[1].Ratio, low, high);
    }
}
