using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.Generation.Channels;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Tests.Simulation;

/// <summary>
/// The dark-seesaw signal: one-step branching ratios against the decay tables, the SM-only step against the closed
/// form, the chain branching ratios against a recursion written from the tables alone, and the cascade kinematics
/// (four-momentum conservation, E[w] = 1).
/// </summary>
public class DarkSeesawSignalTests
{
    // docs/examples/dark-seesaw.yaml: five heavy states N4 … N8
    private static readonly DarkSeesawSpectrum Example = DarkSeesawSpectrum.Compute(DarkSeesawCard.ParseYaml("""
        model: dark-seesaw
        mD: [[2e-6, 3e-6, 4e-6]]
        mN: [0.12, 0.25, 0.6]
        lambdaL: [[0.02], [0.03], [0.05]]
        lambdaR: [[0.04], [-0.01], [0.02]]
        mX: [[0.3]]
        mZprime: 1.25
        epsilon2: 4.6e-4
        alphaD: 0.39
        """));

    private static readonly LeptonFlavour[] Both = [LeptonFlavour.Electron, LeptonFlavour.Muon];

    [Fact] // Σ of the e and μ steps into f ℓℓ = BR(f_e_e) + BR(f_mu_mu) + BR(f_Zprime)·(BR(Z'→ee) + BR(Z'→μμ)) of the
           // tables, for f = ν and each lighter N_k (the SM part of f = ν is split off and added back): 1e-12
    public void Steps_AddUpToTheDecayTables()
    {
        var zPrime = DarkSeesawDecays.ZPrime(Example);
        for (int j = Example.LightStateCount; j < Example.StateCount; j++)
        {
            var table = DarkSeesawDecays.State(Example, j);
            var steps = DarkSeesawDecaySteps.Of(Example, j, Both);
            for (int k = -1; k < j; k++)
            {
                if (k >= 0 && k < Example.LightStateCount) continue;
                string f = k < 0 ? "nu" : Example.StateName(k);
                double expected = table.BranchingRatio($"{f}_e_e") + table.BranchingRatio($"{f}_mu_mu")
                    + table.BranchingRatio($"{f}_Zprime") * (zPrime.BranchingRatio("e_e") + zPrime.BranchingRatio("mu_mu"));
                double actual = steps.Where(s => s.Daughter == k).Sum(s => s.BranchingRatio);
                Assert.True(expected > 0, $"{Example.StateName(j)} -> {f}: closed");
                Assert.Equal(expected, actual, 1e-12 * Math.Max(1, expected));
            }
        }
    }

    [Fact] // SM step N_j → ν_μ e⁺e⁻ (Z only, α ≠ ℓ): Γ = 2 G_F² m⁵ |U_μj|² (g_L² + g_R²)/(192π³), g_L = −½ + s_W², g_R = s_W²
           // (Majorana ×2; Bondarenko et al. JHEP 11 (2018) 032, eq. 3.6 with m_e → 0); m_e²/m_N² ≤ 2e-5 here: 1e-3
    public void StandardModelStep_MatchesTheMasslessClosedForm()
    {
        double gl = -0.5 + PhysicalConstants.SinThetaW2, gr = PhysicalConstants.SinThetaW2, gf = PhysicalConstants.FermiConstantGeVm2;
        for (int j = Example.LightStateCount; j < Example.StateCount; j++)
        {
            double m = Example.MassesGeV[j];
            double closed = 2 * gf * gf * Math.Pow(m, 5) * Example.MixingSquared(LeptonFlavour.Muon, j) * (gl * gl + gr * gr) / (192 * Math.Pow(Math.PI, 3));
            var step = DarkSeesawDecaySteps.Of(Example, j, [LeptonFlavour.Electron]).Single(s => s.Name == "numu_e_e_SM");
            Assert.Equal(closed, step.Sampler.WidthGeV, 1e-3 * closed);
            Assert.Equal(closed / DarkSeesawDecays.State(Example, j).TotalWidthGeV, step.BranchingRatio, 1e-3 * step.BranchingRatio);
        }
    }

