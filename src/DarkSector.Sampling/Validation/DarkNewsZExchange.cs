using DarkSector.Physics;
using DarkSector.Physics.Targets;

namespace DarkSector.Sampling.Validation;

/// <summary>
/// The size of the Standard-Model Z exchange that DarkNews' three-portal model adds to dark-photon upscattering
/// ν_μ T → N T, relative to the Z' amplitude: the one production channel in which that model and DarkSector's
/// dark-photon family differ. It bounds how far the two cross sections can differ when the phase of the interference is
/// not computed.
/// </summary>
/// <remarks>
/// <para>In DarkNews' three-portal model (Abdullahi, Hostert, Massaro, Pascoli, arXiv:2207.04137) the active
/// mixing U_μ4 that fixes the Z' vertex (V_μ4 = −U_μ4 for U_D4 = 1) also couples ν_μ N to the Z with (g/2c_W) U_μ4.
/// DarkSector's family produces N through the Z' only (its |U_αN|² enter the SM decay channels). At Q² → 0 the ratio of
/// the amplitudes, with |U_μ4| = |V_μ4|, is r = (g/2c_W)² c_T / m_Z² ÷ (e ε g_D q_T / m_Z'²): for a spin-0 nucleus
/// c_T = |Q_W|/2 (weak charge Q_W = Z(1 − 4 s_W²) − N) and q_T = Z; for a proton c_T = √((1/2 − 2 s_W²)² + (g_A/2)²)
/// (vector and axial couplings, g_A = 1.26 as DarkNews' F3) and q_T = 1. DarkNews' electroweak inputs: e = g s_W
/// (<see cref="PhysicalConstants.DarkNewsElementaryCharge"/>), s_W² = <see cref="PhysicalConstants.DarkNewsSinThetaW2"/>.</para>
/// <para>r scales as m_Z'²/(ε g_D): negligible for a light Z' (m_Z' = 30 MeV, ε g_D ≥ 3e-4: r ≲ 1e-4) and for the T2K
/// benchmarks (ε g_D ≈ 0.05), several per cent for a 1.25 GeV Z' with ε g_D ≲ 1e-3.</para>
/// </remarks>
public static class DarkNewsZExchange
{
    /// <summary>DarkNews' axial nucleon coupling g_A (its F3 form factor at Q² = 0).</summary>
    public const double AxialCoupling = 1.26;

    /// <summary>|A_Z / A_Z'| at Q² → 0 for coherent scattering on <paramref name="nucleus"/>.</summary>
    /// <param name="nucleus">A nucleus (A &gt; 1).</param>
    /// <param name="epsilon">Kinetic mixing ε.</param>
    /// <param name="gaugeCoupling">Dark gauge coupling g_D.</param>
    /// <param name="zPrimeMassGeV">m_Z', GeV.</param>
    public static double CoherentRatio(Nucleus nucleus, double epsilon, double gaugeCoupling, double zPrimeMassGeV)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        double weakCharge = nucleus.Z * (1 - 4 * PhysicalConstants.DarkNewsSinThetaW2) - nucleus.N;
        return Ratio(Math.Abs(weakCharge) / 2, nucleus.Z, epsilon, gaugeCoupling, zPrimeMassGeV);
    }

    /// <summary>|A_Z / A_Z'| at Q² → 0 for elastic scattering on a proton (vector and axial Z couplings in quadrature).</summary>
    /// <param name="epsilon">Kinetic mixing ε.</param>
    /// <param name="gaugeCoupling">Dark gauge coupling g_D.</param>
    /// <param name="zPrimeMassGeV">m_Z', GeV.</param>
    public static double ProtonRatio(double epsilon, double gaugeCoupling, double zPrimeMassGeV)
    {
        double vector = 0.5 - 2 * PhysicalConstants.DarkNewsSinThetaW2, axial = AxialCoupling / 2;
        return Ratio(Math.Sqrt(vector * vector + axial * axial), 1, epsilon, gaugeCoupling, zPrimeMassGeV);
    }

    /// <summary>The range of σ(Z' only) / σ(Z' + Z) for an amplitude ratio up to <paramref name="ratio"/> and any phase:
    /// [1/(1 + r)², 1/(1 − r)²].</summary>
    /// <param name="ratio">r in [0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">r outside [0, 1).</exception>
    public static (double Low, double High) ZPrimeOnlyOverFull(double ratio)
    {
        if (!(ratio >= 0 && ratio < 1)) throw new ArgumentOutOfRangeException(nameof(ratio), ratio, $"ratio = {ratio} must be in [0, 1)");
        return (1 / ((1 + ratio) * (1 + ratio)), 1 / ((1 - ratio) * (1 - ratio)));
    }

    private static double Ratio(double zCoupling, double charge, double epsilon, double gaugeCoupling, double zPrimeMassGeV)
    {
        double e = PhysicalConstants.DarkNewsElementaryCharge, s2 = PhysicalConstants.DarkNewsSinThetaW2;
        double weak2 = e * e / (4 * s2 * (1 - s2));   // (g / 2 c_W)², g = e / s_W
        double mz2 = PhysicalConstants.ZMassGeV * PhysicalConstants.ZMassGeV;
        return weak2 * zCoupling / mz2 / (e * epsilon * gaugeCoupling * charge / (zPrimeMassGeV * zPrimeMassGeV));
    }
}
