using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Models.DarkPhoton;

/// <summary>
/// Decays of the HNLs and of the Z' of a <see cref="DarkPhotonModel"/>: partial widths, decay tables and three-body
/// kinematics samplers (physics.md §2.1).
/// </summary>
/// <remarks>
/// <para>HNL N_j channels (names as the CLI prints them): <c>nu_Zprime</c> (N → ν Z' on shell), <c>nu_e_e</c>,
/// <c>nu_mu_mu</c> (off-shell Z' when N → ν Z' is closed, plus the SM Z and W exchange from |U_αN|², added
/// incoherently), <c>nu_nu_nu</c> (SM Z), and for each lighter N_k: <c>N{k}_Zprime</c>, <c>N{k}_e_e</c>,
/// <c>N{k}_mu_mu</c>. When the Z' can be on shell in N → ν ℓℓ (2m_ℓ &lt; m_Z' &lt; m_N − m_f), the decay proceeds through
/// N → ν Z' → ν ℓℓ and is counted in <c>nu_Zprime</c> only (no double counting); otherwise (Z' heavier than the phase
/// space, or lighter than 2m_ℓ) the off-shell three-body width is added.</para>
/// <para>Dirac vs Majorana: a Majorana HNL couples to lighter states through the axial current −γ^μγ5 (chiral couplings
/// (1, −1), see <see cref="ChiralCouplings"/>), which gives twice the Dirac width when the daughter is massless
/// (N → ν X and N → ν̄ X̄) and the exact finite-mass result for N_j → N_k. SM channels: Z couplings g_L = −½ + s_W²,
/// g_R = s_W² to charged leptons, g_L + 1 from the Fierzed W exchange for the same flavour (the interference of SM and
/// Z' amplitudes, which depends on phases the parameter point does not fix, is neglected). Z' → hadrons is not
/// included (relevant only for the Z' total width above ~0.5 GeV). τ channels are not included.</para>
/// <para>Pure functions of the model; thread-safe.</para>
/// </remarks>
public static class DarkPhotonDecays
{
    /// <summary>The decay table of HNL N_{index+4}: partial widths in GeV, total width, branching ratios, c·τ0.</summary>
    /// <param name="model">The model point.</param>
    /// <param name="index">0 for N_4, 1 for N_5, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">No such HNL.</exception>
    public static DecayTable Hnl(DarkPhotonModel model, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        var hnl = model.Hnl(index);
        var zPrime = ZPrimeTotalWidthGeV(model);
        var channels = new List<PartialWidth>
        {
            new("nu_Zprime", NeutrinoZPrimeWidthGeV(model, index)),
            new("nu_e_e", LeptonPairWidthGeV(model, index, -1, LeptonFlavour.Electron, zPrime)),
            new("nu_mu_mu", LeptonPairWidthGeV(model, index, -1, LeptonFlavour.Muon, zPrime)),
            new("nu_nu_nu", ThreeNeutrinoWidthGeV(model, index)),
        };
        for (int k = 0; k < hnl.TransitionVertices2.Count; k++)
        {
            string name = $"N{k + 4}";
            channels.Add(new($"{name}_Zprime", TwoBodyZPrimeWidth(model, index, k)));
            channels.Add(new($"{name}_e_e", LeptonPairWidthGeV(model, index, k, LeptonFlavour.Electron, zPrime)));
            channels.Add(new($"{name}_mu_mu", LeptonPairWidthGeV(model, index, k, LeptonFlavour.Muon, zPrime)));
        }
        return new DecayTable(channels);
    }

