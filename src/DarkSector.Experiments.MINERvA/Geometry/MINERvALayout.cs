using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.MINERvA.Geometry;

/// <summary>The MINERvA detector of Kamp et al. (experiments.md, MINERvA section) in cm, z along the beam, z = 0 at the
/// detector front, the axis of the hexagons on the z axis.</summary>
/// <remarks>
/// <para>Facts from the SIREN MINERvA-v1 description (data/siren/MINERvA/densities.dat and materials.dat, N.
/// Kamp 2023): scintillator tracker = regular hexagon of apothem 92 cm from z = 0 to 413.44 cm (PLANE, 1.043 g/cm³);
/// ECAL = hexagon of apothem 107 cm around it (ECAL, scintillator + lead, 2.244 g/cm³), here six trapezoids forming the
/// ring between apothems 92 and 107 cm over the tracker's length (SIREN's ECAL is 0.28 cm longer at each end:
/// neglected); steel veto wall 200 × 200 × 7.5 cm centred at z = −100 cm (STEEL, 7.83 g/cm³).</para>
/// <para>Nuclear targets: the z and thickness of the experiments.md table (z the upstream face). Targets sharing a z are
/// sectors of one hexagonal plane, split by straight chords: the sector polygons are SIREN's (chords with end points on
/// the hexagon's edges, e.g. plane 1 from (−28.25, 89.92) to (63.75, −69.42) cm; plane 3: C the half, Fe a third, Pb a
/// sixth). With the nominal densities (steel 7.83, lead 11.29, graphite 1.74, water 1.0 g/cm³) these areas reproduce
/// every table mass within 0.5%, so the sectors are split by mass as the table requires (tested).</para>
/// <para>Fiducial volume of the ν-e analyses: hexagon of apothem 81 cm (experiments.md; SIREN: 81.125 cm) from
/// z = 145 to 400 cm (SIREN's fiducial), i.e. 2.55 m. experiments.md says "~2.8 m"; 2.8 m does not fit between
/// the end of target 5 (140.2 cm) and the end of the tracker (413.44 cm) with the downstream margin of SIREN, so
/// SIREN's extent is used.</para>
/// <para>Air (SIREN: 0.001225 g/cm³, N/O) fills a hall box x, y ∈ [−500, 500] cm, z ∈ [−1000, 1000] cm; upstream dirt
/// (ROCK, SiO₂, 2.9 g/cm³) is a box of the same transverse size from z = −5000 to −1000 cm. SIREN uses a 10 m air
/// sphere inside a 100 × 100 × 300 m rock box; the boxes here keep the volumes disjoint (the simulation's owned
/// volumes) and the dirt within the transverse region whose N can reach the detector (modelling choice).</para>
/// <para>Materials: SIREN's mass fractions with components below 1.1% by mass dropped and the rest renormalised (PLANE:
/// Al, Si, Cl, Ti, 1.6% in total; STEEL: C, Si, Mn; ECAL: Al, Si, Cl, Ti, Cu, 0.75%; LEAD: Cu) to keep the number of
/// upscattering targets small; this changes pair-production lengths by at most a few percent.</para>
/// <para>Volume priority (first wins): fiducial (Fiducial | Target), targets (Target), tracker (Target), ECAL
/// (Target), veto (Veto | Target), air (Air), dirt (Dirt).</para>
/// </remarks>
internal static class MINERvALayout
{
    /// <summary>Apothem of the inner detector and the nuclear targets, cm.</summary>
    public const double InnerApothemCm = 92;

    /// <summary>Apothem of the ECAL hexagon, cm.</summary>
    public const double EcalApothemCm = 107;

    /// <summary>Tracker length from the detector front, cm (SIREN: 2 × 2.0672 m).</summary>
    public const double TrackerLengthCm = 413.44;

    /// <summary>Apothem of the fiducial hexagon, cm.</summary>
    public const double FiducialApothemCm = 81;

    /// <summary>Fiducial volume z range, cm.</summary>
    public const double FiducialStartCm = 145, FiducialEndCm = 400;

    /// <summary>Name of the fiducial volume.</summary>
    public const string FiducialName = "fiducial";

    /// <summary>SIREN PLANE (scintillator plane), renormalised without the trace elements.</summary>
    public static Material Scintillator { get; } = Normalised("MINERvA scintillator plane", 1.043, ("H1", 0.0742), ("C12", 0.876), ("O16", 0.0318));

    /// <summary>SIREN STEEL, iron only.</summary>
    public static Material Steel { get; } = Normalised("steel", 7.83, ("Fe56", 0.987));

    /// <summary>SIREN LEAD.</summary>
    public static Material Lead { get; } = Normalised("lead", 11.29, ("Pb208", 0.9995));

    /// <summary>SIREN GRAPHITE.</summary>
    public static Material Graphite { get; } = Normalised("graphite", 1.74, ("C12", 1));

    /// <summary>SIREN WATER.</summary>
    public static Material Water { get; } = Normalised("water", 1.0, ("H1", 0.115), ("O16", 0.885));

    /// <summary>SIREN ECAL (scintillator planes and lead).</summary>
    public static Material Ecal { get; } = Normalised("MINERvA ECAL", 2.244, ("H1", 0.0304477), ("C12", 0.3594639), ("O16", 0.0130490), ("Pb208", 0.5893583));

