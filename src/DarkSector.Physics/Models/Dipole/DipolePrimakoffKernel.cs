using System.Diagnostics;
using DarkSector.Physics.CrossSections;

namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// The Primakoff (photon-exchange) upscattering ν(k₁) + T(P₁) → N(k₂) + T(P₂) through the dipole operator: dσ/dQ²
/// per unit |d|² for a target with elastic electromagnetic form factors, by helicity of N. Trusted kernel: inputs are
/// assumed valid (Debug.Assert only); allocation-free.
/// </summary>
/// <remarks>
/// <para>Amplitude M = (2d·e/q²) ū_N σ^μν q_ν P_L u_ν · J_μ (q = k₁ − k₂, Q² = −q²). Leptonic tensor for an N spin
/// state: the chiral projection gives P_R ρ_N P_L = ñ̸ P_L/2 with ñ = k₂ + h m S (S the helicity-(+) spin vector in
/// the target rest frame, h = ±1), so for p = ñ/2 (or p = k₂ summed over h), dropping terms ∝ q^μ, q^ν (the hadron
/// tensor is conserved) and the antisymmetric γ5 part (the hadron tensor is symmetric), derived here:
/// L'^μν = 8d² { G g^μν + Q² (p^μ k₁^ν + p^ν k₁^μ) },  G = −2(q·k₁)(p·q) − Q²(k₁·p).</para>
/// <para>Hadron tensor (spin-averaged, the shared <see cref="ElasticHadronicTensor"/>): H^μν/e² = A (q²g^μν − q^μq^ν)
/// + B P^μP^ν, P = P₁ + P₂ (A = 0, B = Z²F² for a spin-0 nucleus; A = (F₁ + F₂)², B = F₁² + τF₂² for a nucleon).
/// With the invariants of L'/8d²: L_g = 4G + 2Q²(k₁·p), L_qq = −GQ² + 2Q²(p·q)(k₁·q), L_PP = G P² + 2Q²(p·P)(k₁·P),
/// dσ/dQ² = |M|²/(64π M²E²) = α d² (H·L/8d²e²)/(2 M²E²Q⁴).</para>
/// <para>Invariants (target at rest, E₂ = E − Q²/2M, |k₂| = √(E₂² − m²)): k₁·q = −(m² + Q²)/2, k₂·q = (Q² − m²)/2,
/// k₁·k₂ = (m² + Q²)/2, k₁·P = k₂·P = 2ME − (m² + Q²)/2, P² = 4M² + Q², and for u = P₁/M: u·q = Q²/2M,
/// u·k₁ = E, u·P = 2M + Q²/2M. Helicity: ñ_h·X = (1 + hE₂/|k₂|)(k₂·X) − h(m²/|k₂|)(u·X); the conserving (h = −1)
/// coefficient is evaluated as −m²/(|k₂|(E₂ + |k₂|)) to avoid cancellation, and ñ₊ = 2k₂ − ñ₋.</para>
/// <para>Checks (tests): the spin-½ point-target case reproduces Jodłowski and Trojanowski, arXiv:2011.04751
/// eq. A.10, and its m_N → 0 limit the Vogel–Engel magnetic-moment cross section with μ_ν = 2d; antineutrinos give
/// the same cross section with the N helicity reversed (the γ5 part drops against the symmetric hadron tensor).</para>
/// </remarks>
internal static class DipolePrimakoffKernel
{
    /// <summary>dσ/dQ² / |d|² in GeV⁻⁴ (multiply by d² in GeV⁻² and (ħc)² for cm²/GeV²); 0 if Q² ≤ 0.</summary>
    /// <param name="energy">E_ν in GeV (target rest frame), above threshold.</param>
    /// <param name="q2">Q² in GeV², inside the physical range at <paramref name="energy"/>.</param>
    /// <param name="hnlMass">m_N in GeV.</param>
    /// <param name="targetMass">M in GeV.</param>
    /// <param name="hadrons">The hadronic tensor at <paramref name="q2"/> (charge e factored out).</param>
    /// <param name="part">Which N helicity.</param>
    public static double DifferentialPerD2(double energy, double q2, double hnlMass, double targetMass, ElasticHadronicTensor hadrons, UpscatteringHelicity part)
    {
        Debug.Assert(energy > 0 && hnlMass >= 0 && targetMass > 0);
        if (!(q2 > 0)) return 0.0;
        double m2 = hnlMass * hnlMass, bigM = targetMass;
        double k1q = -0.5 * (m2 + q2);
        double k1P = 2 * bigM * energy - 0.5 * (m2 + q2);
        double p2 = 4 * bigM * bigM + q2;

        // p·X for the unpolarised p = k₂ (both helicities summed).
        double pq = 0.5 * (q2 - m2), pk1 = 0.5 * (m2 + q2), pP = k1P;
        if (part != UpscatteringHelicity.Both && hnlMass > 0)
        {
            double e2 = energy - q2 / (2 * bigM);
            double k2 = Math.Sqrt(Math.Max(e2 * e2 - m2, 0.0));
            if (!(k2 > 0)) return part == UpscatteringHelicity.Conserving ? 0.0 : DifferentialPerD2(energy, q2, hnlMass, targetMass, hadrons, UpscatteringHelicity.Both);
            // ñ₋·X = a (k₂·X) + b (u·X); p = ñ/2.
            double a = -m2 / (k2 * (e2 + k2)), b = m2 / k2;
            double uq = q2 / (2 * bigM), uk1 = energy, uP = 2 * bigM + q2 / (2 * bigM);
            double cq = 0.5 * (a * pq + b * uq), ck1 = 0.5 * (a * pk1 + b * uk1), cPp = 0.5 * (a * pP + b * uP);
            if (part == UpscatteringHelicity.Conserving) { pq = cq; pk1 = ck1; pP = cPp; }
            else { pq -= cq; pk1 -= ck1; pP -= cPp; }
        }
        else if (part == UpscatteringHelicity.Conserving)
            return 0.0;   // massless N: chirality = helicity, the dipole always flips

        double g = -2 * k1q * pq - q2 * pk1;
        double lg = 4 * g + 2 * q2 * pk1;
        double lqq = -g * q2 + 2 * q2 * pq * k1q;
        double lpp = g * p2 + 2 * q2 * pP * k1P;
        double contraction = hadrons.Contract(lg, lqq, lpp, q2);
        return PhysicalConstants.Alpha * contraction / (2 * bigM * bigM * energy * energy * q2 * q2);
    }
}
