using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Simulation;

/// <summary>
/// The helicity chain of the dark-photon signal, end to end: ν_μ (left-handed) upscattering labels its N helicity,
/// the generator sets the N spin Π = h p̂_N in the N rest frame, and the decay matrix element turns Π into the direction
/// of the e⁺e⁻ pair. Each step has a sign that could be wrong; these tests compare the whole chain with closed forms.
/// </summary>
/// <remarks>
/// <para>Closed forms (derived independently of the code, Dirac N, V−A N–ν vertex, vector lepton current):
/// (i) N → ν Z' on shell: dΓ/dcosθ_ν ∝ 1 + a Π·n̂_ν with a = (2r² − 1)/(1 + 2r²), r = m_Z'/m_N (trace with the spin
/// projector; for r → 0 it is angular-momentum conservation: a longitudinal Z' carries no spin along its momentum, so the
/// left-handed ν carries the N spin and goes against Π). The pair is the Z' = −ν direction, so
/// ⟨cos∠(pair, p̂_N)⟩_rest = −h a/3.
/// (ii) Contact limit (m_Z' ≫ m_N), massless leptons: integrating the pair phase space with
/// ∫dΦ₂ p₂^α p₃^β ∝ q² g^αβ + 2q^α q^β gives dΓ ∝ ε²[(3 − 2ε) + Π·n̂_ν (1 − 2ε)] dε dcosθ, ε = 2E_ν/m_N (the Michel
/// form), hence dΓ/dcosθ_ν ∝ 1 − Π·n̂_ν/3 and ⟨cos∠(pair, p̂_N)⟩_rest = h/9.
/// For the dominant helicity h = −1 (helicity conserving for a left-handed ν_μ) the pair goes backwards in the N rest
/// frame in both cases: the same convention as DarkNews' generator (it draws the daughter ν at cosθ along the N
/// direction with weight ∝ 1 + h a cosθ, diff_gamma_Ni_to_Nj_V with two_body_decay's first daughter).</para>
/// </remarks>
public class DarkPhotonSignalPolarizationTests
{
    // A toy triangle flux peaked at 0.6 GeV, T2K-like; shape does not enter the rest-frame closed forms.
    private static readonly EnergySpectrum Flux = new([0.05, 0.6, 3.0], [0.0, 1e-9, 0.0], "toy-t2k-like");

    private static (double HMinusShare, double Mean, double Error) PairDirection(DarkPhotonModel model, string nucleus)
    {
        var signal = new DarkPhotonSignal(model);
        var processes = signal.For(NeutrinoFlavour.MuonNeutrino, [Nuclei.Get(nucleus)], [1.0])!;
        var options = new GenerationOptions
        {
            Vegas = new VegasOptions { Seed = 5, WarmupIterations = 5, WarmupEvaluations = 4000, Iterations = 4, Evaluations = 10_000 },
            Events = 20_000,
            Model = "dark-photon",
        };
        var sample = new EventGenerator(Flux, processes.Model).Generate(options).Events;
        double all = 0, sw = 0, swc = 0;
        var terms = new List<(double W, double Cos)>();
        for (int i = 0; i < sample.Count; i++)
        {
            var e = sample[i];
            double w = sample.TotalWeight(i);
            all += w;
            if (e.HnlHelicity != -1) continue;
            var frame = RestFrame.Of(e.Hnl);
            var pair = frame.ToRest(e.Product2) + frame.ToRest(e.Product3);
            double cos = pair.P3.CosAngleTo(e.Hnl.P3);
            terms.Add((w, cos));
            sw += w;
            swc += w * cos;
        }
        double mean = swc / sw;
        double error = Math.Sqrt(terms.Sum(t => t.W * t.W * (t.Cos - mean) * (t.Cos - mean))) / sw;   // ratio-estimator error
        return (sw / all, mean, error);
    }

    [Fact] // light benchmark (m_N = 0.1, m_Z' = 0.03 on shell) on Ar40: h = −1 carries > 99% of the rate, and the pair's
           // ⟨cos∠(pair, p̂_N)⟩ in the N rest frame for h = −1 equals a/3 = −0.2316 within 4σ (σ ≈ 0.005 here)
    public void OnShellDecay_PairDirectionFollowsHelicity()
    {
        var model = DarkPhotonModel.SingleHnl(0.1, 0.03, 1.7e-4, 0.25, 8e-9, 8e-9);
        var (share, mean, error) = PairDirection(model, "Ar40");
        double r2 = 0.03 * 0.03 / (0.1 * 0.1), a = (2 * r2 - 1) / (1 + 2 * r2);
        Assert.True(share > 0.99, $"h = -1 share {share}");
        Assert.True(Math.Abs(mean - a / 3) < 4 * error, $"<cos> = {mean} ± {error}, expected {a / 3}");
        Assert.True(error < 0.02, $"error {error}");
    }

    [Fact] // heavy benchmark (m_Z' = 1.25 ≫ m_N = 0.1, contact limit up to O(m_N²/m_Z'²) ≈ 0.6%) on C12: for h = −1,
           // ⟨cos∠(pair, p̂_N)⟩_rest = −1/9 within 4σ (σ ≈ 0.005)
    public void ContactDecay_PairDirectionFollowsHelicity()
    {
        var model = new DarkPhotonModel
        {
            Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 2.2e-7, DecayVertex2 = 1 }],
            ZPrimeMassGeV = 1.25,
            Epsilon = Math.Sqrt(4.6e-4),
            AlphaDark = 0.4,
        };
        var (share, mean, error) = PairDirection(model, "C12");
        Assert.True(share > 0.99, $"h = -1 share {share}");
        Assert.True(Math.Abs(mean - (-1.0 / 9)) < 4 * error, $"<cos> = {mean} ± {error}, expected {-1.0 / 9}");
        Assert.True(error < 0.02, $"error {error}");
    }
}
