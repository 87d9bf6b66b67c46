using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.Decays;

/// <summary>
/// The three-body |M|² of <see cref="ThreeBodyMatrixElement"/> with general chiral couplings (not only the
/// vector/left-handed/Majorana sets the models use): the polarised four-vector form at Π = 0 and its spin average
/// equal the independent Dalitz-variable form, and |M|² is a scalar under rotations of all momenta together with the
/// spin vector Π.
/// </summary>
public sealed class ThreeBodyMatrixElementCouplingTests
{
    private static Gen<double[]> Uniforms => Uniform(0, 0.999999).ArrayOf(ThreeBodyDecaySampler.UniformCount);

    private static Gen<ChiralCouplings> Couplings =>
        from l in Uniform(-1, 1) from r in Uniform(-1, 1) select new ChiralCouplings(l, r);

    /// <summary>m = 0.3, a massive daughter 0.05 and a 0.02 GeV lepton, so every mass term of |M|² contributes.</summary>
    private static ThreeBodyMatrixElement Element(ChiralCouplings heavy, ChiralCouplings lepton) =>
        new(0.3, 0.05, 0.02, heavy, lepton, 1.0, 1.0);

    private static ThreeVector Rotate(ThreeVector v, ThreeVector axis, double angle)
    {
        // Rodrigues: v cos θ + (a × v) sin θ + a (a·v)(1 − cos θ)
        double c = Math.Cos(angle), s = Math.Sin(angle), d = axis.Dot(v) * (1 - c);
        var cross = axis.Cross(v);
        return new ThreeVector(v.X * c + cross.X * s + axis.X * d, v.Y * c + cross.Y * s + axis.Y * d, v.Z * c + cross.Z * s + axis.Z * d);
    }

    private static FourMomentum Rotate(FourMomentum p, ThreeVector axis, double angle) => new(p.E, Rotate(p.P3, axis, angle));

    [Property] // random (c_L, c_R) and (g_L, g_R) in [−1, 1]²: |M|²(Π = 0) equals the Dalitz form, and ½[|M|²(Π) + |M|²(−Π)]
               // equals |M|²(0); relative 1e-9 of the largest coupling-weighted term (|M|² can cross zero for odd couplings)
    public Property GeneralCouplings_SpinAverageIsTheDalitzForm() =>
        Prop.ForAll(Arb.From(from heavy in Couplings from lepton in Couplings from u in Uniforms from spin in UnitVectors select (heavy, lepton, u, spin)), c =>
        {
            var (heavy, lepton, u, spin) = c;
            var me = Element(heavy, lepton);
            new ThreeBodyDecaySampler(Element(ChiralCouplings.Vector, ChiralCouplings.Vector)).Sample(u, ThreeVector.Zero, out var k1, out var p2, out var p3);
            double scale = 16 * Math.Pow(0.3, 4) * Math.Max(1e-3, heavy.Left * heavy.Left + heavy.Right * heavy.Right) * Math.Max(1e-3, lepton.Left * lepton.Left + lepton.Right * lepton.Right);
            double unpolarized = me.Reduced(k1, p2, p3, ThreeVector.Zero);
            double dalitz = me.ReducedUnpolarized((k1 + p2).MassSquared, (p2 + p3).MassSquared);
            double average = 0.5 * (me.Reduced(k1, p2, p3, spin) + me.Reduced(k1, p2, p3, -spin));
            return (Math.Abs(dalitz - unpolarized) <= 1e-9 * scale).Label($"dalitz {dalitz} vs {unpolarized}")
                .And(Math.Abs(average - unpolarized) <= 1e-9 * scale).Label($"average {average} vs {unpolarized}");
        });

    [Property] // rotating k₁, p₂, p₃ and Π together by any angle about any axis leaves |M|² unchanged (1e-9 relative scale)
    public Property PolarizedMatrixElement_IsRotationInvariant() =>
        Prop.ForAll(Arb.From(from heavy in Couplings from u in Uniforms from spin in UnitVectors from axis in UnitVectors from angle in Uniform(0, 2 * Math.PI)
                             select (heavy, u, spin, axis, angle)), c =>
        {
            var (heavy, u, spin, axis, angle) = c;
            var me = Element(heavy, new ChiralCouplings(-0.27, 0.23));
            new ThreeBodyDecaySampler(Element(ChiralCouplings.Vector, ChiralCouplings.Vector)).Sample(u, ThreeVector.Zero, out var k1, out var p2, out var p3);
            double scale = 16 * Math.Pow(0.3, 4) * Math.Max(1e-3, heavy.Left * heavy.Left + heavy.Right * heavy.Right) * 0.13;
            double before = me.Reduced(k1, p2, p3, spin);
            double after = me.Reduced(Rotate(k1, axis, angle), Rotate(p2, axis, angle), Rotate(p3, axis, angle), Rotate(spin, axis, angle));
            return (Math.Abs(after - before) <= 1e-9 * scale).Label($"{before} -> {after}");
        });
}
