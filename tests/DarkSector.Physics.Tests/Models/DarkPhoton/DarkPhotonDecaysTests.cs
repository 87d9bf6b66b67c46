using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Physics.Tests.Models.DarkPhoton;

public class DarkPhotonDecaysTests
{
    private static DarkPhotonModel Heavy(bool majorana = false) =>
        DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 2.2e-7, 1.0, majorana);

    /// <summary>L(x) of physics.md §2.1 with its series below x = 0.01.</summary>
    private static double L(double x) =>
        x < 0.01
            ? 1 + 0.6 * x + 0.4 * x * x + 2.0 / 7.0 * x * x * x
            : 12 / Math.Pow(x, 4) * (x - x * x / 2 - x * x * x / 6 - (1 - x) * Math.Log(1 / (1 - x)));

    private static double ClosedFormHeavyMediator(double m, double mz, double alpha, double alphaD, double eps2, double v2) =>
        alpha * alphaD * eps2 * v2 * Math.Pow(m, 5) / (48 * Math.PI * Math.Pow(mz, 4)) * L(m * m / (mz * mz));

    private static double WidthMasslessLeptons(DarkPhotonModel model, int index = 0, int daughter = -1)
    {
        var me = DarkPhotonDecays.ZPrimeMatrixElement(model, index, daughter, LeptonFlavour.Electron);
        var massless = new ThreeBodyMatrixElement(me.ParentMass, me.DaughterMass, 0, me.Heavy, me.Lepton, me.Coupling2, me.MediatorMass);
        return new ThreeBodyDecaySampler(massless).WidthGeV;
    }

    [Theory] // m_e → 0 Dirac width equals α α_D ε² |V_N|² m⁵/(48π m_Z'⁴) L(m²/m_Z'²) to 1e-6 (Dalitz integral of the full |M|²)
    [InlineData(0.1, 1.25)]
    [InlineData(0.4, 0.5)]
    [InlineData(0.3, 0.31)]
    public void HeavyMediatorWidth_MatchesClosedForm(double m, double mz)
    {
        var model = DarkPhotonModel.SingleHnl(m, mz, 0.02, 0.4, 2.2e-7, 0.7);
        double expected = ClosedFormHeavyMediator(m, mz, PhysicalConstants.Alpha, 0.4, 4e-4, 0.7);
        Assert.Equal(1.0, WidthMasslessLeptons(model) / expected, 1e-6);
    }

    [Fact] // Majorana = 2 × Dirac for a massless daughter (documented convention), 1e-9
    public void MajoranaWidth_IsTwiceDirac_ForLightDaughter()
    {
        Assert.Equal(2.0, WidthMasslessLeptons(Heavy(true)) / WidthMasslessLeptons(Heavy()), 1e-9);
        var dirac = DarkPhotonDecays.Hnl(Heavy());
        var majorana = DarkPhotonDecays.Hnl(Heavy(true));
        Assert.Equal(2.0, majorana.Width("nu_e_e") / dirac.Width("nu_e_e"), 1e-9);
    }

    [Fact] // finite m_e lowers the width by O(m_e²/m²·log) ~ 1e-4 at m_N = 0.1 GeV: ratio in (0.999, 1)
    public void ElectronMass_SlightlyReducesWidth()
    {
        double ratio = DarkPhotonDecays.Hnl(Heavy()).Width("nu_e_e") / WidthMasslessLeptons(Heavy());
        Assert.InRange(ratio, 0.999, 1.0);
    }

    [Fact] // bounds of physics.md §2.1: Γ(|V_N| = |V_μN|) < Γ < Γ(|V_N| = 1)
    public void Width_LiesBetweenVertexBounds()
    {
        var point = DarkPhotonModel.SingleHnl(0.15, 1.25, 0.02, 0.4, 2.2e-7, 0.3);
        double width = DarkPhotonDecays.Hnl(point).TotalWidthGeV;
        double low = DarkPhotonDecays.Hnl(point with { Hnls = [point.Hnl(0) with { DecayVertex2 = 2.2e-7 }] }).TotalWidthGeV;
        double high = DarkPhotonDecays.Hnl(point with { Hnls = [point.Hnl(0) with { DecayVertex2 = 1 }] }).TotalWidthGeV;
        Assert.True(low < width && width < high);
    }

    [Fact] // Γ(N → ν Z') = α_D |V_N|² m³/(4 m_Z'²)(1 − r)²(1/2 + r), r = m_Z'²/m²: the massive-daughter formula at m_k = 1e-7 GeV agrees to 1e-9
    public void TwoBodyWidth_AgreesWithMassiveDaughterFormula()
    {
        var light = DarkPhotonModel.SingleHnl(0.3, 0.05, 0.01, 0.25, 1e-6, 0.4);
        double m = 0.3, mz = 0.05, r = mz * mz / (m * m);
        double closed = 0.25 * 0.4 * m * m * m / (4 * mz * mz) * (1 - r) * (1 - r) * (0.5 + r);
        Assert.Equal(closed, DarkPhotonDecays.NeutrinoZPrimeWidthGeV(light, 0), closed * 1e-12);
        var pair = DarkPhotonModel.TwoHnls(1e-7, 0.3, 0.05, 0.01, 0.25, 1e-3, 1e-3, Math.Sqrt(0.4));
        Assert.Equal(1.0, DarkPhotonDecays.TwoBodyZPrimeWidth(pair, 1, 0) / closed, 1e-9);
    }

    [Fact] // N → ν Z' → ν e e in the narrow-width limit: the matrix element's own on-shell integral = Γ(N → ν Z')·BR(Z' → ee) to 1e-9
    public void OnShellThreeBody_EqualsTwoBodyTimesBranchingRatio()
    {
        foreach (bool majorana in new[] { false, true })
        {
            var light = DarkPhotonModel.SingleHnl(0.3, 0.05, 0.01, 0.25, 1e-6, 0.4, majorana);
            var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(light, 0, LeptonFlavour.Electron);
            Assert.True(sampler.IsOnShell);
            double expected = DarkPhotonDecays.Hnl(light).Width("nu_Zprime") * DarkPhotonDecays.ZPrime(light).BranchingRatio("e_e");
            Assert.Equal(1.0, sampler.WidthGeV / expected, 1e-9);
        }
    }

    [Fact] // Γ(Z' → ℓℓ) = (α ε² m_Z'/3)(1 + 2m_ℓ²/m_Z'²)√(1 − 4m_ℓ²/m_Z'²), direct evaluation, 1e-12
    public void ZPrimeToLeptons_MatchesClosedForm()
    {
        var model = Heavy();
        double x = Math.Pow(PhysicalConstants.MuonMassGeV / 1.25, 2);
        double expected = PhysicalConstants.Alpha * 4e-4 * 1.25 / 3 * (1 + 2 * x) * Math.Sqrt(1 - 4 * x);
        Assert.Equal(expected, DarkPhotonDecays.ZPrime(model).Width("mu_mu"), expected * 1e-12);
        Assert.Equal(0.0, DarkPhotonDecays.ZPrime(model with { ZPrimeMassGeV = 0.2 }).Width("mu_mu"));
    }

    [Fact] // SM Z only (ν_μ e e, m_e → 0): G_F² m⁵ |U|²/(192π³)(1/4 − s_W² + 2 s_W⁴), 1e-7
    public void StandardModelZWidth_MatchesClosedForm()
    {
        double s2 = PhysicalConstants.SinThetaW2, gf = PhysicalConstants.FermiConstantGeVm2;
        var me = DarkPhotonDecays.StandardModelMatrixElement(0.1, 0, 1e-6, withW: false, majorana: false, s2);
        double expected = gf * gf * 1e-5 * 1e-6 / (192 * Math.Pow(Math.PI, 3)) * (0.25 - s2 + 2 * s2 * s2);
        Assert.Equal(1.0, new ThreeBodyDecaySampler(me).WidthGeV / expected, 1e-7);
    }

    [Fact] // Z + W (ν_e e e, m_e → 0): coefficient 1/4 + s_W² + 2 s_W⁴, 1e-7
    public void StandardModelZAndWWidth_MatchesClosedForm()
    {
        double s2 = PhysicalConstants.SinThetaW2, gf = PhysicalConstants.FermiConstantGeVm2;
        var me = DarkPhotonDecays.StandardModelMatrixElement(0.1, 0, 1e-6, withW: true, majorana: false, s2);
        double expected = gf * gf * 1e-5 * 1e-6 / (192 * Math.Pow(Math.PI, 3)) * (0.25 + s2 + 2 * s2 * s2);
        Assert.Equal(1.0, new ThreeBodyDecaySampler(me).WidthGeV / expected, 1e-7);
    }

    [Fact] // DarkNews: 2.887e-26 GeV for m4 = 0.1, |U_μ4| = 1e-3, Dirac, with its s_W² = 0.22343 and finite m_e (4 digits: 5e-4 relative)
    public void StandardModelZWidth_ReproducesDarkNews()
    {
        var me = DarkPhotonDecays.StandardModelMatrixElement(0.1, PhysicalConstants.ElectronMassGeV, 1e-6, withW: false, majorana: false, PhysicalConstants.DarkNewsSinThetaW2);
        Assert.Equal(2.887e-26, new ThreeBodyDecaySampler(me).WidthGeV, 2.887e-26 * 5e-4);
    }

    [Fact] // the decay table lists the CLI channel names; c·τ0 = ħc/Γ
    public void DecayTable_HasChannelNamesAndLifetime()
    {
        var model = DarkPhotonModel.TwoHnls(0.1, 0.15, 1.25, 0.01, 0.32, 1e-3, 2e-3, 0.5);
        var table = DarkPhotonDecays.Hnl(model, 1);
        Assert.Equal(["nu_Zprime", "nu_e_e", "nu_mu_mu", "nu_nu_nu", "N4_Zprime", "N4_e_e", "N4_mu_mu"], table.Channels.Select(c => c.Name));
        Assert.Equal(PhysicalConstants.HbarCGeVCm / table.TotalWidthGeV, table.CTau0Cm, table.CTau0Cm * 1e-14);
        Assert.True(table.Width("N4_e_e") > 0);
        Assert.Equal(0.0, table.Width("N4_mu_mu"));   // 2 m_μ > m5 − m4
    }

    [Fact] // N_j → N_k e e with a tiny N_k mass tends to the N → ν e e width (same vertex), 1e-6
    public void TransitionWidth_TendsToLightDaughterWidth()
    {
        var pair = DarkPhotonModel.TwoHnls(1e-6, 0.2, 1.25, 0.01, 0.32, 1e-3, 1e-3, 0.5);
        var single = DarkPhotonModel.SingleHnl(0.2, 1.25, 0.01, 0.32, 1e-3, 0.25);
        double transition = DarkPhotonDecays.Hnl(pair, 1).Width("N4_e_e");
        double light = DarkPhotonDecays.Hnl(single).Width("nu_e_e");
        Assert.Equal(1.0, transition / light, 1e-6);
    }

    [Fact] // Z' lighter than 2m_μ: N → ν Z' is open, yet ν μμ still proceeds through an off-shell Z' (q² > 4m_μ² > m_Z'²)
    public void LightZPrimeBelowMuonPair_KeepsOffShellMuonChannel()
    {
        var model = DarkPhotonModel.SingleHnl(0.4, 0.1, 0.01, 0.25, 1e-6, 0.4);
        var table = DarkPhotonDecays.Hnl(model);
        Assert.True(table.Width("nu_Zprime") > 0);
        var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 0, LeptonFlavour.Muon);
        Assert.False(sampler.IsOnShell);
        Assert.Equal(sampler.WidthGeV, table.Width("nu_mu_mu"), 1e-12 * sampler.WidthGeV);
        Assert.True(sampler.WidthGeV > 0);
    }

    [Theory] // N5 → N4 Z' → N4 e e: the three-body ME (with its m_5 m_4 term) in the narrow-width limit equals the two-body
             // width (with its −12 c_L c_R m_5 m_4 term) times BR(Z' → ee), Dirac and Majorana, 1e-9
    [InlineData(false)]
    [InlineData(true)]
    public void OnShellTransition_EqualsTwoBodyTimesBranchingRatio(bool majorana)
    {
        var model = DarkPhotonModel.TwoHnls(0.1, 0.3, 0.05, 0.01, 0.25, 1e-3, 1e-3, 0.6, majorana);
        var sampler = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 1, LeptonFlavour.Electron, daughter: 0);
        Assert.True(sampler.IsOnShell);
        double expected = DarkPhotonDecays.Hnl(model, 1).Width("N4_Zprime") * DarkPhotonDecays.ZPrime(model).BranchingRatio("e_e");
        Assert.Equal(1.0, sampler.WidthGeV / expected, 1e-9);
    }
}
