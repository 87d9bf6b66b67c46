using DarkSector.Experiments.T2K.Fluxes;
using DarkSector.Experiments.T2K.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>The analysis definitions of the ND280 plugins.</summary>
/// <remarks>
/// <para>The contract bins one observable per analysis and does not split bins by beam mode. Analysis I therefore
/// becomes one counting bin over both modes (observed 0 + 0, background 0.563 + 0.015 = 0.578): with zero events
/// observed the Poisson likelihood of the two bins, exp(−μ₁)·exp(−μ₂), equals that of the summed bin exactly; with
/// the 20% systematic of the effective likelihood the two differ only at second order in the systematic. Analysis II
/// has different spectra per mode, so it is two analyses, "fgd-mee" (FHC) and "fgd-mee-rhc".</para>
/// <para>Projections use Asimov data N_obs = round(b) (method.md with μ = 0).</para>
/// </remarks>
internal static class T2KAnalyses
{
    /// <summary>The analyses of the existing detector: "tpc-ee", "fgd-mee", "fgd-mee-rhc", "tpc-ee-dipole", "tpc-ee-4e21".</summary>
    public static IReadOnlyList<AnalysisDefinition> Nd280(IReadOnlyList<ND280Module> modules)
    {
        var tpcs = FiducialRegion.Of(modules, ND280DetectorBuilder.IsTpc);
        var fgd1 = FiducialRegion.Of(modules, m => m.Name == "FGD1");
        var fhcI = new BeamExposure(T2KBeams.Fhc, T2KExposures.TpcEeFhcPot);
        var rhcI = new BeamExposure(T2KBeams.Rhc, T2KExposures.TpcEeRhcPot);
        double background = TpcEeCounts.Background(HornPolarity.Fhc) + TpcEeCounts.Background(HornPolarity.Rhc);
        return
        [
            new AnalysisDefinition("tpc-ee",
                "Analysis I: N -> nu e+e- decaying in a TPC fiducial volume (T2K PRD 100 052006 cuts, 10% efficiency), FHC+RHC counting",
                SignalTopology.DecayInFiducial, [fhcI, rhcI], new TpcEeSelection(tpcs), Binning.SingleBin("E_ee"),
                new AnalysisData([0], [background]), new EffectiveLikelihood(TpcEeCounts.FractionalSystematic)),
            FgdMee("fgd-mee", HornPolarity.Fhc, T2KExposures.FgdMeeFhcPot, fgd1),
            FgdMee("fgd-mee-rhc", HornPolarity.Rhc, T2KExposures.FgdMeeRhcPot, fgd1),
            new AnalysisDefinition("tpc-ee-dipole",
                "Dipole-portal search: N -> nu e+e- in a TPC fiducial volume, opening < 90 deg, cos(N, beam) > 0.992, 10% efficiency, zero background",
                SignalTopology.DecayInFiducial, [fhcI, rhcI], new DipoleTpcSelection(tpcs), Binning.SingleBin("E_ee"),
                new AnalysisData([0], [0]), PoissonLikelihood.Instance),
            new AnalysisDefinition("tpc-ee-4e21",
                "Projection: analysis I at 4e21 POT (neutrino mode), background scaled with POT, Asimov data",
                SignalTopology.DecayInFiducial, [new BeamExposure(T2KBeams.Fhc, T2KExposures.ProjectionPot)], new TpcEeSelection(tpcs),
                Binning.SingleBin("E_ee"), Asimov(ProjectionSettings.ProjectedBackground()), new EffectiveLikelihood(TpcEeCounts.FractionalSystematic)),
        ];
    }

    /// <summary>The analysis of the upgrade: "tpc-ee" over five TPCs at 2e22 POT, background scaled with POT and fiducial volume.</summary>
    public static IReadOnlyList<AnalysisDefinition> Upgrade(IReadOnlyList<ND280Module> modules) =>
    [
        new AnalysisDefinition("tpc-ee",
            "Projection: analysis I in the five TPCs of the ND280 upgrade at 2e22 POT (neutrino mode), background scaled with POT and TPC volume, Asimov data",
            SignalTopology.DecayInFiducial, [new BeamExposure(T2KBeams.Fhc, T2KExposures.UpgradePot)],
            new TpcEeSelection(FiducialRegion.Of(modules, ND280DetectorBuilder.IsTpc)), Binning.SingleBin("E_ee"),
            Asimov(ProjectionSettings.UpgradeBackground()), new EffectiveLikelihood(TpcEeCounts.FractionalSystematic)),
    ];

    private static AnalysisDefinition FgdMee(string id, HornPolarity mode, double pot, FiducialRegion fgd1)
    {
        var spectrum = FgdMeeSpectrum.Load(mode);
        return new AnalysisDefinition(id,
            $"Analysis II: e+e- invariant mass in FGD1 ({mode.ModeName()}, JHEP 10 (2020) 114 photon-like sample; digitised, approximate), smeared, 10% efficiency",
            SignalTopology.DecayInFiducial, [new BeamExposure(mode.ModeName(), pot)], new FgdMeeSelection(fgd1),
            new Binning("m_ee", "GeV", FgdMeeSpectrum.EdgesGeV()),
            new AnalysisData(spectrum.Observed.ToArray(), spectrum.Prediction.ToArray()),
            new EffectiveLikelihood(spectrum.FractionalSystematic));
    }

    private static AnalysisData Asimov(double background) => new([Math.Round(background, MidpointRounding.AwayFromZero)], [background]);
}
