using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.T2K.Geometry;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Projections of analysis I (experiments.md): backgrounds scaled with POT and with the TPC fiducial volume,
/// Asimov data N_obs = round(b + μ) (method.md).</summary>
internal static class ProjectionSettings
{
    /// <summary>Expected background of analysis I at 4e21 POT in neutrino mode: 0.563 × 4e21 / 12.34e20.</summary>
    public static double ProjectedBackground() =>
        TpcEeCounts.Background(HornPolarity.Fhc) * T2KExposures.ProjectionPot / T2KExposures.TpcEeFhcPot;

    /// <summary>Expected background for the upgrade at 2e22 POT: 0.563 × (2e22 / 12.34e20) × (V_fid,upgrade / V_fid,ND280).</summary>
    public static double UpgradeBackground() =>
        TpcEeCounts.Background(HornPolarity.Fhc) * T2KExposures.UpgradePot / T2KExposures.TpcEeFhcPot * ND280UpgradeLayout.FiducialVolumeRatio();
}
