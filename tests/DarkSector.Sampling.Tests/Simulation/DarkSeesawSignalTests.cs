using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.Generation.Channels;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Tests.Simulation;

/// <summary>
/// The dark-seesaw signal: the chain branching ratios against a recursion written from the tables alone, and the
/// cascade kinematics (four-momentum conservation, E[w] = 1). The one-step branching ratios and the SM steps' closed
/// form are tested where they are computed (Physics.Tests, <c>DarkSeesawDecayStepsTests</c>).
/// </summary>
public class DarkSeesawSignalTests
{
    private static readonly DarkSeesawSpectrum Example = DarkSeesawSpectrum.Compute(DarkSeesawCard.ParseYaml(ExampleCards.DarkSeesaw));

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
