using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

public class DarkSeesawDecaysTests
{
    private static DarkSeesawSpectrum Benchmark() => DarkSeesawSpectrum.Compute(DarkSeesawSpectrumTests.Benchmark());

    [Fact] // vertices handed to the dark-photon model: |V_N|² = Σ_light |V_iN|², |V_kN|² for lighter heavy k, |U_μN|² (1e-15)
    public void DarkPhotonModel_CarriesTheSpectrumVertices()
    {
        var s = Benchmark();
        var model = DarkSeesawDecays.ToDarkPhotonModel(s);
        Assert.True(model.IsMajorana);
        Assert.Equal(s.StateCount - 1, model.Hnls.Count);
        for (int j = 1; j < s.StateCount; j++)
        {
            var hnl = model.Hnls[j - 1];
            Assert.Equal(s.MassesGeV[j], hnl.MassGeV);
            Assert.Equal(s.ZPrimeVertexSquared(0, j), hnl.DecayVertex2, 1e-15);
            Assert.Equal(s.MixingSquared(LeptonFlavour.Muon, 0) * s.ZPrimeVertexSquared(0, j), hnl.VertexMu2, 1e-15);
            Assert.Equal(s.MixingSquared(LeptonFlavour.Muon, j), hnl.MixingMu2, 1e-15);
            Assert.Equal(j - 1, hnl.TransitionVertices2.Count);
            for (int k = 1; k < j; k++) Assert.Equal(s.ZPrimeVertexSquared(k, j), hnl.TransitionVertices2[k - 1], 1e-15);
        }
    }

    [Fact] // two active flavours (μ, τ): |V_αN|² = Σ_light |U_αi|² |V_iN|² per flavour, 0 for e (not on the card), 1e-15;
           // flavour-summed: Σ_α |V_αN|² ≈ |V_N|² = Σ_light |V_iN|², since Σ_α |U_αi|² = 1 − O(m_D²/m_N²) for a light i
           // (here m_D/m_N ~ 1e-4: relative 1e-6 allows 100× that)
    public void DarkPhotonModel_CarriesOneProductionVertexPerActiveFlavour()
    {
        var s = DarkSeesawSpectrum.Compute(DarkSeesawCard.ParseYaml("""
            model: dark-seesaw
            mD: [[1e-5, 0], [0, 2e-5]]
            mNMatrix: [[0.1, 0.01], [0.01, 0.2]]
            lambdaL: [[0.01], [0.02]]
            lambdaR: [[0.03], [0.04]]
            mX: [[0.3]]
            mZprime: 1.25
            epsilon: 0.02
            gD: 2
            activeFlavours: [mu, tau]
            """));
        var model = DarkSeesawDecays.ToDarkPhotonModel(s);
        for (int j = s.LightStateCount; j < s.StateCount; j++)
        {
            var hnl = model.Hnls[j - s.LightStateCount];
            double mu = 0, tau = 0;
            for (int i = 0; i < s.LightStateCount; i++)
            {
                mu += s.MixingSquared(LeptonFlavour.Muon, i) * s.ZPrimeVertexSquared(i, j);
                tau += s.MixingSquared(LeptonFlavour.Tau, i) * s.ZPrimeVertexSquared(i, j);
            }
            Assert.Equal(0.0, hnl.VertexE2);
            Assert.Equal(mu, hnl.VertexMu2, 1e-15);
            Assert.Equal(tau, hnl.VertexTau2, 1e-15);
            Assert.True(Math.Abs(hnl.VertexMu2 + hnl.VertexTau2 - hnl.DecayVertex2) <= 1e-6 * hnl.DecayVertex2, $"{hnl.VertexMu2 + hnl.VertexTau2} vs {hnl.DecayVertex2}");
        }
    }

    [Fact] // every heavy state: Σ partials = total, c·τ0 = ħc/Γ (1e-12); light states stable; N_j → N_k e e listed for all k < j
    public void StateTables_AreConsistent()
    {
        var s = Benchmark();
        var tables = DarkSeesawDecays.AllStates(s);
        Assert.True(double.IsPositiveInfinity(tables[0].CTau0Cm));
        for (int j = 1; j < s.StateCount; j++)
        {
            var t = tables[j];
            Assert.True(t.TotalWidthGeV > 0);
            Assert.Equal(1, t.Channels.Sum(c => c.WidthGeV) / t.TotalWidthGeV, 1e-12);
            Assert.Equal(1, t.CTau0Cm * t.TotalWidthGeV / PhysicalConstants.HbarCGeVCm, 1e-12);
            for (int k = 1; k < j; k++) Assert.Contains(t.Channels, c => c.Name == $"{s.StateName(k)}_e_e");
            Assert.Equal(t.TotalWidthGeV, DarkSeesawDecays.State(s, j).TotalWidthGeV);
        }
    }

