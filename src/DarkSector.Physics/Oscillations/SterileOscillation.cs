namespace DarkSector.Physics.Oscillations;

/// <summary>
/// Short-baseline oscillation probabilities of the 3+1 sterile-neutrino model in the two-flavour approximation
/// (one mass splitting Δm² = Δm²₄₁ ≫ the solar and atmospheric ones, vacuum propagation).
/// </summary>
/// <remarks>
/// <para>P(ν_μ → ν_e) = sin²2θ_μe · sin²(Δ), Δ = 1.267 · Δm²[eV²] · L[km] / E[GeV] (PDG Review of Particle Physics,
/// "Neutrino mixing", eq. 14.34 for two flavours; the 1.267 of MiniBooNE, PRD 103 (2021) 052002, and of the data
/// release's oscillation weight, data/miniboone-release/PROVENANCE.md). The constant is
/// 10⁻¹⁸ eV²·10³ m /(4 ħc · 10⁹ eV) = 1/(4 · 0.1973269804) = 1.26693…; the rounded 1.267 is used, as in the release.
/// In the 3+1 model sin²2θ_μe = 4|U_e4|²|U_μ4|² (Kopp, Machado, Maltoni, Schwetz, JHEP 05 (2013) 050, eq. 2.4), and
/// the same probability holds for antineutrinos (no CP violation with one sterile state at short baseline).</para>
/// <para>Limits: P → sin²2θ_μe / 2 when Δ varies over many periods within a bin (fast oscillations), and
/// P → sin²2θ_μe · Δ² ∝ (Δm² L/E)² when Δ ≪ 1. Pure functions; thread-safe.</para>
/// </remarks>
public static class SterileOscillation
{
    /// <summary>1.267 in Δ = 1.267 Δm²[eV²] L[km] / E[GeV] (PDG; MiniBooNE's data release), km⁻¹ GeV eV⁻².</summary>
    public const double PhaseConstant = 1.267;

    /// <summary>The oscillation phase Δ = 1.267 Δm² L/E (radians).</summary>
    /// <param name="dm2Ev2">Δm² in eV²; ≥ 0.</param>
    /// <param name="lengthOverEnergyKmPerGeV">L/E in km/GeV; ≥ 0.</param>
    public static double Phase(double dm2Ev2, double lengthOverEnergyKmPerGeV) => PhaseConstant * dm2Ev2 * lengthOverEnergyKmPerGeV;

    /// <summary>The appearance probability P(ν_μ → ν_e) = sin²2θ_μe sin²(1.267 Δm² L/E) (dimensionless).</summary>
    /// <param name="sin22ThetaMuE">Appearance amplitude sin²2θ_μe; in [0, 1].</param>
    /// <param name="dm2Ev2">Δm² in eV²; finite, ≥ 0.</param>
    /// <param name="lengthOverEnergyKmPerGeV">L/E in km/GeV; finite, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument outside its range or not finite.</exception>
    public static double AppearanceProbability(double sin22ThetaMuE, double dm2Ev2, double lengthOverEnergyKmPerGeV)
    {
        Check.InRange(sin22ThetaMuE, 0, 1, nameof(sin22ThetaMuE));
        Check.NonNegative(dm2Ev2, nameof(dm2Ev2));
        Check.NonNegative(lengthOverEnergyKmPerGeV, nameof(lengthOverEnergyKmPerGeV));
        double s = Math.Sin(Phase(dm2Ev2, lengthOverEnergyKmPerGeV));
        return sin22ThetaMuE * s * s;
    }
}
