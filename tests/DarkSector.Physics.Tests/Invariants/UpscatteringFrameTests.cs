using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Physics.Tests.Invariants;

/// <summary>
/// Lorentz invariance of every upscattering cross section ν + T → N + T: an explicit event is built in the target rest
/// frame at a random (E, Q²) inside <see cref="UpscatteringKinematics.Q2Range"/>, boosted to a random frame, and the
/// invariants E = k·P/M and Q² = −(k − k')² recomputed there give the same dσ/dQ². The event's lab construction
/// (E' = E − Q²/2M, cos θ = (2EE' − m² − Q²)/(2E|p'|)) is independent of the PDG CM formula inside Q2Range: |cos θ| ≤ 1
/// inside the range, and N is collinear with the beam at both edges (CM angle 0 and π): cos θ = +1 at Q²_min, |cos θ| = 1 at
/// Q²_max (−1 only if N's CM speed exceeds the CM velocity; a heavy N near threshold stays forward).
/// </summary>
public class UpscatteringFrameTests
{
    private static readonly Nucleus Carbon = Nuclei.Get("C12");
    private static readonly Nucleus Argon = Nuclei.Get("Ar40");

    /// <summary>Every cross-section family of the library at HNL mass m (coherent C12 and Ar40, proton, neutron).</summary>
    private static IUpscatteringCrossSection[] CrossSections(double m)
    {
        var darkPhoton = DarkPhotonModel.SingleHnl(m, 1.25, 0.01, 0.3, 1e-6, 1.0);
        var dipole = new DipoleParameters { MassGeV = m, DMuonGeVm1 = 1e-6 };
        return
        [
            DarkPhotonUpscattering.Coherent(darkPhoton, Carbon),
            DarkPhotonUpscattering.Coherent(darkPhoton, Argon, helicity: UpscatteringHelicity.Flipping),
            DarkPhotonUpscattering.ProtonElastic(darkPhoton, helicity: UpscatteringHelicity.Conserving),
            DarkPhotonUpscattering.NeutronElastic(darkPhoton),
            DipoleUpscattering.Coherent(dipole, LeptonFlavour.Muon, Carbon),
            DipoleUpscattering.NucleonElastic(dipole, LeptonFlavour.Muon, Nucleon.Proton, UpscatteringHelicity.Flipping),
            DipoleUpscattering.NucleonElastic(dipole, LeptonFlavour.Muon, Nucleon.Neutron),
        ];
    }

    private static readonly Gen<(int Family, double Mass, double EnergyAboveThreshold, double Fraction)> Points =
        from family in Gen.Choose(0, 6)
        from mass in PhysicalArbitraries.LogUniform(0.005, 0.5)
        from above in PhysicalArbitraries.LogUniform(0.05, 10)
        from x in PhysicalArbitraries.Uniform(0.02, 0.98)
        select (family, mass, above, x);

    /// <summary>The event ν(k) + T(P) → N(k') + T(P') in the target rest frame, ν along z, N in the x–z plane.</summary>
    private static (FourMomentum K, FourMomentum P, FourMomentum KPrime, double CosTheta) Event(UpscatteringKinematics kin, double e, double q2)
    {
        double bigM = kin.TargetMassGeV, m = kin.ProducedMassGeV;
        double ePrime = e - q2 / (2 * bigM), pPrime = Math.Sqrt(ePrime * ePrime - m * m);
        double cos = (2 * e * ePrime - m * m - q2) / (2 * e * pPrime);
        double sin = Math.Sqrt(Math.Max(0, 1 - cos * cos));
        return (new FourMomentum(e, 0, 0, e), FourMomentum.AtRest(bigM), new FourMomentum(ePrime, pPrime * sin, 0, pPrime * cos), cos);
    }

    [Property] // dσ/dQ² from the invariants recomputed in a boosted frame (|β| ≤ 0.99) equals the rest-frame value; 1e-6
               // relative (the invariants carry rounding ~1e-16·E_boosted²/Q² ≤ 1e-9; 1e-6 covers the steepest form-factor slope)
    public Property CrossSections_AreLorentzInvariant(Velocity boost) =>
        Prop.ForAll(Arb.From(Points), p =>
        {
            var sigma = CrossSections(p.Mass)[p.Family];
            var kin = sigma.Kinematics;
            double e = kin.ThresholdEnergyGeV * (1 + p.EnergyAboveThreshold);
            var (lo, hi) = kin.Q2Range(e);
            double q2 = lo + (hi - lo) * p.Fraction;
            var (k, target, kPrime, _) = Event(kin, e, q2);
            var (kb, pb, kpb) = (k.Boost(boost.Beta), target.Boost(boost.Beta), kPrime.Boost(boost.Beta));
            double eInvariant = kb.Dot(pb) / kin.TargetMassGeV;
            var qb = kb - kpb;
            double q2Invariant = -qb.MassSquared;
            double reference = sigma.DifferentialCm2PerGeV2(e, q2), boosted = sigma.DifferentialCm2PerGeV2(eInvariant, q2Invariant);
            return (reference > 0 && Math.Abs(boosted / reference - 1) <= 1e-6)
                .Label($"{sigma.Process} m={p.Mass} E={e} Q2={q2}: {reference} vs {boosted}");
        });

    [Property] // the PDG CM range agrees with explicit lab kinematics: cos θ = +1 at Q²_min, |cos θ| = 1 at Q²_max (1e-7), |cos θ| < 1 inside,
               // and the recoiling target is on shell (1e-9 relative to M²)
    public Property Q2Range_AgreesWithLabKinematics() =>
        Prop.ForAll(Arb.From(Points), p =>
        {
            var kin = CrossSections(p.Mass)[p.Family].Kinematics;
            double e = kin.ThresholdEnergyGeV * (1 + p.EnergyAboveThreshold);
            var (lo, hi) = kin.Q2Range(e);
            var (k, target, kPrime, inside) = Event(kin, e, lo + (hi - lo) * p.Fraction);
            var recoil = k + target - kPrime;
            double bigM2 = kin.TargetMassGeV * kin.TargetMassGeV;
            return (Math.Abs(Event(kin, e, lo).CosTheta - 1) <= 1e-7 && Math.Abs(Math.Abs(Event(kin, e, hi).CosTheta) - 1) <= 1e-7
                    && Math.Abs(inside) < 1 && Math.Abs(recoil.MassSquared - bigM2) <= 1e-9 * bigM2)
                .Label($"m={p.Mass} M={kin.TargetMassGeV} E={e}: cos(min)={Event(kin, e, lo).CosTheta} cos(max)={Event(kin, e, hi).CosTheta}");
        });
}
