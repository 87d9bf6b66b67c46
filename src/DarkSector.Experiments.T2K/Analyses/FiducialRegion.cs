using DarkSector.Experiments.T2K.Geometry;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>The fiducial boxes an analysis accepts decay vertices in (the detector may hold more fiducial volumes for
/// other analyses). Immutable; thread-safe.</summary>
internal sealed class FiducialRegion
{
    private readonly ND280Box[] _boxes;

    /// <summary>Creates the region from boxes.</summary>
    public FiducialRegion(IEnumerable<ND280Box> boxes) => _boxes = boxes.ToArray();

    /// <summary>The region of all fiducial boxes of the modules selected by <paramref name="include"/>.</summary>
    public static FiducialRegion Of(IEnumerable<ND280Module> modules, Func<ND280Module, bool> include) =>
        new(modules.Where(m => m.Fiducial is not null && include(m)).Select(m => m.Fiducial!));

    /// <summary>Number of boxes.</summary>
    public int Count => _boxes.Length;

    /// <summary>Whether the vertex lies in one of the boxes (1e-6 cm tolerance for vertices placed on a face).</summary>
    public bool Contains(ThreeVector vertexCm)
    {
        foreach (var box in _boxes)
            if (box.Contains(vertexCm)) return true;
        return false;
    }
}
