using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Physics.Tests.Kinematics;

/// <summary>
/// The public kinematic accessors that coverage found untested (tools/coverage.sh), against their closed forms on random
/// on-shell momenta (1e-12 relative to the energy scale): γ = E/m, βγ = |p|/m, p_T, −p, s·p, |v|sinθ, cos θ, the angle
/// between two vectors, the rest frame's velocity p/E, and the recoil T = Q²/2M.
/// </summary>
public class KinematicAccessorTests
{
    [Property]
    public Property Accessors_MatchTheirClosedForms(FourMomentum p, FourMomentum k, Energy scale)
    {
        double s = scale.GeV, tol = 1e-12 * Math.Max(1, p.E * s);
        bool massive = p.Mass > 1e-3;
        return ((!massive || (Math.Abs(p.Gamma - p.E / p.Mass) <= 1e-12 * p.Gamma && Math.Abs(p.BetaGamma - p.P / p.Mass) <= 1e-12 * Math.Max(1, p.BetaGamma)))
                && Math.Abs(p.Pt - Math.Sqrt(p.Px * p.Px + p.Py * p.Py)) <= tol
                && -p == new FourMomentum(-p.E, -p.Px, -p.Py, -p.Pz)
                && Math.Abs((s * p).E - s * p.E) <= tol && Math.Abs((s * p).Pz - s * p.Pz) <= tol
                && Math.Abs(p.P3.Perp - p.Pt) <= tol
                && (p.P == 0 || Math.Abs(p.P3.CosTheta - p.Pz / p.P) <= 1e-12)
                && (p.P == 0 || k.P == 0 || Math.Abs(p.P3.CosAngleTo(k.P3) - p.P3.Dot(k.P3) / (p.P * k.P)) <= 1e-12)
                && (p.P3 * s - s * p.P3).Norm <= tol
                && (!massive || (RestFrame.Of(p).Velocity - p.P3 / p.E).Norm <= 1e-12))
            .Label($"p = {p}, k = {k}, s = {s}");
    }

    [Property] // T = Q²/(2M) for random targets; Nuclei.Get(Z, A) is the nucleus of that name
    public Property RecoilAndNucleusLookup(Energy q)
    {
        var carbon = Nuclei.Get(6, 12);
        var kin = new UpscatteringKinematics(carbon.MassGeV, 0.1);
        double q2 = q.GeV * q.GeV;
        return (carbon == Nuclei.Get("C12") && Nuclei.Get(18, 40) == Nuclei.Get("Ar40")
                && Math.Abs(kin.RecoilKineticEnergyGeV(q2) - q2 / (2 * carbon.MassGeV)) <= 1e-15 * q2).ToProperty();
    }
}