    [Fact] // visible e-only chain BR of each state from the tables alone: B(j) = Σ_f b_e(j→f) · g(f), g(ν) = 1,
           // g(N_k) = [1 − Σ_f' (b_e + b_μ)(k→f')] + B(k), with b_ℓ(j→f) = BR(f_ℓ_ℓ) + BR(f_Zprime) BR(Z'→ℓℓ);
           // chains below 1e-6 of the total are dropped: relative 1e-4
    public void VisibleBranchingRatio_MatchesTheTableRecursion()
    {
        var zPrime = DarkSeesawDecays.ZPrime(Example);
        double B(int j, out double anyPair)
        {
            var t = DarkSeesawDecays.State(Example, j);
            double b(string f, string pair) => t.BranchingRatio($"{f}_{pair}") + t.BranchingRatio($"{f}_Zprime") * zPrime.BranchingRatio(pair);
            double visible = b("nu", "e_e");
            anyPair = b("nu", "e_e") + b("nu", "mu_mu");
            for (int k = Example.LightStateCount; k < j; k++)
            {
                string f = Example.StateName(k);
                anyPair += b(f, "e_e") + b(f, "mu_mu");
                double daughter = B(k, out double daughterAny);
                visible += b(f, "e_e") * (1 - daughterAny + daughter);
            }
            return visible;
        }
        foreach (var signal in DarkSeesawSignal.ForCard(Example))
        {
            double expected = B(signal.State, out _);
            Assert.Equal(expected, signal.VisibleBranchingRatio, 1e-4 * expected);
        }
    }

    [Fact] // every chain: daughter + Σℓ⁻ + Σℓ⁺ = (m_j, 0) in the rest frame (1e-9 GeV), the final state on its mass
           // shell (1e-6 GeV), and the mean weight over uniform inputs 1 within 5 standard errors
    public void Cascades_ConserveFourMomentumAndAverageToOne()
    {
        var signal = new DarkSeesawSignal(Example, Example.StateCount - 1);
        Assert.Contains(signal.Channels, c => c.Sampler is CascadeChannel { StepCount: 3 });
        var random = new Random(7);
        var products = new FourMomentum[3];
        double m = Example.MassesGeV[^1];
        foreach (var channel in signal.Channels)
        {
            var sampler = channel.Sampler;
            var u = new double[sampler.UniformCount];
            int n = 20_000;
            double sum = 0, sum2 = 0;
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < u.Length; k++) u[k] = random.NextDouble();
                double w = sampler.Sample(u, new ThreeVector(0, 0, -1), products);
                sum += w;
                sum2 += w * w;
                if (w == 0) continue;
                var total = products[0] + products[1] + products[2];
                Assert.Equal(m, total.E, 1e-9);
                Assert.Equal(0, total.P, 1e-9);
                double finalMass = channel.Sampler.Channel.ProductPdgCodes[0] == DarkSeesawSignal.HeavyDaughterPdg
                    ? Example.MassesGeV[Example.IndexOf(channel.Sampler.Channel.Name.Split('>')[^1].Split('_')[0])] : 0;
                Assert.Equal(finalMass, Math.Sqrt(Math.Max(0, products[0].Dot(products[0]))), 1e-6);
            }
            double mean = sum / n, error = Math.Sqrt((sum2 / n - mean * mean) / n);
            Assert.True(Math.Abs(mean - 1) < 5 * error + 1e-12, $"{sampler.Channel.Name}: mean {mean} ± {error}");
        }
    }

    [Fact] // the card's sum: every state a ν_μ beam produces with a visible chain (here all five heavy states: 3 sterile + the dark pair)
    public void ForCard_GivesEveryProducedVisibleState()
    {
        var signals = DarkSeesawSignal.ForCard(Example);
        Assert.Equal(["N4", "N5", "N6", "N7", "N8"], signals.Select(s => s.StateName));
        Assert.All(signals, s => Assert.InRange(s.VisibleBranchingRatio, 1e-12, 1));
    }
}
