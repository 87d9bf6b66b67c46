using DarkSector.Physics.Materials;

namespace DarkSector.Experiments.MINERvA.Geometry;

/// <summary>One sector of a MINERvA nuclear-target plane: a convex polygon (cm) extruded along z.</summary>
/// <param name="Name">Target name of the experiments.md table (e.g. "1-Fe").</param>
/// <param name="ZCm">Upstream face of the plane, cm from the detector front.</param>
/// <param name="ThicknessCm">Extent along z, cm.</param>
/// <param name="MassKg">Published mass, kg (experiments.md).</param>
/// <param name="Polygon">Sector polygon in the transverse plane, cm.</param>
/// <param name="Material">Material at its nominal density.</param>
internal sealed record MINERvATarget(string Name, double ZCm, double ThicknessCm, double MassKg, IReadOnlyList<(double X, double Y)> Polygon, Material Material);
