using DarkSector.Reporting.Tables;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Weights;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Reporting.Reports;

/// <summary>An experiment's detector: volumes in priority order (the first listed owns overlaps) with roles, shapes,
/// materials, densities, volumes, masses and radiation lengths (<c>geometry</c>).</summary>
/// <param name="Experiment">Experiment id.</param>
/// <param name="Detector">Detector name.</param>
/// <param name="Volumes">Every volume.</param>
public sealed record GeometryReport(string Experiment, string Detector, IReadOnlyList<GeometryReport.Volume> Volumes) : ITextReport
{
    /// <summary>One volume.</summary>
    /// <param name="Priority">Position in the priority order (0 first).</param>
    /// <param name="Name">Name.</param>
    /// <param name="Roles">Roles (lower case), or ["none"].</param>
    /// <param name="Solid">Shape description (cm, z along the beam).</param>
    /// <param name="Material">Material name.</param>
    /// <param name="DensityGPerCm3">Density, g/cm³.</param>
    /// <param name="VolumeCm3">Volume, cm³.</param>
    /// <param name="MassKg">Mass, kg.</param>
    /// <param name="RadiationLengthCm">Radiation length, cm.</param>
    /// <param name="Composition">Nuclei by mass fraction.</param>
    public sealed record Volume(int Priority, string Name, IReadOnlyList<string> Roles, string Solid, string Material, double DensityGPerCm3,
        double VolumeCm3, double MassKg, double RadiationLengthCm, IReadOnlyList<Component> Composition);

    /// <summary>One nucleus of a material.</summary>
    /// <param name="Nucleus">Nucleus name.</param>
    /// <param name="MassFraction">Mass fraction.</param>
    public sealed record Component(string Nucleus, double MassFraction);

    /// <summary>The report of <paramref name="detector"/> of experiment <paramref name="experiment"/>.</summary>
    public static GeometryReport Of(string experiment, Detector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        return new(experiment, detector.Name, [.. detector.Volumes.Select((v, i) => new Volume(i, v.Name, Roles(v.Role), v.Solid.ToString() ?? "",
            v.Material.Name, v.Material.DensityGPerCm3, v.Solid.VolumeCm3, v.MassKg, RadiationLength.OfMaterialCm(v.Material),
            [.. v.Material.Components.Select(c => new Component(c.Nucleus.Name, c.MassFraction))]))]);
    }

    private static string[] Roles(VolumeRole role) => role == VolumeRole.None ? ["none"]
        : [.. Enum.GetValues<VolumeRole>().Where(r => r is not VolumeRole.None and not VolumeRole.All && role.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant())];

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        yield return new ReportLine($"{Detector} ({Experiment}): {Volumes.Count} volumes, first listed owns overlaps");
        yield return Table(["#", "volume", "role", "rho [g/cm3]", "V [m3]", "mass [t]", "X0 [cm]"], Volumes.Select(r => new[]
        {
            r.Priority.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Name, string.Join("+", r.Roles),
            F(r.DensityGPerCm3, "G4"), F(r.VolumeCm3 / 1e6, "G4"), F(r.MassKg / 1000, "G4"), F(r.RadiationLengthCm, "G4"),
        }));
        yield return new ReportLine("materials and shapes (cm, z along the beam):");
        foreach (var r in Volumes)
            yield return new ReportLine($"  {r.Priority} {r.Name}: {r.Material} ({string.Join(", ", r.Composition.Select(c => $"{c.Nucleus} {F(c.MassFraction, "0.###")}"))}); {r.Solid}");
    }
}