    /// <summary>SIREN AIR (0.673 atm).</summary>
    public static Material Air { get; } = Normalised("air", 0.001225, ("N14", 0.7562326), ("O16", 0.2437674));

    /// <summary>SIREN ROCK (SiO₂).</summary>
    public static Material Rock { get; } = Normalised("rock (SiO2)", 2.9, ("Si28", 0.4674349), ("O16", 0.5325651));

    /// <summary>The nuclear-target sectors (experiments.md table; polygons from SIREN, cm).</summary>
    public static IReadOnlyList<MINERvATarget> Targets()
    {
        // Hexagon vertices (apothem 92 cm, flat sides at x = ±92): top, upper right, lower right, bottom, lower left, upper left.
        (double, double) top = (0, 106.232), ur = (92, 53.116), lr = (92, -53.116), bottom = (0, -106.232), ll = (-92, -53.116), ul = (-92, 53.116);
        (double, double) a = (-28.25, 89.92), b = (63.75, -69.42), c = (28.25, 89.92), d = (-63.75, -69.42), centre = (0, 0);
        (double, double)[] feA = [a, b, bottom, ll, ul], pbA = [b, a, top, ur, lr];
        (double, double)[] feB = [d, c, ur, lr, bottom], pbB = [c, d, ll, ul, top];
        (double, double)[] full = [top, ur, lr, bottom, ll, ul];
        return
        [
            new("1-Fe", 13.6, 2.567, 370, feA, Steel), new("1-Pb", 13.6, 2.578, 317, pbA, Lead),
            new("2-Fe", 31.3, 2.563, 370, feB, Steel), new("2-Pb", 31.3, 2.581, 317, pbB, Lead),
            new("3-Fe", 53.4, 2.573, 197, [centre, ur, lr, bottom], Steel), new("3-Pb", 53.4, 2.563, 141, [centre, bottom, ll], Lead),
            new("3-C", 53.4, 7.620, 194, [top, ur, ll, ul], Graphite),
            new("Water", 89.5, 18.06, 530, full, Water),
            new("4-Pb", 125.6, 0.795, 263, full, Lead),
            new("5-Fe", 138.9, 1.289, 186, feA, Steel), new("5-Pb", 138.9, 1.317, 162, pbA, Lead),
        ];
    }

    /// <summary>Builds the detector (see the remarks for the volumes and their priority).</summary>
    public static Detector Build()
    {
        var volumes = new List<DetectorVolume>
        {
            new(FiducialName, Prism(ExtrudedPolygon.Regular(6, FiducialApothemCm, FiducialEndCm - FiducialStartCm), FiducialStartCm),
                Scintillator, VolumeRole.Fiducial | VolumeRole.Target),
        };
        foreach (var t in Targets())
            volumes.Add(new DetectorVolume(t.Name, Prism(new ExtrudedPolygon(t.Polygon, t.ThicknessCm), t.ZCm), t.Material, VolumeRole.Target));
        volumes.Add(new DetectorVolume("tracker", Prism(ExtrudedPolygon.Regular(6, InnerApothemCm, TrackerLengthCm), 0), Scintillator, VolumeRole.Target));
        for (int side = 0; side < 6; side++)
            volumes.Add(new DetectorVolume($"ECAL {side + 1}", Prism(new ExtrudedPolygon(EcalSide(side), TrackerLengthCm), 0), Ecal, VolumeRole.Target));
        volumes.Add(new DetectorVolume("veto", new Box(200, 200, 7.5).Translate(new ThreeVector(0, 0, -100)), Steel, VolumeRole.Veto | VolumeRole.Target));
        volumes.Add(new DetectorVolume("hall air", new Box(1000, 1000, 2000).Translate(ThreeVector.Zero), Air, VolumeRole.Air));
        volumes.Add(new DetectorVolume("upstream dirt", new Box(1000, 1000, 4000).Translate(new ThreeVector(0, 0, -3000)), Rock, VolumeRole.Dirt));
        return new Detector("MINERvA", volumes);
    }

    /// <summary>Side <paramref name="side"/> of the ECAL ring: the trapezoid between the hexagons of apothem 92 and
    /// 107 cm (pointy top, as the targets), between the vertices at angles 90° − 60°·side and 30° − 60°·side.</summary>
    internal static (double X, double Y)[] EcalSide(int side)
    {
        double r0 = InnerApothemCm / Math.Cos(Math.PI / 6), r1 = EcalApothemCm / Math.Cos(Math.PI / 6);
        double p = Math.PI / 2 - side * Math.PI / 3, q = p - Math.PI / 3;
        return [(r0 * Math.Cos(p), r0 * Math.Sin(p)), (r1 * Math.Cos(p), r1 * Math.Sin(p)), (r1 * Math.Cos(q), r1 * Math.Sin(q)), (r0 * Math.Cos(q), r0 * Math.Sin(q))];
    }

    private static Solid Prism(ExtrudedPolygon prism, double zBeginCm) =>
        prism.Translate(new ThreeVector(0, 0, zBeginCm + prism.LengthCm / 2));

    private static Material Normalised(string name, double density, params (string Nucleus, double Fraction)[] parts)
    {
        double sum = parts.Sum(p => p.Fraction);
        return Material.FromMassFractions(name, density, parts.Select(p => (p.Nucleus, p.Fraction / sum)));
    }
}
