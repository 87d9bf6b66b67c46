using DarkSector.Experiments.MiniBooNE.Fluxes;
using DarkSector.Experiments.MiniBooNE.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Oscillations;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>The analysis definitions of the MiniBooNE plugin: "eqe" (neutrino mode), "eqe-rhc" (antineutrino mode),
/// "eqe-combined" (both, with the release's joint covariance), "costheta" (neutrino mode).</summary>
/// <remarks>
/// <para>The three E_QE analyses carry the release's fully oscillated Monte Carlo (<see cref="AnalysisDefinition.Appearance"/>,
/// <see cref="OscillationNtuple"/>) for 3+1 predictions; the oscillation signal enters the χ² signal block like any signal.</para>
/// <para>"eqe-combined": the E_QE binning in two blocks (<see cref="Binning.Blocks"/> = 2), bins 0–10 filled from the
/// FHC exposure (block 0) and 11–21 from the RHC exposure (block 1), with the 60 × 60 fractional covariance of the
/// release, which correlates the two modes (<see cref="MiniBooNEChiSquare"/>).</para>
/// <para>"costheta": 13% uncorrelated systematic per bin (Kamp et al. 2023) taken on the total prediction, with the
/// statistical variance of the combined Neyman-Pearson χ² (<see cref="CombinedNeymanPearsonChiSquare"/> with a diagonal
/// fractional covariance 0.13²).</para>
/// </remarks>
internal static class MiniBooNEAnalyses
{
    /// <summary>Fractional uncorrelated uncertainty per cos θ bin.</summary>
    public const double CosThetaFractionalError = 0.13;

    /// <summary>All analyses.</summary>
    public static IReadOnlyList<AnalysisDefinition> All()
    {
        var efficiency = ShowerEfficiency.Load();
        var eqe = new SingleShowerSelection(efficiency, ShowerObservable.EnergyQeMeV, MiniBooNELayout.FiducialRadiusCm);
        var cos = new SingleShowerSelection(efficiency, ShowerObservable.CosTheta, MiniBooNELayout.FiducialRadiusCm);
        var angular = CosThetaSpectrum.Load();
        var diagonal = new double[CosThetaSpectrum.BinCount, CosThetaSpectrum.BinCount];
        for (int i = 0; i < CosThetaSpectrum.BinCount; i++) diagonal[i, i] = CosThetaFractionalError * CosThetaFractionalError;
        return
        [
            Eqe("eqe", HornPolarity.Fhc, MiniBooNEExposures.FhcPot, eqe),
            Eqe("eqe-rhc", HornPolarity.Rhc, MiniBooNEExposures.RhcPot, eqe),
            Combined(eqe),
            new AnalysisDefinition("costheta",
                "Electron-like cos(theta) to the beam, neutrino mode 18.75e20 POT (2020; digitised, approximate), 13% uncorrelated error per bin",
                SignalTopology.DecayInFiducial, [new BeamExposure(BnbBeams.Fhc, MiniBooNEExposures.FhcPot)], cos,
                new Binning("cos_theta", "", CosThetaSpectrum.Edges()), new AnalysisData(angular.Observed, angular.Background),
                new CombinedNeymanPearsonChiSquare(diagonal, SystematicCovarianceKind.Fractional)),
        ];
    }

    private static AnalysisDefinition Combined(SingleShowerSelection selection)
    {
        var fhc = MiniBooNERelease.Load(HornPolarity.Fhc);
        var rhc = MiniBooNERelease.Load(HornPolarity.Rhc);
        return new AnalysisDefinition("eqe-combined",
            $"Electron-like E_QE spectra 200-3000 MeV, neutrino mode {MiniBooNEExposures.FhcPot:0.##e+00} POT (bins 0-10) and antineutrino mode {MiniBooNEExposures.RhcPot:0.##e+00} POT (bins 11-21), the release's combined 60x60 fractional covariance with the muon-like bins",
            SignalTopology.DecayInFiducial,
            [new BeamExposure(BnbBeams.Fhc, MiniBooNEExposures.FhcPot) { Block = 0 }, new BeamExposure(BnbBeams.Rhc, MiniBooNEExposures.RhcPot) { Block = 1 }],
            selection, new Binning("E_QE", "MeV", fhc.EdgesMeV, blocks: 2),
            new AnalysisData([.. fhc.ElectronData, .. rhc.ElectronData], [.. fhc.ElectronBackground, .. rhc.ElectronBackground]),
            new MiniBooNEChiSquare([fhc, rhc], MiniBooNERelease.LoadCombinedCovariance()))
        {
            Appearance = new Lazy<AppearanceSample>(() => AppearanceSample.Create(2 * MiniBooNERelease.ElectronBins,
                [.. OscillationNtuple.Load("fhc.fullosc.txt", fhc.EdgesMeV, 0),
                 .. OscillationNtuple.Load("combined.nubarfullosc.txt", rhc.EdgesMeV, MiniBooNERelease.ElectronBins)])),
        };
    }

    private static AnalysisDefinition Eqe(string id, HornPolarity mode, double pot, SingleShowerSelection selection)
    {
        var release = MiniBooNERelease.Load(mode);
        return new AnalysisDefinition(id,
            $"Electron-like E_QE spectrum 200-3000 MeV, {mode.ModeName()} {pot:0.##e+00} POT (MiniBooNE data release), fractional covariance with the muon-like bins",
            SignalTopology.DecayInFiducial, [new BeamExposure(mode.ModeName(), pot)], selection,
            new Binning("E_QE", "MeV", release.EdgesMeV), new AnalysisData(release.ElectronData, release.ElectronBackground),
            new MiniBooNEChiSquare(release))
        {
            Appearance = new Lazy<AppearanceSample>(() => AppearanceSample.Create(MiniBooNERelease.ElectronBins,
                OscillationNtuple.Load(mode == HornPolarity.Fhc ? "fhc.fullosc.txt" : "rhc.fullosc.txt", release.EdgesMeV, 0))),
        };
    }
}
