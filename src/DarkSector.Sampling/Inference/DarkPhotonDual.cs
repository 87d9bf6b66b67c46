using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// The dual dark-neutrino scenario of the dark-photon scan family (MicroBooNE 2025; physics.md §2.3): ν_μ upscatters to
/// N_5 through the Z', and N_5 → N_4 e⁺e⁻ is the signal (N_4 escapes); selected by fixing or scanning <c>delta</c>.
/// </summary>
/// <remarks>
/// <para>Parameters: m-n is m_4, delta = Δ = (m_5 − m_4)/m_4 &gt; 0 (m_5 = m_4(1 + Δ)), v-mu-n2 = |V_μ4|² (= |U_μ4|², the
/// vertical axis of the dual plane), v-mu5-n2 = |V_μ5|² (default |V_μ4|²), v-45 = |V_45| (modulus, default 1), plus
/// mzprime, epsilon/epsilon2 and alpha-d as in the single scenario.</para>
/// <para>Which coupling enters where: production ν_μ → N_5 ∝ |V_μ5|² α_D ε² (<see cref="ProductionCouplings"/>, the
/// premise of the exact coupling reweighting); the visible decay N_5 → N_4 Z'(*) → N_4 e⁺e⁻ ∝ |V_45|² α_D times ε² α
/// (off-shell Z') or BR(Z' → e⁺e⁻) (on shell); N_5 → ν e⁺e⁻, ν Z' and the N_4 decays ∝ |V_μ5|², |V_μ4|². With |V_45| = 1
/// and |V_μ5|² ≪ 1 the visible branching ratio is ≈ 1 and c τ₀ of N_5 is set by |V_45| alone; both are recomputed at
/// every point from the decay tables (<see cref="DarkPhotonSignal"/>), never assumed.</para>
/// <para>Convention: the default |V_μ5| = |V_μ4| = |U_μ4| is what DarkNews gives for U_D4 = U_D5 = 1 and only U_μ4 set:
/// its flavour–mass Z' vertex is V_μj = −(Σ_k U_μk U_Dk) U_Dj, so V_μ4 = V_μ5 = −U_μ4 (with U_μ5 = U_μ4 it would be
/// 2 U_μ4 for both, four times the production). Light-state decay vertices |V_N|² are taken equal to |V_μN|² for both
/// HNLs (one active flavour); v-n2 belongs to the single scenario and is rejected here. Dirac HNLs.</para>
/// <para>Scope: only ν_μ → N_5 with the visible N_5 → N_4 e⁺e⁻ is counted, N_4 taken as invisible. ν_μ → N_4 itself
/// (∝ |V_μ4|²) is the single-scenario signal; with a light Z' (m_4 &gt; m_Z') N_4 → ν Z' is prompt and visible, so the
/// total of such a model is the sum with the single scan at the same point (the N_4 from N_5 decays would add a second
/// pair, which the three-topology selection does not model).</para>
/// </remarks>
internal static class DarkPhotonDual
{
    /// <summary>The parameters only the dual scenario uses.</summary>
    public static readonly FamilyParameter[] Parameters =
    [
        new("delta", "Δ = m_5 − m_4", "", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
        new("v-mu5-n2", "|V_μ5|²", "", 0, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
        new("v-45", "|V_45|", "", 0, 1, ParameterKind.Coupling, AxisScale.Logarithmic),
    ];

    /// <summary>The parameter names only the dual scenario uses.</summary>
    public static readonly string[] Names = [.. Parameters.Select(p => p.Name)];

    /// <summary>Whether <paramref name="values"/> select the dual scenario (delta given).</summary>
    public static bool IsDual(IReadOnlyDictionary<string, double> values) => values.ContainsKey("delta");

    /// <summary>Rejects the dual-only parameters in a single-scenario point (they would be ignored silently).</summary>
    /// <exception cref="ArgumentException">v-mu5-n2 or v-45 given without delta.</exception>
    public static void RejectInSingle(IReadOnlyDictionary<string, double> values)
    {
        foreach (string name in Names)
            if (values.ContainsKey(name))
                throw new ArgumentException($"'{name}' belongs to the dual scenario: give delta (= (m5 - m4)/m4) as well");
    }

    /// <summary>|V_μ5|² α_D ε² given the already validated α_D and ε².</summary>
    public static double ProductionCouplings(IReadOnlyDictionary<string, double> values, double vertexMu4Squared, double alphaD, double epsilon2) =>
        (values.TryGetValue("v-mu5-n2", out double v5) ? v5 : vertexMu4Squared) * alphaD * epsilon2;

    /// <summary>The N_5 → N_4 e⁺e⁻ signal.</summary>
    /// <exception cref="ArgumentException">A parameter out of range (named), or v-n2 given.</exception>
    public static ISignalModel Signal(IReadOnlyDictionary<string, double> values, double m4, double zPrimeMass, double epsilon, double alphaD, double vertexMu4Squared, bool isMajorana = false)
    {
        if (values.ContainsKey("v-n2"))
            throw new ArgumentException("v-n2 belongs to the single scenario; with delta the light-state decay vertices are |V_mu4|^2 and |V_mu5|^2");
        double delta = Check.Positive(values["delta"], "delta");
        double v5 = values.TryGetValue("v-mu5-n2", out double x) ? Check.InRange(x, 0, 1, "v-mu5-n2") : vertexMu4Squared;
        double v45 = values.TryGetValue("v-45", out double y) ? Check.InRange(y, 0, 1, "v-45") : 1.0;
        var model = DarkPhotonModel.TwoHnls(m4, m4 * (1 + delta), zPrimeMass, epsilon, alphaD, Math.Sqrt(vertexMu4Squared), Math.Sqrt(v5), v45, isMajorana);
        return new DarkPhotonSignal(model, 1, 0);
    }
}
