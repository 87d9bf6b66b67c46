using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Physics.Tests.Models.DarkPhoton;

/// <summary>
/// Partial widths of <see cref="DarkPhotonDecays"/> that the Physics mutation run left unchecked, each against a number
/// obtained independently of the code: Γ(N → 3ν) of Bondarenko et al. 2018 eq. 3.5, the flavour sum of the SM
/// N → ν ℓℓ widths (m_ℓ → 0, Atre et al. 2009), the textbook V → f₁ f̄₂ width in vector/axial couplings, and the
/// refusals of closed channels and missing daughters.
/// </summary>
public sealed class DarkPhotonDecayClosedFormTests
{
    private const double Gf = PhysicalConstants.FermiConstantGeVm2;

    private static DarkPhotonModel Mixed(double massGeV, double zPrimeMassGeV, bool majorana) => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = massGeV, VertexMu2 = 1e-6, DecayVertex2 = 0.5, MixingE2 = 1e-6, MixingMu2 = 2e-6, MixingTau2 = 4e-6 }],
        ZPrimeMassGeV = zPrimeMassGeV,
        Epsilon = 0.01,
        AlphaDark = 0.3,
        IsMajorana = majorana,
    };

    [Theory] // Γ(N → ν ν ν̄) = G_F² m⁵ Σ_α|U_αN|²/(192π³) (Bondarenko et al. 2018, eq. 3.5), ×2 for Majorana; 1e-12
    [InlineData(false, 1.0)]
    [InlineData(true, 2.0)]
    public void ThreeNeutrinoWidth_IsTheBondarenkoClosedForm(bool majorana, double factor)
    {
        double m = 0.3;
        double expected = factor * Gf * Gf * Math.Pow(m, 5) * (1e-6 + 2e-6 + 4e-6) / (192 * Math.Pow(Math.PI, 3));
        Assert.Equal(1.0, DarkPhotonDecays.Hnl(Mixed(m, 0.1, majorana)).Width("nu_nu_nu") / expected, 1e-12);
    }

    [Theory] // Z' on shell (m_Z' = 0.1 < m_N = 0.3): ν e e is the SM part only (the Z' part is counted in nu_Zprime), the
             // flavour sum G_F² m⁵/(192π³)[|U_e|²(1/4 + s_W² + 2s_W⁴) + (|U_μ|² + |U_τ|²)(1/4 − s_W² + 2s_W⁴)] (W exchange only
             // for α = e), ×2 for Majorana; m_e²/m_N² ~ 3e-6 (with its logarithm < 1e-4) is the only difference: 2e-4
    [InlineData(false, 1.0)]
    [InlineData(true, 2.0)]
    public void StandardModelElectronPair_SumsTheFlavoursWithWOnlyForTheElectron(bool majorana, double factor)
    {
        double m = 0.3, s2 = PhysicalConstants.SinThetaW2;
        double withW = 0.25 + s2 + 2 * s2 * s2, zOnly = 0.25 - s2 + 2 * s2 * s2;
        double expected = factor * Gf * Gf * Math.Pow(m, 5) / (192 * Math.Pow(Math.PI, 3)) * (1e-6 * withW + (2e-6 + 4e-6) * zOnly);
        var table = DarkPhotonDecays.Hnl(Mixed(m, 0.1, majorana));
        Assert.True(table.Width("nu_Zprime") > 0);
        Assert.Equal(1.0, table.Width("nu_e_e") / expected, 2e-4);
    }

    [Fact] // off-shell Z' (1.25 GeV), |U_e5|² = 1e-2 and |V_5|² = 1e-10 (Z' part ~3e-4 of the SM part): the light-neutrino channel adds the SM part to the Z' three-body width, the transition
           // N5 → N4 e e has the Z' part only (no SM charged current between two HNLs); the Z' part is the sampler's width
    public void StandardModelPart_IsAddedToTheLightNeutrinoChannelOnly()
    {
        var pair = DarkPhotonModel.TwoHnls(0.1, 0.3, 1.25, 0.01, 0.3, 1e-3, 1e-3, 0.5);
        var model = pair with { Hnls = [pair.Hnl(0), pair.Hnl(1) with { MixingE2 = 1e-2, DecayVertex2 = 1e-10 }] };
        var table = DarkPhotonDecays.Hnl(model, 1);
        double zTransition = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 1, LeptonFlavour.Electron, daughter: 0).WidthGeV;
        double zLight = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 1, LeptonFlavour.Electron).WidthGeV;
        double s2 = PhysicalConstants.SinThetaW2;
        double sm = Gf * Gf * Math.Pow(0.3, 5) * 1e-2 * (0.25 + s2 + 2 * s2 * s2) / (192 * Math.Pow(Math.PI, 3));
        Assert.Equal(zTransition, table.Width("N4_e_e"), 1e-12 * zTransition);
        Assert.Equal(1.0, (table.Width("nu_e_e") - zLight) / sm, 2e-4);
        Assert.True(zLight > 0);
    }

    /// <summary>
    /// Γ(V → f₁ f̄₂) for a current f̄₂γ^μ(g_V − g_A γ5)f₁: λ^{1/2} M/(12π) [(g_V² + g_A²)(1 − (r₁² + r₂²)/2 − (r₁² − r₂²)²/2)
    /// + 3(g_V² − g_A²) r₁ r₂], r = m/M (the textbook Z → f f̄ width with unequal masses; for r₁ = r₂ = r it is
    /// (M/12π)√(1 − 4r²)[g_V²(1 + 2r²) + g_A²(1 − 4r²)]).
    /// </summary>
    private static double VectorAxialWidth(double mass, double gV, double gA, double m1, double m2)
    {
        double r1 = m1 / mass, r2 = m2 / mass;
        double lambda = Math.Sqrt((1 - (r1 + r2) * (r1 + r2)) * (1 - (r1 - r2) * (r1 - r2)));
        return lambda * mass / (12 * Math.PI)
            * ((gV * gV + gA * gA) * (1 - (r1 * r1 + r2 * r2) / 2 - (r1 * r1 - r2 * r2) * (r1 * r1 - r2 * r2) / 2) + 3 * (gV * gV - gA * gA) * r1 * r2);
    }

    [Theory] // Z' → ν N_j and N_4 N_5 with g² = 4π α_D |V|²: Dirac γ^μP_L (g_V = g_A = g/2) over both final states
             // f_a f̄_b + f_b f̄_a (×2); Majorana −γ^μγ5 (g_A = g), one final state; the channel names; 1e-12
    [InlineData(false)]
    [InlineData(true)]
    public void ZPrimeToHnls_IsTheVectorAxialWidth(bool majorana)
    {
        double m4 = 0.1, m5 = 0.25, mz = 1.0, alphaD = 0.3;
        var model = DarkPhotonModel.TwoHnls(m4, m5, mz, 0.01, alphaD, 0.03, 0.05, 0.5, majorana);
        var table = DarkPhotonDecays.ZPrime(model);
        Assert.Equal(["e_e", "mu_mu", "nu_N4", "nu_N5", "N4_N5"], table.Channels.Select(c => c.Name));
        double Expected(double vertex2, double ma, double mb)
        {
            double g = Math.Sqrt(4 * Math.PI * alphaD * vertex2);
            return majorana ? VectorAxialWidth(mz, 0, g, ma, mb) : 2 * VectorAxialWidth(mz, g / 2, g / 2, ma, mb);
        }
        Assert.Equal(1.0, table.Width("nu_N4") / Expected(0.03 * 0.03, 0, m4), 1e-12);
        Assert.Equal(1.0, table.Width("nu_N5") / Expected(0.05 * 0.05, 0, m5), 1e-12);
        Assert.Equal(1.0, table.Width("N4_N5") / Expected(0.25, m4, m5), 1e-12);
    }

    [Fact] // W → ℓν as a second, independent anchor: G_F M_W³/(6√2π)(1 − x)²(1 + x/2) with G_F/√2 = g²/(8M_W²) is the
           // width for coupling (g/√2)γ^μP_L; here g_D|V| γ^μP_L on one final state, so Z' → ν N (Dirac) is twice
           // g_D²|V|² M/(24π)(1 − x)²(1 + x/2), x = m_N²/m_Z'²; 1e-12
    public void ZPrimeToNeutrinoHnl_IsTheWToLeptonNeutrinoForm()
    {
        double m = 0.4, mz = 1.0, alphaD = 0.3, v2 = 0.04, x = m * m / (mz * mz);
        var model = DarkPhotonModel.SingleHnl(m, mz, 0.01, alphaD, 1e-6, v2);
        double g2 = 4 * Math.PI * alphaD * v2;
        double expected = 2 * g2 * mz / (24 * Math.PI) * (1 - x) * (1 - x) * (1 + x / 2);
        Assert.Equal(1.0, DarkPhotonDecays.ZPrime(model).Width("nu_N4") / expected, 1e-12);
    }

    [Fact] // a closed N → f μμ channel (2m_μ > m_N, and 2m_μ > m_5 − m_4) is refused naming the decay
    public void ClosedLeptonPairSampler_IsRefusedNamingTheDecay()
    {
        var single = DarkPhotonModel.SingleHnl(0.15, 1.25, 0.01, 0.3, 1e-6, 0.5);
        var e = Assert.Throws<DarkSectorException>(() => DarkPhotonDecays.ZPrimeLeptonPairSampler(single, 0, LeptonFlavour.Muon));
        Assert.Equal("N4 -> nu Muon pair is kinematically closed", e.Message);
        var pair = DarkPhotonModel.TwoHnls(0.1, 0.25, 1.25, 0.01, 0.3, 1e-3, 1e-3, 0.5);
        e = Assert.Throws<DarkSectorException>(() => DarkPhotonDecays.ZPrimeLeptonPairSampler(pair, 1, LeptonFlavour.Muon, daughter: 0));
        Assert.Equal("N5 -> N4 Muon pair is kinematically closed", e.Message);
    }

    [Fact] // N5 has one lighter partner: daughter 1 (itself) is refused naming the parameter, value and range
    public void MissingDaughter_IsRefusedNamingTheRange()
    {
        var pair = DarkPhotonModel.TwoHnls(0.1, 0.3, 1.25, 0.01, 0.3, 1e-3, 1e-3, 0.5);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DarkPhotonDecays.ZPrimeLeptonPairSampler(pair, 1, LeptonFlavour.Electron, daughter: 1));
        Assert.Equal("daughter", e.ParamName);
        Assert.Equal(1, e.ActualValue);
        Assert.StartsWith("daughter = 1 is outside [-1, 0] for N5", e.Message);
    }

    [Fact] // a null model is refused as such, not as a NullReferenceException from inside
    public void NullModel_IsRefused()
    {
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => DarkPhotonDecays.Hnl(null!)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => DarkPhotonDecays.ZPrime(null!)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => DarkPhotonDecays.ZPrimeLeptonPairSampler(null!, 0, LeptonFlavour.Electron)).ParamName);
    }
}
