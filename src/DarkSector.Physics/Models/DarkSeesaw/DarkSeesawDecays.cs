using DarkSector.Physics.Decays;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// Decays of the dark-seesaw states and of the Z': partial widths, totals, c·τ0 and Z' branching ratios, computed by the
/// dark-photon machinery (<see cref="DarkPhotonDecays"/>) from the spectrum's masses, mixings and Z' vertices.
/// </summary>
/// <remarks>
/// <para>The spectrum is handed over as a Majorana <see cref="DarkPhotonModel"/> (see <see cref="ToDarkPhotonModel"/>), so
/// every HNL channel of physics.md §2.1/§2.3 comes from one implementation: N_j → ν Z' and N_j → N_k Z' where open,
/// N_j → ν ℓℓ and N_j → N_k ℓℓ through the off-shell Z', N_j → ν ℓℓ and ν νν̄ through the SM Z (and W) from |U_αj|².
/// The light states are stable here (their SM decays are irrelevant on detector scales): empty table, c·τ0 = ∞.</para>
/// <para>Z' channels: those of <see cref="DarkPhotonDecays.ZPrime"/> (ℓℓ, ν N_j, N_k N_j with k &lt; j) plus the
/// diagonal Z' → N_j N_j, which the seesaw's V_jj opens: for a Majorana N_j the diagonal term of
/// g_X Z' ν̄ γ^μ (V P_L − V† P_R)/2 ν is −(g_X V_jj/2) N̄_j γ^μ γ5 N_j, a Majorana axial coupling, giving
/// Γ = g_X² |V_jj|² m_Z' β³/(24π), β = (1 − 4m_j²/m_Z'²)^{1/2} (half the Majorana N_k N_j width at equal masses, for
/// identical particles; for m_j → 0 it is the Z → νν̄ analogue g²m/(24π)). The Z–Z' mass-mixing part of the Z' current,
/// ∝ χ m_Z'²/m_Z², and Z' → hadrons are neglected (sub-GeV Z', ε ≪ 1).</para>
/// <para>Pure functions; thread-safe.</para>
/// </remarks>
public static class DarkSeesawDecays
{
    /// <summary>
    /// The dark-photon model point of the heavy states N4, N5, … of <paramref name="spectrum"/> (Majorana):
    /// masses; |V_αN|² = Σ_{i light} |U_αi|² |V_iN|² for α = e, μ, τ (production from ν_α; 0 for a flavour the card
    /// does not list; exact for one active flavour, the single-active-generation approximation of physics.md §2.3
    /// otherwise); |V_N|² = Σ_{i light} |V_iN|² (decay into
    /// light neutrinos); |V_kN|² for every lighter heavy state k; |U_αN|² for the SM channels.
    /// </summary>
    /// <exception cref="DarkSectorException">Two heavy states are degenerate (their widths are not defined separately), or ε = 0.</exception>
    public static DarkPhotonModel ToDarkPhotonModel(DarkSeesawSpectrum spectrum)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        int light = spectrum.LightStateCount, count = spectrum.StateCount;
        if (count == light) throw new DarkSectorException("the spectrum has no heavy state");
        if (!(spectrum.Epsilon > 0)) throw new DarkSectorException("the Z' decays need a kinetic mixing epsilon > 0");
        var hnls = new List<HeavyNeutralLepton>(count - light);
        for (int j = light; j < count; j++)
        {
            if (j > light && !(spectrum.MassesGeV[j] - spectrum.MassesGeV[j - 1] > DegeneracyTolerance * spectrum.MassesGeV[j]))
                throw new DarkSectorException(
                    $"states {spectrum.StateName(j - 1)} and {spectrum.StateName(j)} are degenerate (m = {Check.Format(spectrum.MassesGeV[j])} GeV); their decays are not defined separately");
            double productionE = 0, productionMu = 0, productionTau = 0, decay = 0;
            for (int i = 0; i < light; i++)
            {
                double v2 = spectrum.ZPrimeVertexSquared(i, j);
                decay += v2;
                productionE += spectrum.MixingSquared(LeptonFlavour.Electron, i) * v2;
                productionMu += spectrum.MixingSquared(LeptonFlavour.Muon, i) * v2;
                productionTau += spectrum.MixingSquared(LeptonFlavour.Tau, i) * v2;
            }
            var transitions = new double[j - light];
            for (int k = light; k < j; k++) transitions[k - light] = Clamp(spectrum.ZPrimeVertexSquared(k, j));
            hnls.Add(new HeavyNeutralLepton
            {
                MassGeV = spectrum.MassesGeV[j],
                VertexE2 = Clamp(productionE),
                VertexMu2 = Clamp(productionMu),
                VertexTau2 = Clamp(productionTau),
                DecayVertex2 = Clamp(decay),
                MixingE2 = Clamp(spectrum.MixingSquared(LeptonFlavour.Electron, j)),
                MixingMu2 = Clamp(spectrum.MixingSquared(LeptonFlavour.Muon, j)),
                MixingTau2 = Clamp(spectrum.MixingSquared(LeptonFlavour.Tau, j)),
                TransitionVertices2 = transitions,
            });
        }
        return new DarkPhotonModel
        {
            Hnls = hnls,
            ZPrimeMassGeV = spectrum.ZPrimeMassGeV,
            Epsilon = spectrum.Epsilon,
            AlphaDark = spectrum.AlphaDark,
            IsMajorana = true,
        };
    }

    /// <summary>Decay table of state <paramref name="index"/> (channel names of <see cref="DarkPhotonDecays.Hnl"/>; light states: empty, stable).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such state.</exception>
    /// <exception cref="DarkSectorException">See <see cref="ToDarkPhotonModel"/>.</exception>
    public static DecayTable State(DarkSeesawSpectrum spectrum, int index)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        spectrum.StateName(index);
        if (index < spectrum.LightStateCount) return new DecayTable([]);
        return DarkPhotonDecays.Hnl(ToDarkPhotonModel(spectrum), index - spectrum.LightStateCount);
    }

    /// <summary>Decay tables of every state, in the order of the spectrum (one model conversion for all).</summary>
    public static IReadOnlyList<DecayTable> AllStates(DarkSeesawSpectrum spectrum)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var model = ToDarkPhotonModel(spectrum);
        var tables = new DecayTable[spectrum.StateCount];
        for (int i = 0; i < tables.Length; i++)
            tables[i] = i < spectrum.LightStateCount ? new DecayTable([]) : DarkPhotonDecays.Hnl(model, i - spectrum.LightStateCount);
        return tables;
    }

    /// <summary>
    /// Z' decay table: <c>e_e</c>, <c>mu_mu</c>, <c>nu_N{j}</c>, <c>N{k}_N{j}</c> (k &lt; j) from <see cref="DarkPhotonDecays.ZPrime"/>
    /// and the diagonal <c>N{j}_N{j}</c> (see remarks of the class).
    /// </summary>
    public static DecayTable ZPrime(DarkSeesawSpectrum spectrum)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var channels = DarkPhotonDecays.ZPrime(ToDarkPhotonModel(spectrum)).Channels.ToList();
        for (int j = spectrum.LightStateCount; j < spectrum.StateCount; j++)
            channels.Add(new PartialWidth($"{spectrum.StateName(j)}_{spectrum.StateName(j)}",
                DiagonalZPrimeWidthGeV(spectrum.ZPrimeMassGeV, spectrum.MassesGeV[j], spectrum.AlphaDark, spectrum.ZPrimeVertexSquared(j, j))));
        return new DecayTable(channels);
    }

    /// <summary>Γ(Z' → N_j N_j) = g_X² |V_jj|² m_Z' β³/(24π) in GeV for a Majorana N_j; 0 when closed.</summary>
    internal static double DiagonalZPrimeWidthGeV(double zPrimeMassGeV, double massGeV, double alphaD, double vertex2)
    {
        double x = massGeV * massGeV / (zPrimeMassGeV * zPrimeMassGeV);
        if (!(x < 0.25)) return 0.0;
        double beta = Math.Sqrt(1 - 4 * x);
        return 4 * Math.PI * alphaD * vertex2 * zPrimeMassGeV * beta * beta * beta / (24 * Math.PI);
    }

    /// <summary>Heavy states closer than this relative mass difference count as degenerate (rounding level of the masses).</summary>
    internal const double DegeneracyTolerance = 1e-12;

    /// <summary>Rounding can push a probability a few ulps above 1; the dark-photon types require [0, 1].</summary>
    private static double Clamp(double probability) => Math.Min(1.0, Math.Max(0.0, probability));
}
