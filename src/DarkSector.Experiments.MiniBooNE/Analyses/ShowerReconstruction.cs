using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>How MiniBooNE sees the signal: one electron-like Cherenkov shower, its smearing, and the CCQE energy.</summary>
/// <remarks>
/// <para>Single shower (experiments.md; Kamp et al. 2023): a single photon is always one shower. An e⁺e⁻ pair is one
/// shower when the two rings overlap, opening angle &lt; <see cref="OverlapAngleDeg"/> = 13°, or when it is asymmetric,
/// the softer lepton's kinetic energy &lt; <see cref="AsymmetryThresholdGeV"/> = 30 MeV while the harder one's is above
/// (the "overlapping or asymmetric" criterion of the seeds, fastbnb's signal_events with threshold 0.03 GeV and
/// angle_max 13°); otherwise it is two showers (π⁰-like) and rejected. The shower four-momentum is the sum of the pair.</para>
/// <para>Smearing (an assumption at the resolution figures; the paper's power-law and quadratic fits are not
/// reproduced): kinetic energy T → T(1 + 0.10 ξ₁) (truncated at 0), direction tilted by independent Gaussian deflections
/// 3° ξ₂, 3° ξ₃ along two axes perpendicular to it (small-angle approximation), ξ standard normals. The shower is then
/// an electron of that kinetic energy and direction.</para>
/// <para>E_QE (experiments.md, the CCQE hypothesis with the shower as the electron, no binding energy):
/// E_QE = (m_n E − m_e²/2) / (m_n − E + p cos θ), E and p the shower's energy and momentum, θ its angle to the beam (+z).</para>
/// </remarks>
internal static class ShowerReconstruction
{
    /// <summary>Largest opening angle of an overlapping pair, degrees.</summary>
    public const double OverlapAngleDeg = 13.0;

    /// <summary>Kinetic energy below which the softer lepton of an asymmetric pair is not seen as its own ring, GeV.</summary>
    public const double AsymmetryThresholdGeV = 0.030;

    /// <summary>Fractional kinetic-energy resolution.</summary>
    public const double FractionalEnergyResolution = 0.10;

    /// <summary>Angular resolution per transverse axis, rad (3°).</summary>
    public const double AngularResolutionRad = 3.0 * Math.PI / 180.0;

    /// <summary>Whether an e⁺e⁻ pair (kinetic energies from the four-momenta, electron mass) makes one shower.</summary>
    public static bool IsSingleShower(FourMomentum a, FourMomentum b)
    {
        double me = PhysicalConstants.ElectronMassGeV;
        double ta = a.E - me, tb = b.E - me;
        double soft = Math.Min(ta, tb), hard = Math.Max(ta, tb);
        if (soft < AsymmetryThresholdGeV && hard >= AsymmetryThresholdGeV) return true;
        double pa = a.P, pb = b.P;
        if (!(pa > 0 && pb > 0)) return true;   // a lepton at rest leaves no ring
        double cos = (a.Px * b.Px + a.Py * b.Py + a.Pz * b.Pz) / (pa * pb);
        return cos > Math.Cos(OverlapAngleDeg * Math.PI / 180.0);
    }

    /// <summary>The smeared shower (an electron) of true four-momentum <paramref name="shower"/>, given three standard normal deviates.</summary>
    public static FourMomentum Smear(FourMomentum shower, double xi1, double xi2, double xi3)
    {
        double me = PhysicalConstants.ElectronMassGeV;
        double magnitude = shower.P;
        var u = magnitude > 0 ? shower.P3 / magnitude : ThreeVector.UnitZ;
        var helper = Math.Abs(u.Z) < 0.9 ? ThreeVector.UnitZ : new ThreeVector(1, 0, 0);
        var a = u.Cross(helper).Unit();
        var b = u.Cross(a);
        var direction = (u + AngularResolutionRad * xi2 * a + AngularResolutionRad * xi3 * b).Unit();
        double kinetic = Math.Max(0, Math.Max(0, shower.E - shower.Mass) * (1 + FractionalEnergyResolution * xi1));
        double p = Math.Sqrt(kinetic * (kinetic + 2 * me));
        return FourMomentum.FromMassAndMomentum(me, p * direction);
    }

    /// <summary>Kinetic energy of a shower treated as an electron, GeV.</summary>
    public static double KineticEnergyGeV(FourMomentum shower) => Math.Max(0, shower.E - PhysicalConstants.ElectronMassGeV);

    /// <summary>Reconstructed neutrino energy under the CCQE hypothesis, GeV (NaN when the denominator is not positive).</summary>
    /// <param name="energyGeV">Total energy of the electron-like shower, GeV; ≥ m_e.</param>
    /// <param name="cosTheta">Cosine of its angle to the beam.</param>
    public static double EnergyQeGeV(double energyGeV, double cosTheta)
    {
        double me = PhysicalConstants.ElectronMassGeV, mn = PhysicalConstants.NeutronMassGeV;
        double p = Math.Sqrt(Math.Max(0, energyGeV * energyGeV - me * me));
        double denominator = mn - energyGeV + p * cosTheta;
        return denominator > 0 ? (mn * energyGeV - 0.5 * me * me) / denominator : double.NaN;
    }
}
