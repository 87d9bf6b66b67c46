using DarkSector.Experiments.T2K.Analyses;
using DarkSector.Experiments.T2K.Geometry;

namespace DarkSector.Experiments.Tests.T2K.Geometry;

public class ND280UpgradeLayoutTests
{
    [Fact] // five TPCs, no P0D; fiducial volume ratio (3·170·196·56 + 2·159·27·171)/(3·170·196·56) = 1.2623; 1e-12 relative
    public void Upgrade_HasFiveTpcsAndTheExpectedFiducialVolume()
    {
        var modules = ND280UpgradeLayout.Modules();
        Assert.Equal(5, modules.Count(m => m.Name.Contains("TPC", StringComparison.Ordinal)));
        Assert.DoesNotContain(modules, m => m.Name.StartsWith("P0D", StringComparison.Ordinal));
        double old = 3.0 * 170 * 196 * 56, added = 2.0 * 159 * 27 * 171;
        Assert.Equal((old + added) / old, ND280UpgradeLayout.FiducialVolumeRatio(), 12);
    }

    [Fact] // SuperFGD between the HA-TPCs: 192·56·192 cm³ at 1.05 g/cm³ = 2.17 t; HA-TPC fiducial boxes inside their gas volumes
    public void SuperFgd_SitsBetweenTheHighAngleTpcs()
    {
        var modules = ND280UpgradeLayout.Modules();
        var sfgd = modules.Single(m => m.Name == "SuperFGD");
        Assert.Equal(192.0 * 56 * 192 * 1.05e-6, sfgd.MassTonnes, 12);
        foreach (var ha in modules.Where(m => m.Name.StartsWith("HA-TPC", StringComparison.Ordinal)))
        {
            Assert.True(Math.Abs(ha.Active.CentreYCm) - ha.Active.SizeYCm / 2 >= sfgd.Active.SizeYCm / 2, ha.Name);
            Assert.True(ha.Fiducial!.ZBeginCm >= ha.Active.ZBeginCm && ha.Fiducial.ZEndCm <= ha.Active.ZEndCm);
            Assert.True(ha.Active.ZEndCm < modules.Single(m => m.Name == "TPC1").Active.ZBeginCm);
        }
    }

    [Fact] // background scales with POT (and fiducial volume for the upgrade): 0.563·4e21/12.34e20 = 1.825; 1e-12 relative
    public void ProjectedBackgrounds_ScaleWithExposureAndVolume()
    {
        Assert.Equal(0.563 * 4e21 / 12.34e20, ProjectionSettings.ProjectedBackground(), 12);
        Assert.Equal(0.563 * 2e22 / 12.34e20 * ND280UpgradeLayout.FiducialVolumeRatio(), ProjectionSettings.UpgradeBackground(), 12);
    }
}
