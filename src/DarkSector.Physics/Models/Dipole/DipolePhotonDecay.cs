using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// The two-body radiative decay N → ν γ (or N_5 → N_4 γ) of the dipole portal: photon angular distribution in the
/// N rest frame for a polarised N, and its sampling from uniform numbers.
/// </summary>
/// <remarks>
/// <para>With the effective vector ñ = p + κ·m·P·S (S the spin four-vector, P the degree of polarisation along it,
/// κ from <see cref="DecayingHnl"/>), the spin-dependent rate is ∝ (q·ñ)(k·q) (from Tr[k̸ σq ñ̸ P_L σq]/2 for the
/// chiral vertex P_R), i.e. in the N rest frame
/// (1/Γ) dΓ/dcosθ_γ = (1 − κ P cosθ_γ)/2, θ_γ the photon angle to the spin axis.</para>
/// <para>So the photon from a Dirac N is emitted against the spin (the left-handed ν along it), the photon from N̄
/// along it, and a Majorana N decays isotropically (physics.md §2.2). This follows from angular momentum alone: the
/// massless ν_L has helicity −1/2, so the photon must have helicity −1 and the final state has J_z = −1/2 along the
/// photon direction. The same holds for a massive N_4 in N_5 → N_4 γ (the m_4 term of the trace vanishes).</para>
/// <para>For an HNL produced in a definite helicity h = ±1 the spin axis is the HNL's flight direction and P = h.
/// Thread-safe (pure functions); nothing allocates.</para>
/// </remarks>
public static class DipolePhotonDecay
{
    /// <summary>(1/Γ) dΓ/dcosθ_γ = (1 − κ P cosθ)/2 in the N rest frame.</summary>
    /// <param name="cosTheta">cos of the photon angle to the spin axis; in [−1, 1].</param>
    /// <param name="polarization">P in [−1, 1] (±1: pure helicity state when the axis is the flight direction).</param>
    /// <param name="state">Which state decays (sets κ).</param>
    /// <exception cref="ArgumentOutOfRangeException">cosθ or P outside [−1, 1].</exception>
    public static double AngularDensity(double cosTheta, double polarization, DecayingHnl state)
    {
        Check.InRange(cosTheta, -1, 1);
        Check.InRange(polarization, -1, 1);
        return 0.5 * (1 + Asymmetry(polarization, state) * cosTheta);
    }

    /// <summary>
    /// cosθ_γ (to the spin axis) distributed as <see cref="AngularDensity"/>, by inversion of its cumulative
    /// distribution: u = (1 + c)/2 + a(c² − 1)/4 with a = −κP, solved as c = −C/(1 + √(1 − aC)), C = 2 − a − 4u.
    /// </summary>
    /// <param name="u">Uniform in [0, 1].</param>
    /// <param name="polarization">P in [−1, 1].</param>
    /// <param name="state">Which state decays.</param>
    public static double SampleCosTheta(double u, double polarization, DecayingHnl state)
    {
        Check.InRange(u, 0, 1);
        Check.InRange(polarization, -1, 1);
        return SampleCosThetaUnchecked(u, Asymmetry(polarization, state));
    }

    /// <summary>
    /// Decays <paramref name="parent"/> (lab four-momentum, mass m_N) into γ and a daughter of mass
    /// <paramref name="daughterMassGeV"/> (0 for ν), with the photon direction drawn from the polarised distribution;
    /// returns both lab four-momenta.
    /// </summary>
    /// <param name="parent">Lab four-momentum of the decaying HNL (time-like).</param>
    /// <param name="daughterMassGeV">0 for N → ν γ, m_4 for N_5 → N_4 γ; below the parent mass.</param>
    /// <param name="spinAxisRest">Unit spin quantisation axis in the parent rest frame (reached from the lab by a pure boost);
    /// for a helicity state this is the parent's lab flight direction.</param>
    /// <param name="polarization">P in [−1, 1] along the axis.</param>
    /// <param name="state">Which state decays.</param>
    /// <param name="u1">Uniform in [0, 1]: the polar angle to the axis.</param>
    /// <param name="u2">Uniform in [0, 1): the azimuth about the axis.</param>
    /// <exception cref="ArgumentOutOfRangeException">P, u1 or u2 out of range, or the daughter mass is not below the parent mass.</exception>
    public static (FourMomentum Photon, FourMomentum Daughter) Decay(
        FourMomentum parent, double daughterMassGeV, ThreeVector spinAxisRest, double polarization, DecayingHnl state, double u1, double u2)
    {
        Check.InRange(polarization, -1, 1);
        Check.InRange(u1, 0, 1);
        Check.InRange(u2, 0, 1);
        Check.NonNegative(daughterMassGeV);
        double cosTheta = SampleCosThetaUnchecked(u1, Asymmetry(polarization, state));
        var direction = Directions.RotateZTo(Directions.FromAngles(cosTheta, 2 * Math.PI * u2), spinAxisRest);
        return TwoBodyDecay.Decay(parent, 0.0, daughterMassGeV, direction);
    }

    /// <summary>The coefficient a of cosθ_γ in (1 + a cosθ_γ)/2: a = −κP.</summary>
    internal static double Asymmetry(double polarization, DecayingHnl state) => -(int)state * polarization;

    internal static double SampleCosThetaUnchecked(double u, double a)
    {
        double c = 2 - a - 4 * u;
        double root = Math.Sqrt(Math.Max(0.0, 1 - a * c));
        return Math.Clamp(-c / (1 + root), -1.0, 1.0);
    }
}
