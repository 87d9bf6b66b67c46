using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.Projections;

/// <summary>
/// A liquid-argon TPC site as box modules on the beam axis: per module an active volume, a fiducial box inside it, an
/// argon margin standing for the cryostat, and one upstream block of soil for long-lived N.
/// </summary>
/// <remarks>
/// <para>Coordinates in cm, z along the beam, y up, x the drift direction; the origin is the centre of the module
/// array's active volume. Materials: <see cref="BoosterSiteMaterials"/> (liquid argon 1.38 g/cm³, soil 2.25 g/cm³).</para>
/// <para>Volumes by priority (the first that contains a point owns it): the fiducial boxes (fiducial + target), the
/// rest of the active volumes (target), the cryostat argon (target only: N made there can decay in the fiducial
/// volume), the soil (dirt). Steel, insulation and TPC structures are neglected (a few % of the argon column).</para>
/// <para>Immutable; validated in the init accessors and by <see cref="Build"/>.</para>
/// </remarks>
public sealed record LArTpcSite
{
    /// <summary>Detector name.</summary>
    public required string Name { get; init; }

    /// <summary>Centres of the modules' active volumes, cm; at least one.</summary>
    public required IReadOnlyList<ThreeVector> ModuleCentresCm { get; init; }

    /// <summary>Active size of one module along x (drift), y (vertical) and z (beam), cm; each &gt; 0.</summary>
    public required (double X, double Y, double Z) ActiveCm { get; init; }

    /// <summary>Fiducial margin inside each module's active volume on the ±x and ±y faces, cm; ≥ 0.</summary>
    public double FiducialSideMarginCm { get; init => field = Check.NonNegative(value, nameof(FiducialSideMarginCm)); }

    /// <summary>Fiducial margin at the upstream (−z) face, cm; ≥ 0.</summary>
    public double FiducialUpstreamMarginCm { get; init => field = Check.NonNegative(value, nameof(FiducialUpstreamMarginCm)); }

    /// <summary>Fiducial margin at the downstream (+z) face, cm; ≥ 0.</summary>
    public double FiducialDownstreamMarginCm { get; init => field = Check.NonNegative(value, nameof(FiducialDownstreamMarginCm)); }

    /// <summary>Thickness of argon around each module's active volume (the cryostat fill), cm; ≥ 0 (0: no cryostat volume).</summary>
    public double CryostatMarginCm { get; init => field = Check.NonNegative(value, nameof(CryostatMarginCm)); }

    /// <summary>Upstream soil: width (x) and height (y), centred on the beam axis, cm; &gt; 0.</summary>
    public required (double Width, double Height) DirtCrossSectionCm { get; init; }

    /// <summary>Length of the soil block along the beam, cm; &gt; 0.</summary>
    public required double DirtLengthCm { get; init => field = Check.Positive(value, nameof(DirtLengthCm)); }

    /// <summary>Gap between the soil's downstream face and the upstream end of the cryostat argon, cm; ≥ 0.</summary>
    public double DirtGapCm { get; init => field = Check.NonNegative(value, nameof(DirtGapCm)); }

    /// <summary>Volume name prefixes (a module index is appended when there are several modules).</summary>
    public const string Fiducial = "fiducial", Active = "active", Cryostat = "cryostat argon", Dirt = "upstream soil";

    /// <summary>The fiducial boxes, placed (cm).</summary>
    public IReadOnlyList<Solid> FiducialSolids() => ModuleCentresCm.Select(c => (Solid)new Box(
        ActiveCm.X - 2 * FiducialSideMarginCm, ActiveCm.Y - 2 * FiducialSideMarginCm,
        ActiveCm.Z - FiducialUpstreamMarginCm - FiducialDownstreamMarginCm)
        .Translate(c + new ThreeVector(0, 0, 0.5 * (FiducialUpstreamMarginCm - FiducialDownstreamMarginCm)))).ToArray();

    /// <summary>Fiducial mass of all modules, kg.</summary>
    public double FiducialMassKg => ModuleCentresCm.Count * BoosterSiteMaterials.ArgonDensityGPerCm3 * 1e-3
        * (ActiveCm.X - 2 * FiducialSideMarginCm) * (ActiveCm.Y - 2 * FiducialSideMarginCm)
        * (ActiveCm.Z - FiducialUpstreamMarginCm - FiducialDownstreamMarginCm);

    /// <summary>Active mass of all modules, kg.</summary>
    public double ActiveMassKg => ModuleCentresCm.Count * BoosterSiteMaterials.ArgonDensityGPerCm3 * 1e-3 * ActiveCm.X * ActiveCm.Y * ActiveCm.Z;

    /// <summary>Builds the detector (volumes by priority, see the remarks).</summary>
    /// <exception cref="ArgumentException">No module, a non-positive size, or margins that leave no fiducial volume.</exception>
    public Detector Build()
    {
        if (ModuleCentresCm.Count == 0) throw new ArgumentException("at least one module is needed", nameof(ModuleCentresCm));
        Check.Positive(ActiveCm.X, "ActiveCm.X");
        Check.Positive(ActiveCm.Y, "ActiveCm.Y");
        Check.Positive(ActiveCm.Z, "ActiveCm.Z");
        Check.Positive(DirtCrossSectionCm.Width, "DirtCrossSectionCm.Width");
        Check.Positive(DirtCrossSectionCm.Height, "DirtCrossSectionCm.Height");
        if (!(FiducialMassKg > 0)) throw new ArgumentException($"{Name}: the fiducial margins leave no fiducial volume");
        var argon = BoosterSiteMaterials.Argon();
        bool several = ModuleCentresCm.Count > 1;
        string Label(string prefix, int i) => several ? $"{prefix} {i + 1}" : prefix;
        var volumes = new List<DetectorVolume>();
        var fiducial = FiducialSolids();
        for (int i = 0; i < fiducial.Count; i++)
            volumes.Add(new DetectorVolume(Label(Fiducial, i), fiducial[i], argon, VolumeRole.Fiducial | VolumeRole.Target));
        for (int i = 0; i < ModuleCentresCm.Count; i++)
            volumes.Add(new DetectorVolume(Label(Active, i), new Box(ActiveCm.X, ActiveCm.Y, ActiveCm.Z).Translate(ModuleCentresCm[i]), argon, VolumeRole.Target));
        double m = CryostatMarginCm;
        if (m > 0)
            for (int i = 0; i < ModuleCentresCm.Count; i++)
                volumes.Add(new DetectorVolume(Label(Cryostat, i),
                    new Box(ActiveCm.X + 2 * m, ActiveCm.Y + 2 * m, ActiveCm.Z + 2 * m).Translate(ModuleCentresCm[i]), argon, VolumeRole.Target));
        double upstreamEnd = ModuleCentresCm.Min(c => c.Z) - 0.5 * ActiveCm.Z - m - DirtGapCm;
        var dirt = new Box(DirtCrossSectionCm.Width, DirtCrossSectionCm.Height, DirtLengthCm)
            .Translate(new ThreeVector(0, 0, upstreamEnd - 0.5 * DirtLengthCm));
        volumes.Add(new DetectorVolume(Dirt, dirt, BoosterSiteMaterials.Soil(), VolumeRole.Dirt));
        return new Detector(Name, volumes);
    }
}