    /// <summary>The decay table of the Z': <c>e_e</c>, <c>mu_mu</c>, <c>nu_N{j}</c>, <c>N{k}_N{j}</c> (k &lt; j).</summary>
    /// <remarks>
    /// Γ(Z' → ℓℓ) = (α ε² m_Z'/3)(1 + 2m_ℓ²/m_Z'²)(1 − 4m_ℓ²/m_Z'²)^{1/2} (physics.md §2.1, α of the model's
    /// <see cref="DarkPhotonModel.Charge"/> convention). Z' → f_a f_b with couplings g_D V (c_L, c_R), derived here from
    /// the trace with Σ ε ε* = −g + qq/m²: Γ = g_D² |V|² m_Z' λ^{1/2}(1, r_a², r_b²)/(48π)
    /// · [(c_L² + c_R²)(2 − r_a² − r_b² − (r_a² − r_b²)²) + 12 c_L c_R r_a r_b], r = m/m_Z' (Dirac: c = (1, 0) summed over
    /// both orderings f_a f̄_b + f_b f̄_a, i.e. ×2; Majorana: c = (1, −1), one final state). Diagonal Z' → N_j N_j needs
    /// V_jj, which the parameter point does not carry, and is not included.
    /// </remarks>
    public static DecayTable ZPrime(DarkPhotonModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var channels = new List<PartialWidth>
        {
            new("e_e", ZPrimeToLeptonsWidthGeV(model, PhysicalConstants.ElectronMassGeV)),
            new("mu_mu", ZPrimeToLeptonsWidthGeV(model, PhysicalConstants.MuonMassGeV)),
        };
        for (int j = 0; j < model.Hnls.Count; j++)
        {
            var hnl = model.Hnls[j];
            channels.Add(new($"nu_N{j + 4}", ZPrimeToFermionPair(model, hnl.DecayVertex2, 0, hnl.MassGeV)));
            for (int k = 0; k < hnl.TransitionVertices2.Count; k++)
                channels.Add(new($"N{k + 4}_N{j + 4}", ZPrimeToFermionPair(model, hnl.TransitionVertices2[k], model.Hnls[k].MassGeV, hnl.MassGeV)));
        }
        return new DecayTable(channels);
    }

    /// <summary>
    /// A sampler of N_{index+4} → f ℓ⁻ℓ⁺ (f = light ν for <paramref name="daughter"/> = −1, else N_{daughter+4}) through
    /// the Z' (off shell, or on shell as N → f Z' → f ℓℓ when that two-body decay is open); its weights average to the
    /// Z' part of the partial width (times BR(Z' → ℓℓ) in the on-shell case).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No such HNL or daughter (daughter must be lighter).</exception>
    /// <exception cref="DarkSectorException">The channel is kinematically closed.</exception>
    public static ThreeBodyDecaySampler ZPrimeLeptonPairSampler(DarkPhotonModel model, int index, LeptonFlavour lepton, int daughter = -1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var me = ZPrimeMatrixElement(model, index, daughter, lepton);
        if (!(me.MaxQ2 > me.MinQ2))
            throw new DarkSectorException($"N{index + 4} -> {(daughter < 0 ? "nu" : $"N{daughter + 4}")} {lepton} pair is kinematically closed");
        return new ThreeBodyDecaySampler(me, ZPrimeTotalWidthGeV(model));
    }

    /// <summary>Γ(N → ν Z') in GeV (×2 for Majorana); 0 when closed.</summary>
    /// <remarks>Γ = α_D |V_N|² m_N³/(4 m_Z'²)(1 − r)²(1/2 + r), r = m_Z'²/m_N² (physics.md §2.1; Dirac).</remarks>
    internal static double NeutrinoZPrimeWidthGeV(DarkPhotonModel model, int index)
    {
        var hnl = model.Hnl(index);
        double m = hnl.MassGeV, mz = model.ZPrimeMassGeV;
        if (!(m > mz)) return 0.0;
        double r = mz * mz / (m * m);
        double dirac = model.AlphaDark * hnl.DecayVertex2 * m * m * m / (4 * mz * mz) * (1 - r) * (1 - r) * (0.5 + r);
        return model.IsMajorana ? 2 * dirac : dirac;
    }

