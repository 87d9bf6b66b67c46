using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.T2K.Geometry;

/// <summary>Turns an ND280 module list into the core's <see cref="Detector"/>.</summary>
/// <remarks>
/// Volumes by priority (the first that contains a point wins): the fiducial boxes (role Fiducial | Target, named
/// "&lt;module&gt; fiducial"), then the active modules (Target), then the upstream rock (Dirt). Because a fiducial box
/// lies inside its module, the module's target mass is unchanged by the split. Fiducial boxes are added for the TPCs
/// (analysis I, dipole search) and for FGD1 (analysis II); FGD2's fiducial box is used by no analysis and is left
/// out. Each analysis's selection checks which fiducial volume its decay vertex lies in.
/// </remarks>
internal static class ND280DetectorBuilder
{
    /// <summary>Suffix of the fiducial volumes' names.</summary>
    public const string FiducialSuffix = " fiducial";

    /// <summary>Builds the detector; <paramref name="withFiducial"/> selects the modules whose fiducial box is a volume.</summary>
    public static Detector Build(string name, IReadOnlyList<ND280Module> modules, Func<ND280Module, bool> withFiducial, bool withRock)
    {
        var volumes = new List<DetectorVolume>();
        foreach (var module in modules)
            if (module.Fiducial is not null && withFiducial(module))
                volumes.Add(new DetectorVolume(module.Name + FiducialSuffix, module.Fiducial.ToSolid(), module.Material, VolumeRole.Fiducial | VolumeRole.Target));
        foreach (var module in modules)
            volumes.Add(new DetectorVolume(module.Name, module.Active.ToSolid(), module.Material, VolumeRole.Target));
        if (withRock)
        {
            var (box, rock) = ND280Layout.UpstreamRock();
            volumes.Add(new DetectorVolume("upstream rock", box.ToSolid(), rock, VolumeRole.Dirt));
        }
        return new Detector(name, volumes);
    }

    /// <summary>Whether a module is a TPC (its fiducial box is a decay volume of analysis I).</summary>
    public static bool IsTpc(ND280Module module) => module.Name.Contains("TPC", StringComparison.Ordinal);
}
