using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;

namespace DarkSector.Experiments.T2K.Geometry;

/// <summary>An axis-aligned box of the ND280 description: full sizes in cm, centred at (x, y), starting at
/// <see cref="ZBeginCm"/> along the beam.</summary>
/// <remarks>Frame: z along the beam axis with z = 0 at the upstream face of the P0D (experiments.md, T2K table);
/// x, y transverse, the modules centred on x = y = 0 unless stated.</remarks>
internal sealed record ND280Box(double SizeXCm, double SizeYCm, double SizeZCm, double ZBeginCm, double CentreXCm = 0, double CentreYCm = 0)
{
    /// <summary>Volume, cm³.</summary>
    public double VolumeCm3 => SizeXCm * SizeYCm * SizeZCm;

    /// <summary>Downstream end along z, cm.</summary>
    public double ZEndCm => ZBeginCm + SizeZCm;

    /// <summary>Centre of the box, cm.</summary>
    public ThreeVector CentreCm => new(CentreXCm, CentreYCm, ZBeginCm + SizeZCm / 2);

    /// <summary>Whether <paramref name="pointCm"/> lies inside the box or within <paramref name="toleranceCm"/> of it.</summary>
    public bool Contains(ThreeVector pointCm, double toleranceCm = 1e-6) =>
        Math.Abs(pointCm.X - CentreXCm) <= SizeXCm / 2 + toleranceCm
        && Math.Abs(pointCm.Y - CentreYCm) <= SizeYCm / 2 + toleranceCm
        && pointCm.Z >= ZBeginCm - toleranceCm && pointCm.Z <= ZEndCm + toleranceCm;

    /// <summary>The box as a placed solid of the core's geometry.</summary>
    public Solid ToSolid() => new Box(SizeXCm, SizeYCm, SizeZCm).Translate(CentreCm);
}
