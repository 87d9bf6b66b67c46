using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Tests.Geometry;

/// <summary>The ND280 modules of experiments.md (active and fiducial boxes, z_begin, uniformly mixed materials with
/// density = mass/volume) as a test fixture; not the plugin.</summary>
internal static class Nd280LikeDetector
{
    public const double ArgonDensity = 1.78e-3;   // g/cm³, experiments.md

    public static Box At(double sx, double sy, double sz) => new(sx, sy, sz);

    public static Solid Placed(double sx, double sy, double sz, double zBegin) =>
        new Box(sx, sy, sz).Translate(new ThreeVector(0, 0, zBegin + sz / 2));

    private static Material Mixed(string name, double massTonnes, double sx, double sy, double sz, params (string, double)[] fractions) =>
        Material.FromMassFractions(name, massTonnes * 1e6 / (sx * sy * sz), fractions);

    public static Detector Build()
    {
        var argon = Material.FromMassFractions("argon gas", ArgonDensity, ("Ar40", 1.0));
        var ecal = Mixed("P0D ECAL", 2.9, 210, 224, 30.5, ("H1", 0.065), ("C12", 0.40), ("Pb208", 0.535));
        var water = Mixed("P0D water", 10, 210, 224, 179, ("H1", 0.10), ("C12", 0.43), ("O16", 0.22), ("Cu63", 0.16), ("Zn64", 0.09));
        var fgd1 = Mixed("FGD1", 1.1, 186, 186, 30, ("H1", 0.08), ("C12", 0.88), ("O16", 0.04));
        var fgd2 = Mixed("FGD2", 1.1, 186, 186, 30, ("H1", 0.09), ("C12", 0.50), ("O16", 0.41));
        var volumes = new List<DetectorVolume>();
        double[] tpcBegin = [251, 387, 524];
        for (int i = 0; i < 3; i++)
            volumes.Add(new DetectorVolume($"TPC{i + 1} fiducial", Placed(170, 196, 56, tpcBegin[i] + 5), argon, VolumeRole.Fiducial | VolumeRole.Target));
        volumes.Add(new DetectorVolume("FGD1 fiducial", Placed(175, 175, 29, 344), fgd1, VolumeRole.Target));
        volumes.Add(new DetectorVolume("FGD2 fiducial", Placed(175, 175, 29, 481), fgd2, VolumeRole.Target));
        volumes.Add(new DetectorVolume("P0D ECAL1", Placed(210, 224, 30.5, 0), ecal, VolumeRole.Target));
        volumes.Add(new DetectorVolume("P0D water", Placed(210, 224, 179, 30.5), water, VolumeRole.Target));
        volumes.Add(new DetectorVolume("P0D ECAL2", Placed(210, 224, 30.4, 209.6), ecal, VolumeRole.Target));
        for (int i = 0; i < 3; i++)
            volumes.Add(new DetectorVolume($"TPC{i + 1}", Placed(186, 206, 78, tpcBegin[i]), argon, VolumeRole.Target));
        volumes.Add(new DetectorVolume("FGD1", Placed(186, 186, 30, 343), fgd1, VolumeRole.Target));
        volumes.Add(new DetectorVolume("FGD2", Placed(186, 186, 30, 480), fgd2, VolumeRole.Target));
        return new Detector("ND280-like", volumes);
    }
}
