using DarkSector.Experiments.MiniBooNE.Fluxes;
using DarkSector.Experiments.MiniBooNE.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>The analysis definitions of the MiniBooNE plugin: "eqe" (neutrino mode), "eqe-rhc" (antineutrino mode),
/// "costheta" (neutrino mode).</summary>
/// <remarks>
/// <para>The contract bins one observable per analysis without splitting by beam mode, so the two E_QE spectra are two
/// analyses (add their −2 ln L for a combined fit; this neglects the correlations between the modes that the release's
/// 60 × 60 combined matrix holds).</para>
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
            Eqe("eqe", BnbHornMode.Fhc, MiniBooNEExposures.FhcPot, eqe),
            Eqe("eqe-rhc", BnbHornMode.Rhc, MiniBooNEExposures.RhcPot, eqe),
            new AnalysisDefinition("costheta",
                "Electron-like cos(theta) to the beam, neutrino mode 18.75e20 POT (2020; digitised, approximate), 13% uncorrelated error per bin",
                SignalTopology.DecayInFiducial, [new BeamExposure(BnbBeams.Fhc, MiniBooNEExposures.FhcPot)], cos,
                new Binning("cos_theta", "", CosThetaSpectrum.Edges()), new AnalysisData(angular.Observed, angular.Background),
                new CombinedNeymanPearsonChiSquare(diagonal, SystematicCovarianceKind.Fractional)),
        ];
    }

    private static AnalysisDefinition Eqe(string id, BnbHornMode mode, double pot, SingleShowerSelection selection)
    {
        var release = MiniBooNERelease.Load(mode);
        return new AnalysisDefinition(id,
            $"Electron-like E_QE spectrum 200-3000 MeV, {BnbBeams.ModeName(mode)} {pot:0.##e+00} POT (MiniBooNE data release), fractional covariance with the muon-like bins",
            SignalTopology.DecayInFiducial, [new BeamExposure(BnbBeams.ModeName(mode), pot)], selection,
            new Binning("E_QE", "MeV", release.EdgesMeV), new AnalysisData(release.ElectronData, release.ElectronBackground),
            new MiniBooNEChiSquare(release));
    }
}
