using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

/// <summary>
/// The one-step visible decays of a dark-seesaw state (<see cref="DarkSeesawDecaySteps"/>): branching ratios against the
/// decay tables, the SM steps against the massless closed form of Bondarenko et al. (both the Z-only and the Z + W
/// flavour), names, daughters and the refused states.
/// </summary>
public class DarkSeesawDecayStepsTests
{

    private static readonly DarkSeesawSpectrum Example = DarkSeesawSpectrum.Compute(DarkSeesawCard.ParseYaml(ExampleCards.DarkSeesaw));

    // the same point with the single active flavour e: the SM step ν_e e e has the W exchange too
    private static readonly DarkSeesawSpectrum ElectronExample = DarkSeesawSpectrum.Compute(DarkSeesawCard.ParseYaml(ExampleCards.DarkSeesaw + "\nactiveFlavours: [e]"));

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
                foreach (var (lepton, pair) in new[] { (LeptonFlavour.Electron, "e_e"), (LeptonFlavour.Muon, "mu_mu") })
                {
                    double expected = table.BranchingRatio($"{f}_{pair}") + table.BranchingRatio($"{f}_Zprime") * zPrime.BranchingRatio(pair);
                    double actual = steps.Where(s => s.Daughter == k && s.Lepton == lepton).Sum(s => s.BranchingRatio);
                    Assert.Equal(expected, actual, 1e-12 * Math.Max(1, expected));
                }
            }
        }
    }

    [Fact] // names and daughters: f = ν first (daughter −1, "nu_e_e" through the Z', "numu_e_e_SM"), then N_k (daughter
           // = k, "N{k}_e_e"); lighter states only; every branching ratio in (0, 1]
    public void Steps_AreNamedAndOrderedByDaughter()
    {
        int top = Example.StateCount - 1;
        var steps = DarkSeesawDecaySteps.Of(Example, top, [LeptonFlavour.Electron]);
        Assert.Equal("numu_e_e_SM", steps[0].Name);
        Assert.Equal(-1, steps[0].Daughter);
        Assert.Equal("nu_e_e", steps[1].Name);
        Assert.Equal(-1, steps[1].Daughter);
        var heavy = steps.Skip(2).ToList();
        Assert.Equal(Enumerable.Range(Example.LightStateCount, top - Example.LightStateCount), heavy.Select(s => s.Daughter));
        foreach (var s in heavy) Assert.Equal($"{Example.StateName(s.Daughter)}_e_e", s.Name);
        foreach (var s in steps)
        {
            Assert.Equal(LeptonFlavour.Electron, s.Lepton);
            Assert.InRange(s.BranchingRatio, double.Epsilon, 1);
            Assert.True(s.Sampler.WidthGeV > 0);
            Assert.Equal(Example.MassesGeV[top], s.Sampler.ParentMassGeV, 1e-15);
        }
        // the lightest heavy state decays only into light neutrinos
        Assert.All(DarkSeesawDecaySteps.Of(Example, Example.LightStateCount, Both), s => Assert.Equal(-1, s.Daughter));
        Assert.Contains(DarkSeesawDecaySteps.Of(Example, top, Both), s => s.Name == "nu_mu_mu" && s.Lepton == LeptonFlavour.Muon);
    }

    [Fact] // SM step N_j → ν_μ e⁺e⁻ (Z only, α ≠ ℓ): Γ = 2 G_F² m⁵ |U_μj|² (g_L² + g_R²)/(192π³), g_L = −½ + s_W², g_R = s_W²
           // (Majorana ×2; Bondarenko et al. JHEP 11 (2018) 032, eq. 3.6 with m_e → 0); m_e²/m_N² ≤ 2e-5 here: 1e-3
    public void StandardModelStep_ZOnly_MatchesTheMasslessClosedForm() =>
        AssertStandardModelSteps(Example, LeptonFlavour.Muon, "numu_e_e_SM", -0.5 + PhysicalConstants.SinThetaW2);

    [Fact] // SM step N_j → ν_e e⁺e⁻ (Z and W, α = ℓ): the same with g_L = +½ + s_W² (the W adds 1 to g_L; same reference)
    public void StandardModelStep_ZAndW_MatchesTheMasslessClosedForm() =>
        AssertStandardModelSteps(ElectronExample, LeptonFlavour.Electron, "nue_e_e_SM", 0.5 + PhysicalConstants.SinThetaW2);

    private static void AssertStandardModelSteps(DarkSeesawSpectrum spectrum, LeptonFlavour alpha, string name, double gl)
    {
        double gr = PhysicalConstants.SinThetaW2, gf = PhysicalConstants.FermiConstantGeVm2;
        for (int j = spectrum.LightStateCount; j < spectrum.StateCount; j++)
        {
            double m = spectrum.MassesGeV[j];
            double closed = 2 * gf * gf * Math.Pow(m, 5) * spectrum.MixingSquared(alpha, j) * (gl * gl + gr * gr) / (192 * Math.Pow(Math.PI, 3));
            var steps = DarkSeesawDecaySteps.Of(spectrum, j, [LeptonFlavour.Electron]);
            var step = Assert.Single(steps, s => s.Name == name);
            Assert.Equal(-1, step.Daughter);
            Assert.Equal(closed, step.Sampler.WidthGeV, 1e-3 * closed);
            Assert.Equal(closed / DarkSeesawDecays.State(spectrum, j).TotalWidthGeV, step.BranchingRatio, 1e-3 * step.BranchingRatio);
            Assert.DoesNotContain(steps, s => s.Name.EndsWith("_SM", StringComparison.Ordinal) && s.Name != name); // one active flavour
        }
    }

    [Fact] // the heavy states are [LightStateCount, StateCount): both neighbours outside are refused, naming the range
    public void LightOrMissingStates_AreRefused()
    {
        int light = Example.LightStateCount, count = Example.StateCount;
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => DarkSeesawDecaySteps.Of(Example, light - 1, Both));
        Assert.Equal("state", below.ParamName);
        Assert.Contains($"[{light}, {count - 1}]", below.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DarkSeesawDecaySteps.Of(Example, count, Both));
        Assert.NotEmpty(DarkSeesawDecaySteps.Of(Example, count - 1, Both));
        Assert.NotEmpty(DarkSeesawDecaySteps.Of(Example, light, Both));
    }

    [Fact] // pair names are the decay tables' channel suffixes; τ pairs are not generated
    public void PairNames_AreTheTableSuffixes()
    {
        Assert.Equal("e_e", DarkSeesawDecaySteps.PairName(LeptonFlavour.Electron));
        Assert.Equal("mu_mu", DarkSeesawDecaySteps.PairName(LeptonFlavour.Muon));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DarkSeesawDecaySteps.PairName(LeptonFlavour.Tau));
        Assert.Equal("lepton", e.ParamName);
        Assert.Contains("only e and mu", e.Message);
    }
}
