using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Geometry;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Sampling.Tests.Geometry.SolidCatalogue;

namespace DarkSector.Sampling.Tests.Geometry;

public class DetectorTests
{
    private static readonly Detector Nd280 = Nd280LikeDetector.Build();

    [Fact] // experiments.md: the three TPCs hold 0.016 t active and 0.010 t fiducial argon at 1.78e-3 g/cm³; 1% (table rounding)
    public void TpcGasMasses_MatchThePublishedTable()
    {
        double active = Nd280.Volumes.Where(v => v.Name is "TPC1" or "TPC2" or "TPC3").Sum(v => v.MassKg);
        double fiducial = Nd280.Volumes.Where(v => v.Name.EndsWith("fiducial") && v.Name.StartsWith("TPC")).Sum(v => v.MassKg);
        Assert.Equal(16, active, 0.16 + 0.5);      // 15.9 kg computed vs "0.016 t": the table's two digits
        Assert.Equal(10, fiducial, 0.1 + 0.5);
    }

    [Fact] // a line along z through the centre: owned segments in z order, fiducial carved out of its TPC; 1e-9 cm
    public void PriorityComposition_CarvesFiducialVolumesOutOfModules()
    {
        var segments = new VolumeSegment[Nd280.MaxSegments];
        int n = Nd280.Trace(new Ray(new ThreeVector(0, 0, -100), ThreeVector.UnitZ), segments);
        var names = segments.Take(n).Select(s => Nd280.Volumes[s.Volume].Name).ToArray();
        // FGD fiducial boxes (z 344-373, 481-510) end where their modules end (343-373, 480-510): no module piece after.
        Assert.Equal(["P0D ECAL1", "P0D water", "P0D ECAL2", "TPC1", "TPC1 fiducial", "TPC1", "FGD1", "FGD1 fiducial",
            "TPC2", "TPC2 fiducial", "TPC2", "FGD2", "FGD2 fiducial", "TPC3", "TPC3 fiducial", "TPC3"], names);
        var tpc1 = segments.Take(n).Where(s => Nd280.Volumes[s.Volume].Name == "TPC1").ToArray();
        Assert.Equal(100 + 251, tpc1[0].Entry, 1e-9);
        Assert.Equal(100 + 256, tpc1[0].Exit, 1e-9);
        Assert.Equal(100 + 312, tpc1[1].Entry, 1e-9);
        Assert.Equal(100 + 329, tpc1[1].Exit, 1e-9);
    }

    [Property] // owned segments are disjoint and each point of the line is owned by the volume Locate names (away from surfaces by 1e-6 cm)
    public Property Trace_AgreesWithLocate() =>
        Prop.ForAll(Arb.From(from x in Uniform(-120, 120) from y in Uniform(-120, 120) from d in UnitVectors from t in Uniform(-300, 900) select (x, y, d, t)), p =>
        {
            var (x, y, d, t) = p;
            var ray = new Ray(new ThreeVector(x, y, 300), d);
            var segments = new VolumeSegment[Nd280.MaxSegments];
            int n = Nd280.Trace(ray, segments);
            int owner = -1;
            for (int i = 0; i < n; i++)
            {
                if (i > 0 && segments[i].Entry < segments[i - 1].Exit - 1e-9) return false;
                if (Math.Abs(t - segments[i].Entry) < 1e-6 || Math.Abs(t - segments[i].Exit) < 1e-6) return true;
                if (t > segments[i].Entry && t < segments[i].Exit) owner = segments[i].Volume;
            }
            return Nd280.Locate(ray.PointAt(t)) == owner;
        });

    [Fact] // along the axis: Σ ρ L with the module densities; 1e-9 relative
    public void ColumnDensity_SumsDensityTimesLength()
    {
        var ray = new Ray(new ThreeVector(0, 0, -100), ThreeVector.UnitZ);
        // Independent: each module's mass / transverse area (the line crosses every module's full depth).
        double expected = new[] { (2.9, 210.0, 224.0), (10, 210, 224), (2.9, 210, 224), (1.1, 186, 186), (1.1, 186, 186) }.Sum(m => m.Item1 * 1e6 / (m.Item2 * m.Item3))
            + 3 * Nd280LikeDetector.ArgonDensity * 78;
        // ECAL2 is 30.4 cm deep with the ECAL density of the 30.5 cm module: correct its share.
        expected -= 2.9e6 / (210 * 224) * (1 - 30.4 / 30.5);
        Assert.Equal(expected, Nd280.ColumnDensityGPerCm2(ray), 1e-9 * expected);
        Assert.Equal(0, Nd280.ColumnDensityGPerCm2(ray, 0, 50));   // nothing before z = 0
    }

    [Fact] // n(C12) L summed over the carbon-bearing modules, from the mass fractions; 1e-9 relative
    public void TargetColumnDensity_CountsOnlyTheChosenNucleus()
    {
        var carbon = Nuclei.Get("C12");
        var ray = new Ray(new ThreeVector(0, 0, -100), ThreeVector.UnitZ);
        double perGram = Physics.PhysicalConstants.Avogadro / carbon.AtomicMassU;
        double expected = perGram * (0.40 * 2.9e6 / (210 * 224) * (1 + 30.4 / 30.5) + 0.43 * 10e6 / (210 * 224) + 0.88 * 1.1e6 / (186 * 186) + 0.50 * 1.1e6 / (186 * 186));
        Assert.Equal(expected, Nd280.TargetColumnDensityPerCm2(ray, carbon), 1e-9 * expected);
        Assert.Equal(0, Nd280.TargetColumnDensityPerCm2(ray, Nuclei.Get("Ar40"), 0, 250));
    }

    [Fact]
    public void DuplicateVolumeNames_AreRejected()
    {
        var m = StandardMaterials.Water;
        var e = Assert.Throws<ArgumentException>(() => new Detector("d", [new DetectorVolume("a", new Sphere(1), m, VolumeRole.Target), new DetectorVolume("a", new Sphere(2), m, VolumeRole.Air)]));
        Assert.Contains("'a'", e.Message);
    }
}
