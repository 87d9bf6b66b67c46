using DarkSector.Physics.Materials;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>One z-interval of a material column (cm) with its material (density included).</summary>
/// <param name="StartCm">Upstream end, cm.</param>
/// <param name="EndCm">Downstream end, cm.</param>
/// <param name="Label">The object's label in densities.dat.</param>
/// <param name="Material">Its material at the object's density.</param>
public sealed record ColumnSegment(double StartCm, double EndCm, string Label, Material Material);
