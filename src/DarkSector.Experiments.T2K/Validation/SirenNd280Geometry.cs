using DarkSector.Experiments.T2K;
using DarkSector.Sampling.Experiments;
using System.Globalization;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Targets;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// SIREN's pre-upgrade ND280 model (Harvard-Neutrino/SIREN <c>resources/detectors/ND280/ND280-v1/densities.dat</c> and
/// <c>materials.dat</c>, by M.-S. Liu, the geometry of Liu, Kamp, Argüelles 2025; copies in data/siren/ND280) reduced to
/// what the recast needs: the material column along a line parallel to the beam, and the three TPC fiducial boxes.
/// </summary>
/// <remarks>
/// <para>Every object of the file is an axis-aligned box (centre, full widths in m, density in g/cm³); where boxes
/// overlap the later line wins (SIREN's rule, data/siren/PROVENANCE.md). The world begins with 300 m of rock
/// (2.9 g/cm³, z from −292 m to +8 m, ±12 m transverse) around a 37 m air hall. Lengths here are returned in cm.</para>
/// <para>Fiducial boxes: the file's <c>fiducial</c> line is TPC3's (1.7 × 1.96 × 0.563 m at z = 2.355 m); Liu et al.'s
/// experiments OGTPC1/OGTPC2 use the same box centred on TPC1 (z = −0.375 m) and TPC2 (z = 0.99 m) — their geometry
/// files are not public, so those two centres are inferred from the TPC gas volumes of the same file. The last P0D lead
/// plate ends at z = −0.875 m: 21.85 cm before the TPC1 fiducial box and 1.5 cm before the TPC1 gas.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class SirenNd280Geometry
{
    private readonly Box[] _boxes;
    private readonly Dictionary<string, Material> _materials;

    private SirenNd280Geometry(Box[] boxes, Dictionary<string, Material> materials, Box fiducial)
    {
        _boxes = boxes;
        _materials = materials;
        var fiducials = new List<FiducialBox>(3);
        foreach (double zCentreM in new[] { -0.375, 0.99, fiducial.Z })
            fiducials.Add(new FiducialBox(fiducial.Dx * 100, fiducial.Dy * 100, (zCentreM - fiducial.Dz / 2) * 100, (zCentreM + fiducial.Dz / 2) * 100));
        FiducialBoxes = fiducials;
    }

    /// <summary>The embedded copy of SIREN's ND280-v1 model.</summary>
    public static SirenNd280Geometry Embedded { get; } = Load();

    /// <summary>The fiducial boxes of TPC1, TPC2, TPC3 (Liu et al.'s OGTPC1..3), in cm.</summary>
    public IReadOnlyList<FiducialBox> FiducialBoxes { get; }

    /// <summary>Upstream end of the world (the rock face) in cm: z = −292 m.</summary>
    public double WorldStartCm => _boxes.Min(b => (b.Z - b.Dz / 2) * 100);

    /// <summary>
    /// The material column along the line (x, y) = (<paramref name="xCm"/>, <paramref name="yCm"/>) parallel to the beam,
    /// as consecutive segments in z (cm) with their material, from the rock face to the last object; later file lines win.
    /// </summary>
    public IReadOnlyList<ColumnSegment> Column(double xCm = 0, double yCm = 0)
    {
        double x = xCm / 100, y = yCm / 100;
        var hits = _boxes.Where(b => Math.Abs(x - b.X) <= b.Dx / 2 && Math.Abs(y - b.Y) <= b.Dy / 2).ToArray();
        var edges = hits.SelectMany(b => new[] { b.Z - b.Dz / 2, b.Z + b.Dz / 2 }).Distinct().Order().ToArray();
        var segments = new List<ColumnSegment>();
        for (int i = 0; i + 1 < edges.Length; i++)
        {
            double mid = 0.5 * (edges[i] + edges[i + 1]);
            Box? top = null;
            foreach (var b in hits)
                if (Math.Abs(mid - b.Z) <= b.Dz / 2) top = b;   // later lines win
            if (top is null) continue;
            var material = _materials[top.Value.Material].WithDensity(top.Value.Density);
            if (segments.Count > 0 && segments[^1].Label == top.Value.Label && segments[^1].EndCm == edges[i] * 100)
                segments[^1] = segments[^1] with { EndCm = edges[i + 1] * 100 };
            else
                segments.Add(new ColumnSegment(edges[i] * 100, edges[i + 1] * 100, top.Value.Label, material));
        }
        return segments;
    }

    private static SirenNd280Geometry Load()
    {
        using var materials = EmbeddedTables.Of<ND280Experiment>().Open("siren_nd280_materials.dat");
        using var densities = EmbeddedTables.Of<ND280Experiment>().Open("siren_nd280_densities.dat");
        return Parse(densities, materials);
    }

    /// <summary>Parses a densities.dat / materials.dat pair (box objects only, as in ND280-v1).</summary>
    /// <exception cref="FormatException">A line cannot be read (the message quotes it).</exception>
    public static SirenNd280Geometry Parse(TextReader densities, TextReader materials)
    {
        ArgumentNullException.ThrowIfNull(densities);
        ArgumentNullException.ThrowIfNull(materials);
        var table = ParseMaterials(materials);
        var boxes = new List<Box>();
        Box? fiducial = null;
        string? line;
        while ((line = densities.ReadLine()) is not null)
        {
            var f = Fields(line);
            if (f.Length == 0) continue;
            if (f[0] == "object")
            {
                if (f.Length < 15 || f[1] != "box") throw new FormatException($"densities.dat: only box objects are supported: '{line}'");
                boxes.Add(new Box(D(f[2]), D(f[3]), D(f[4]), D(f[8]), D(f[9]), D(f[10]), f[11], f[12], D(f[14])));
            }
            else if (f[0] == "fiducial")
            {
                if (f.Length < 11 || f[1] != "box") throw new FormatException($"densities.dat: only a box fiducial volume is supported: '{line}'");
                fiducial = new Box(D(f[2]), D(f[3]), D(f[4]), D(f[8]), D(f[9]), D(f[10]), "fiducial", "", 0);
            }
        }
        foreach (var b in boxes)
            if (!table.ContainsKey(b.Material)) throw new FormatException($"densities.dat: material '{b.Material}' of '{b.Label}' is not in materials.dat");
        return new SirenNd280Geometry([.. boxes], table, fiducial ?? throw new FormatException("densities.dat: no fiducial line"));
    }

    private static Dictionary<string, Material> ParseMaterials(TextReader reader)
    {
        var result = new Dictionary<string, Material>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = Fields(line);
            if (f.Length < 2) continue;
            string name = f[0];
            int count = int.Parse(f[1], CultureInfo.InvariantCulture);
            var fractions = new List<(string, double)>(count);
            for (int i = 0; i < count; i++)
            {
                var c = Fields(reader.ReadLine() ?? throw new FormatException($"materials.dat: '{name}' ends early"));
                long pdg = long.Parse(c[0], CultureInfo.InvariantCulture);   // 10LZZZAAAI
                int z = (int)(pdg / 10000 % 1000), a = (int)(pdg / 10 % 1000);
                fractions.Add((Nuclei.Get(z, a).Name, D(c[1])));
            }
            // Mass fractions as given (several SIREN materials sum to 1 only within rounding): renormalised.
            double sum = fractions.Sum(x => x.Item2);
            result[name] = Material.FromMassFractions(name, 1.0, fractions.Select(x => (x.Item1, x.Item2 / sum)));
        }
        return result;
    }

    private static string[] Fields(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) line = line[..hash];
        return line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private readonly record struct Box(double X, double Y, double Z, double Dx, double Dy, double Dz, string Label, string Material, double Density);
}