    /// <summary>Γ(N_j → N_k Z') in GeV for massive N_k, from the general two-body formula; 0 when closed.</summary>
    /// <remarks>
    /// Derived here from Σ|M|² = g_D²|V|² Tr[(k̸+m_k)γ^μ(c_L P_L + c_R P_R)(P̸+m_j)γ^ν(c_L P_L + c_R P_R)](−g_μν + q_μq_ν/m_Z'²)
    /// = g_D²|V|² {2(c_L² + c_R²)[P·k + 2(P·q)(k·q)/m_Z'²] − 12 c_L c_R m_j m_k}; Γ = λ^{1/2}(m_j², m_k², m_Z'²)/(16π m_j³) · Σ|M|²/2.
    /// Reduces to <see cref="NeutrinoZPrimeWidthGeV"/> for m_k = 0 (a test).
    /// </remarks>
    internal static double TwoBodyZPrimeWidth(DarkPhotonModel model, int index, int daughter)
    {
        var hnl = model.Hnl(index);
        double mj = hnl.MassGeV, mk = model.Hnl(daughter).MassGeV, mz = model.ZPrimeMassGeV;
        if (!(mj > mk + mz)) return 0.0;
        var c = model.IsMajorana ? ChiralCouplings.MajoranaTransition : ChiralCouplings.LeftHanded;
        double g2 = 4 * Math.PI * model.AlphaDark * hnl.TransitionVertices2[daughter];
        double pk = 0.5 * (mj * mj + mk * mk - mz * mz);           // P·k
        double pq = 0.5 * (mj * mj - mk * mk + mz * mz);           // P·q
        double kq = 0.5 * (mj * mj - mk * mk - mz * mz);           // k·q
        // Summed over all spins, per unit g²: 2(c_L² + c_R²)[P·k + 2(P·q)(k·q)/m_Z'²] − 12 c_L c_R m_j m_k.
        double summed = 2 * (c.Left * c.Left + c.Right * c.Right) * (pk + 2 * pq * kq / (mz * mz)) - 12 * c.Left * c.Right * mj * mk;
        double average = 0.5 * summed * g2;
        double lambda = Math.Sqrt(Math.Max(0, Kallen.Lambda(mj * mj, mk * mk, mz * mz)));
        return lambda / (16 * Math.PI * mj * mj * mj) * average;
    }

    /// <summary>Γ(N → f ℓℓ) in GeV for f = ν (daughter −1) or N_k: Z' off shell (if N → f Z' is closed) plus SM Z/W (f = ν only).</summary>
    internal static double LeptonPairWidthGeV(DarkPhotonModel model, int index, int daughter, LeptonFlavour lepton, double zPrimeWidthGeV)
    {
        var me = ZPrimeMatrixElement(model, index, daughter, lepton);
        double width = 0;
        bool open = me.MaxQ2 > me.MinQ2;
        double mz2 = model.ZPrimeMassGeV * model.ZPrimeMassGeV;
        bool onShell = mz2 > me.MinQ2 && mz2 < me.MaxQ2;   // then counted in the two-body f Z' channel
        if (open && !onShell)
            width += new ThreeBodyDecaySampler(me, zPrimeWidthGeV).WidthGeV;
        if (daughter < 0 && open)
            width += StandardModelLeptonPairWidthGeV(model, index, lepton);
        return width;
    }

    /// <summary>Σ_α Γ(N → ν_α ℓℓ) through SM Z and (for α = ℓ) W exchange, in GeV, with the exact masses (contact interaction).</summary>
    /// <remarks>C = 2√2 G_F |U_αN| with lepton couplings (g_L, g_R) = (−½ + s_W² + δ_αℓ, s_W²); for m_ℓ → 0 this is
    /// G_F² m⁵ |U|² (g_L² + g_R²)/(192π³) (Atre et al. 2009; Bondarenko et al. 2018, eq. 3.6), ×2 for Majorana.</remarks>
    internal static double StandardModelLeptonPairWidthGeV(DarkPhotonModel model, int index, LeptonFlavour lepton)
    {
        var hnl = model.Hnl(index);
        double total = 0;
        foreach (var alpha in (ReadOnlySpan<LeptonFlavour>)[LeptonFlavour.Electron, LeptonFlavour.Muon, LeptonFlavour.Tau])
        {
            double u2 = hnl.Mixing2(alpha);
            if (u2 == 0) continue;
            var me = StandardModelMatrixElement(hnl.MassGeV, LeptonMass(lepton), u2, alpha == lepton, model.IsMajorana, PhysicalConstants.SinThetaW2);
            if (me.MaxQ2 > me.MinQ2) total += new ThreeBodyDecaySampler(me).WidthGeV;
        }
        return total;
    }

    /// <summary>The SM contact matrix element of N → ν_α ℓℓ (internal for tests with other s_W² conventions).</summary>
    internal static ThreeBodyMatrixElement StandardModelMatrixElement(double massGeV, double leptonMassGeV, double mixing2, bool withW, bool majorana, double sinThetaW2)
    {
        double gl = -0.5 + sinThetaW2 + (withW ? 1 : 0), gr = sinThetaW2;
        double gf = PhysicalConstants.FermiConstantGeVm2;
        return new ThreeBodyMatrixElement(massGeV, 0, leptonMassGeV,
            majorana ? ChiralCouplings.MajoranaTransition : ChiralCouplings.LeftHanded, new ChiralCouplings(gl, gr),
            8 * gf * gf * mixing2, double.PositiveInfinity);
    }