    [Fact] // Z' → e e = (α ε² m_Z'/3)(1 + 2x)√(1 − 4x) (physics.md §2.1, 1e-12); BRs sum to 1 (1e-12); diagonal N_j N_j present
    public void ZPrimeTable_HasLeptonClosedFormAndSumsToOne()
    {
        var s = Benchmark();
        var z = DarkSeesawDecays.ZPrime(s);
        double mz = s.ZPrimeMassGeV, x = Math.Pow(PhysicalConstants.ElectronMassGeV / mz, 2);
        double ee = PhysicalConstants.Alpha * s.Epsilon * s.Epsilon * mz / 3 * (1 + 2 * x) * Math.Sqrt(1 - 4 * x);
        Assert.Equal(1, z.Width("e_e") / ee, 1e-12);
        Assert.Equal(1, z.Channels.Sum(c => z.BranchingRatio(c.Name)), 1e-12);
        Assert.Contains(z.Channels, c => c.Name == "N4_N4");
        Assert.Contains(z.Channels, c => c.Name == "N5_N6");
    }

    [Fact] // Γ(Z' → N_j N_j) = ½ Γ(Z' → N_k N_j) of the dark-photon code at m_k → m_j (identical Majorana particles), 1e-6
    public void DiagonalZPrimeWidth_IsHalfTheOffDiagonalMajoranaWidthAtEqualMasses()
    {
        double m = 0.2, mz = 1.25, alphaD = 0.3, v2 = 0.04;
        var model = DarkPhotonModel.TwoHnls(m, m * (1 + 1e-9), mz, 0.01, alphaD, 0, 0, Math.Sqrt(v2), isMajorana: true);
        double offDiagonal = DarkPhotonDecays.ZPrime(model).Width("N4_N5");
        Assert.Equal(0.5 * offDiagonal, DarkSeesawDecays.DiagonalZPrimeWidthGeV(mz, m, alphaD, v2), 1e-6 * offDiagonal);
        // massless limit: g²|V|² m_Z'/(24π), the Z → νν̄ analogue
        Assert.Equal(4 * Math.PI * alphaD * v2 * mz / (24 * Math.PI), DarkSeesawDecays.DiagonalZPrimeWidthGeV(mz, 0, alphaD, v2), 1e-15);
        Assert.Equal(0.0, DarkSeesawDecays.DiagonalZPrimeWidthGeV(mz, 0.7, alphaD, v2));
    }

    [Fact] // MicroBooNE dual, light Z': Γ(N4 → ν Z') = 2 α_D |U_μ4|² m³/(4 m_Z'²)(1 − r)²(½ + r) (Majorana ×2, physics.md §2.1), 1e-12
    public void DualScenario_LightZPrime_TwoBodyWidthMatchesClosedForm()
    {
        var dual = new MicroBooNEDualScenario { M4GeV = 0.1, Delta = 0.5, ZPrimeMassGeV = 0.03, Epsilon = 1e-3, Umu4 = 1e-3, Umu5 = 2e-3 };
        var s = dual.Spectrum();
        var n4 = DarkSeesawDecays.State(s, 1);
        double r = 0.03 * 0.03 / (0.1 * 0.1);
        double expected = 2 * dual.AlphaDark * 1e-6 * 1e-3 / (4 * 0.03 * 0.03) * (1 - r) * (1 - r) * (0.5 + r);
        Assert.Equal(1, n4.Width("nu_Zprime") / expected, 1e-12);
        var n5 = DarkSeesawDecays.State(s, 2);
        Assert.True(n5.Width("N4_Zprime") > 0);   // m5 − m4 = 0.05 > m_Z'
    }

    [Fact]
    public void DegenerateHeavyStates_AreAClearError()
    {
        var p = new DarkSeesawParameters(new[,] { { 1e-5 } }, new[,] { { 0.1 } }, new[,] { { 0.0 } }, new[,] { { 0.0 } }, new[,] { { 0.3 } },
            1.25, 0.01, 0.3);   // Λ = 0: the dark pair is exactly degenerate
        var e = Assert.Throws<DarkSectorException>(() => DarkSeesawDecays.ZPrime(DarkSeesawSpectrum.Compute(p)));
        Assert.Contains("degenerate", e.Message);
    }
}
