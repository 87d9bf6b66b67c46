using DarkSector.Experiments.MINERvA;
using DarkSector.Experiments.MINERvA.Geometry;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.Tests.MINERvA;

public class MINERvAGeometryTests
{
    private static readonly Detector Detector = new MINERvAExperiment().Detector;

    [Fact] // each nuclear-target sector at its nominal density (steel 7.83, lead 11.29, graphite 1.74, water 1.0 g/cm³)
           // reproduces the mass of the experiments.md table within 0.5% (independent of the sector polygons' origin)
    public void TargetSectors_ReproduceTheTableMasses()
    {
        foreach (var target in MINERvALayout.Targets())
        {
            var volume = Detector.Volumes[Detector.IndexOf(target.Name)];
            Assert.Equal(target.MassKg, volume.MassKg, 0.005 * target.MassKg);
            Assert.Equal(target.ThicknessCm, volume.Solid.Bounds.Max.Z - volume.Solid.Bounds.Min.Z, 1e-9);
            Assert.Equal(target.ZCm, volume.Solid.Bounds.Min.Z, 1e-9);
        }
    }

    [Fact] // the sectors of each plane tile the hexagon of apothem 92 cm: areas add to 2√3 a² (1e-3 relative: the
           // chord end points are given to 0.1 mm)
    public void SectorsOfAPlane_TileTheHexagon()
    {
        double hexagon = 2 * Math.Sqrt(3) * 92 * 92;
        foreach (var plane in MINERvALayout.Targets().GroupBy(t => t.ZCm))
        {
            double area = plane.Sum(t => new ExtrudedPolygon(t.Polygon, t.ThicknessCm).AreaCm2);
            Assert.Equal(hexagon, area, 1e-3 * hexagon);
        }
    }

    [Fact] // the ECAL ring's six trapezoids have the area of the ring between apothems 92 and 107 cm (1e-9 relative),
           // and points locate in the expected volumes
    public void EcalRingAndVolumes_LocatePoints()
    {
        double ring = 2 * Math.Sqrt(3) * (107 * 107 - 92 * 92);
        double area = Enumerable.Range(0, 6).Sum(s => new ExtrudedPolygon(MINERvALayout.EcalSide(s), 1).AreaCm2);
        Assert.Equal(ring, area, 1e-9 * ring);
        Assert.Equal("fiducial", Name(new ThreeVector(0, 0, 300)));
        Assert.Equal("tracker", Name(new ThreeVector(85, 0, 300)));          // between the fiducial (81) and inner (92) flat sides
        Assert.StartsWith("ECAL", Name(new ThreeVector(100, 0, 300)));
        Assert.Equal("1-Fe", Name(new ThreeVector(-60, 0, 15)));
        Assert.Equal("1-Pb", Name(new ThreeVector(60, 0, 15)));
        Assert.Equal("veto", Name(new ThreeVector(0, 0, -100)));
        Assert.Equal("hall air", Name(new ThreeVector(0, 0, -500)));
        Assert.Equal("upstream dirt", Name(new ThreeVector(0, 0, -2000)));
    }

    [Fact] // fiducial hexagon: apothem 81 cm, 255 cm long (area 2√3·81², 1e-9 relative)
    public void FiducialVolume_IsTheHexagonOfApothem81()
    {
        var fiducial = Detector.Volumes.Single(v => v.Role.HasFlag(VolumeRole.Fiducial));
        double expected = 2 * Math.Sqrt(3) * 81 * 81 * 255;
        Assert.Equal(expected, fiducial.Solid.VolumeCm3, 1e-9 * expected);
        Assert.Equal(81, fiducial.Solid.Bounds.Max.X, 1e-9);
    }

    private static string Name(ThreeVector p) => Detector.Volumes[Detector.Locate(p)].Name;
}