    /// <summary>Γ(N → ν ν ν̄) summed over flavours, in GeV: G_F² m⁵ Σ_α|U_αN|²/(192π³) (Bondarenko et al. 2018, eq. 3.5), ×2 for Majorana.</summary>
    internal static double ThreeNeutrinoWidthGeV(DarkPhotonModel model, int index)
    {
        var hnl = model.Hnl(index);
        double m = hnl.MassGeV, gf = PhysicalConstants.FermiConstantGeVm2;
        double dirac = gf * gf * Math.Pow(m, 5) * (hnl.MixingE2 + hnl.MixingMu2 + hnl.MixingTau2) / (192 * Math.Pow(Math.PI, 3));
        return model.IsMajorana ? 2 * dirac : dirac;
    }

    /// <summary>Γ(Z' → ℓℓ) = (α ε² m_Z'/3)(1 + 2m_ℓ²/m_Z'²)(1 − 4m_ℓ²/m_Z'²)^{1/2} in GeV (physics.md §2.1); 0 when closed.</summary>
    internal static double ZPrimeToLeptonsWidthGeV(DarkPhotonModel model, double leptonMassGeV)
    {
        double mz = model.ZPrimeMassGeV, x = leptonMassGeV * leptonMassGeV / (mz * mz);
        if (!(x < 0.25)) return 0.0;
        return model.AlphaEm * model.Epsilon2 * mz / 3 * (1 + 2 * x) * Math.Sqrt(1 - 4 * x);
    }

    /// <summary>Total Z' width in GeV (sum of <see cref="ZPrime"/>).</summary>
    internal static double ZPrimeTotalWidthGeV(DarkPhotonModel model) => ZPrime(model).TotalWidthGeV;

    private static double ZPrimeToFermionPair(DarkPhotonModel model, double vertex2, double massA, double massB)
    {
        double mz = model.ZPrimeMassGeV;
        if (!(mz > massA + massB) || vertex2 == 0) return 0.0;
        double ra = massA / mz, rb = massB / mz;
        double lambda = Math.Sqrt(Math.Max(0, Kallen.Lambda(1, ra * ra, rb * rb)));
        double g2 = 4 * Math.PI * model.AlphaDark * vertex2;
        double shape = 2 - ra * ra - rb * rb - (ra * ra - rb * rb) * (ra * ra - rb * rb);
        double single(ChiralCouplings c) => g2 * mz * lambda / (48 * Math.PI) * ((c.Left * c.Left + c.Right * c.Right) * shape + 12 * c.Left * c.Right * ra * rb);
        return model.IsMajorana ? single(ChiralCouplings.MajoranaTransition) : 2 * single(ChiralCouplings.LeftHanded);
    }

    internal static ThreeBodyMatrixElement ZPrimeMatrixElement(DarkPhotonModel model, int index, int daughter, LeptonFlavour lepton)
    {
        var hnl = model.Hnl(index);
        double vertex2, daughterMass;
        if (daughter < 0)
        {
            vertex2 = hnl.DecayVertex2;
            daughterMass = 0;
        }
        else
        {
            if (daughter >= hnl.TransitionVertices2.Count)
                throw new ArgumentOutOfRangeException(nameof(daughter), daughter, $"daughter = {daughter} is outside [-1, {hnl.TransitionVertices2.Count - 1}] for N{index + 4}");
            vertex2 = hnl.TransitionVertices2[daughter];
            daughterMass = model.Hnl(daughter).MassGeV;
        }
        double e = model.ElectricCharge;
        double coupling2 = 4 * Math.PI * model.AlphaDark * vertex2 * e * e * model.Epsilon2;
        return new ThreeBodyMatrixElement(hnl.MassGeV, daughterMass, LeptonMass(lepton),
            model.IsMajorana ? ChiralCouplings.MajoranaTransition : ChiralCouplings.LeftHanded, ChiralCouplings.Vector,
            coupling2, model.ZPrimeMassGeV);
    }

    internal static double LeptonMass(LeptonFlavour flavor) => flavor switch
    {
        LeptonFlavour.Electron => PhysicalConstants.ElectronMassGeV,
        LeptonFlavour.Muon => PhysicalConstants.MuonMassGeV,
        _ => PhysicalConstants.TauMassGeV,
    };
}
