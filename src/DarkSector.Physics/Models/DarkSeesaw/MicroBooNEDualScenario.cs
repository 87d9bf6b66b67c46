using System.Numerics;

namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// MicroBooNE's "dual dark-neutrino" scenario as a named special case of the dark seesaw: two HNLs ν_4, ν_5 with
/// m_5 = m_4 (1 + Δ), upscattering ν_μ → ν_5 and the decay ν_5 → ν_4 e⁺e⁻ through the Z' (physics.md §2.3).
/// </summary>
/// <remarks>
/// <para>The scenario is given by mixings, not by a mass matrix: one active flavour (μ), U_μ4 = |U_μ4|, U_μ5 = |U_μ5|,
/// U_μ1 = √(1 − |U_μ4|² − |U_μ5|²); Z' vertices |V_μ4| = |U_μ4|, |V_μ5| = |U_μ5| (physics.md §2.3: "|V_mu4(5)| =
/// |U_mu4(5)|") and |V_45| = <see cref="V45"/>, which defaults to 1 as in DarkNews, whose dark admixtures U_D4 = U_D5 = 1
/// by default so that V_45 ∝ U_D4* U_D5 = 1. Diagonal V_ii are not part of the scenario and are set to 0. Default
/// g_D = 2 is the MicroBooNE benchmark.</para>
/// <para>Immutable record; every property validates in its init accessor (so <c>with</c> validates too).</para>
/// </remarks>
public sealed record MicroBooNEDualScenario
{
    /// <summary>Mass of ν_4 in GeV; &gt; 0.</summary>
    public required double M4GeV { get; init => field = Check.Positive(value, nameof(M4GeV)); }

    /// <summary>Δ = (m_5 − m_4)/m_4; &gt; 0.</summary>
    public required double Delta { get; init => field = Check.Positive(value, nameof(Delta)); }

    /// <summary>Z' mass in GeV; &gt; 0.</summary>
    public required double ZPrimeMassGeV { get; init => field = Check.Positive(value, nameof(ZPrimeMassGeV)); }

    /// <summary>Kinetic mixing ε; in [0, 1].</summary>
    public required double Epsilon { get; init => field = Check.InRange(value, 0, 1, nameof(Epsilon)); }

    /// <summary>Dark coupling g_D; in (0, 4π]. MicroBooNE uses 2.</summary>
    public double GaugeCoupling { get; init => field = Check.InRange(Check.Positive(value, nameof(GaugeCoupling)), 0, 4 * Math.PI, nameof(GaugeCoupling)); } = 2.0;

    /// <summary>|U_μ4|; in [0, 1].</summary>
    public required double Umu4 { get; init => field = Check.InRange(value, 0, 1, nameof(Umu4)); }

    /// <summary>|U_μ5|; in [0, 1], with |U_μ4|² + |U_μ5|² ≤ 1 (checked by <see cref="Spectrum"/>).</summary>
    public required double Umu5 { get; init => field = Check.InRange(value, 0, 1, nameof(Umu5)); }

    /// <summary>|V_45|, the Z' vertex between the two HNLs; in [0, 1]; default 1.</summary>
    public double V45 { get; init => field = Check.InRange(value, 0, 1, nameof(V45)); } = 1.0;

    /// <summary>m_5 = m_4 (1 + Δ) in GeV.</summary>
    public double M5GeV => M4GeV * (1 + Delta);

    /// <summary>α_D = g_D²/(4π).</summary>
    public double AlphaDark => GaugeCoupling * GaugeCoupling / (4 * Math.PI);

    /// <summary>The three-state spectrum (nu1 massless, N4, N5) with the mixings and Z' vertices of the scenario.</summary>
    /// <exception cref="ArgumentException">|U_μ4|² + |U_μ5|² &gt; 1.</exception>
    public DarkSeesawSpectrum Spectrum()
    {
        double heavy = Umu4 * Umu4 + Umu5 * Umu5;
        if (heavy > 1)
            throw new ArgumentException($"|U_mu4|^2 + |U_mu5|^2 = {Check.Format(heavy)} exceeds 1", nameof(Umu5));
        var active = new Complex[1, 3];
        active[0, 0] = Math.Sqrt(1 - heavy);
        active[0, 1] = Umu4;
        active[0, 2] = Umu5;
        var v = new Complex[3, 3];
        v[0, 1] = v[1, 0] = Umu4;
        v[0, 2] = v[2, 0] = Umu5;
        v[1, 2] = v[2, 1] = V45;
        return new DarkSeesawSpectrum([0.0, M4GeV, M5GeV], [LeptonFlavour.Muon], active, v,
            ZPrimeMassGeV, Epsilon, AlphaDark, higgsTimesVev: null, scalarTimesVev: null, diagonalisation: null);
    }
}
