using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.Decays;

public class ThreeBodyDecaySamplerTests
{
    private static readonly DarkPhotonModel HeavyDirac = DarkPhotonModel.SingleHnl(0.25, 0.3, 0.02, 0.4, 2.2e-7, 1.0);
    private static readonly DarkPhotonModel HeavyMajorana = HeavyDirac with { IsMajorana = true };
    private static readonly DarkPhotonModel Dual = DarkPhotonModel.TwoHnls(0.1, 0.16, 1.25, 0.01, 0.32, 1e-3, 1e-3, 0.5, isMajorana: true);

    private static ThreeBodyDecaySampler Sampler(DarkPhotonModel model, LeptonFlavour lepton = LeptonFlavour.Electron, int index = 0, int daughter = -1) =>
        DarkPhotonDecays.ZPrimeLeptonPairSampler(model, index, lepton, daughter);

    private static (double Mean, double Error) MeanWeight(ThreeBodyDecaySampler sampler, ThreeVector polarization, int count, int seed)
    {
        var random = new Random(seed);
        Span<double> u = stackalloc double[ThreeBodyDecaySampler.UniformCount];
        double sum = 0, sum2 = 0;
        for (int i = 0; i < count; i++)
        {
            for (int d = 0; d < u.Length; d++) u[d] = random.NextDouble();
            double w = sampler.Sample(u, polarization, out _, out _, out _);
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / count;
        return (mean, Math.Sqrt((sum2 / count - mean * mean) / count));
    }

    [Theory] // E[w] = Γ for any polarisation; within 5σ of the MC error (fixed seed, 4e4 samples)
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.6)]
    public void MeanWeight_EqualsPartialWidth(double polarizationZ)
    {
        foreach (var sampler in new[] { Sampler(HeavyDirac), Sampler(HeavyMajorana, LeptonFlavour.Muon), Sampler(Dual, index: 1, daughter: 0) })
        {
            var (mean, error) = MeanWeight(sampler, new ThreeVector(0, 0, polarizationZ), 40_000, 17);
            Assert.True(Math.Abs(mean - sampler.WidthGeV) < 5 * error, $"mean {mean} vs width {sampler.WidthGeV} ± {error}");
            Assert.True(error < 0.01 * sampler.WidthGeV);
        }
    }

    [Fact] // m_N = m_Z' (the pole at the endpoint of q² for N → ν ee): finite weights whose mean is the width (5σ), and
           // the width lies between its neighbours just off the degeneracy (on-shell just above, off-shell just below)
    public void DegenerateMediator_SamplesFiniteWeightsWithMeanWidth()
    {
        var degenerate = DarkPhotonModel.SingleHnl(0.03, 0.03, 8e-4, 0.25, 2e-10, 2e-10);
        var sampler = Sampler(degenerate);
        Assert.False(sampler.IsOnShell);
        var (mean, error) = MeanWeight(sampler, new ThreeVector(0, 0, 0.5), 40_000, 3);
        Assert.True(double.IsFinite(mean) && Math.Abs(mean - sampler.WidthGeV) < 5 * error, $"mean {mean} vs width {sampler.WidthGeV} ± {error}");
        double below = Sampler(DarkPhotonModel.SingleHnl(0.0299, 0.03, 8e-4, 0.25, 2e-10, 2e-10)).WidthGeV;
        double above = Sampler(DarkPhotonModel.SingleHnl(0.0301, 0.03, 8e-4, 0.25, 2e-10, 2e-10)).WidthGeV;
        Assert.InRange(sampler.WidthGeV, below, above);
    }

    [Fact] // weights average to Γ(N→νZ')·BR(Z'→ee) in the on-shell mode too; 5σ
    public void OnShellMeanWeight_EqualsTwoBodyTimesBranchingRatio()
    {
        var light = DarkPhotonModel.SingleHnl(0.3, 0.05, 0.01, 0.25, 1e-6, 0.4);
        var sampler = Sampler(light);
        var (mean, error) = MeanWeight(sampler, new ThreeVector(0.3, 0, 0.8), 20_000, 5);
        double expected = DarkPhotonDecays.Hnl(light).Width("nu_Zprime") * DarkPhotonDecays.ZPrime(light).BranchingRatio("e_e");
        Assert.True(Math.Abs(mean - expected) < 5 * error);
    }

    private static Gen<double[]> Uniforms => Uniform(0, 0.999999).ArrayOf(ThreeBodyDecaySampler.UniformCount);

    [Property] // four-momentum conserved to 1e-12 GeV, daughters on shell to 1e-10 GeV²
    public Property Sample_ConservesFourMomentum()
    {
        var sampler = Sampler(Dual, LeptonFlavour.Electron, 1, 0);
        return Prop.ForAll(Arb.From(Uniforms), u =>
        {
            sampler.Sample(u, ThreeVector.UnitZ, out var f, out var minus, out var plus);
            var total = f + minus + plus;
            double me2 = PhysicalConstants.ElectronMassGeV * PhysicalConstants.ElectronMassGeV;
            return Math.Abs(total.E - 0.16) < 1e-12 && total.P < 1e-12
                && Math.Abs(f.MassSquared - 0.01) < 1e-10 && Math.Abs(minus.MassSquared - me2) < 1e-10 && Math.Abs(plus.MassSquared - me2) < 1e-10;
        });
    }

    [Property] // the four-vector |M|² at Π = 0 equals the Dalitz-variable form; and ½[|M|²(Π) + |M|²(−Π)] = |M|²(0); 1e-10 relative
    public Property MatrixElement_SpinAverageIsUnpolarized()
    {
        var elements = new[] { HeavyDirac, HeavyMajorana }.Select(model => DarkPhotonDecays.ZPrimeMatrixElement(model, 0, -1, LeptonFlavour.Muon)).ToArray();
        var samplers = elements.Select(me => new ThreeBodyDecaySampler(me)).ToArray();
        return Prop.ForAll(Arb.From(Gen.Elements(0, 1)), Arb.From(Uniforms), Arb.From(UnitVectors), (model, u, spin) =>
        {
            var me = elements[model];
            samplers[model].Sample(u, ThreeVector.Zero, out var k1, out var p2, out var p3);
            double unpolarized = me.Reduced(k1, p2, p3, ThreeVector.Zero);
            double dalitz = me.ReducedUnpolarized((k1 + p2).MassSquared, (p2 + p3).MassSquared);
            double average = 0.5 * (me.Reduced(k1, p2, p3, spin) + me.Reduced(k1, p2, p3, -spin));
            return Math.Abs(dalitz / unpolarized - 1) < 1e-9 && Math.Abs(average / unpolarized - 1) < 1e-10;
        });
    }

    [Property] // Majorana N → ν ℓℓ: the ν and ν̄ channels' spin asymmetries cancel, |M|² independent of Π (1e-10)
    public Property MajoranaMatrixElement_IsIndependentOfPolarization()
    {
        var me = DarkPhotonDecays.ZPrimeMatrixElement(HeavyMajorana, 0, -1, LeptonFlavour.Electron);
        var sampler = new ThreeBodyDecaySampler(me);
        return Prop.ForAll(Arb.From(Uniforms), Arb.From(UnitVectors), (u, spin) =>
        {
            sampler.Sample(u, ThreeVector.Zero, out var k1, out var p2, out var p3);
            return Math.Abs(me.Reduced(k1, p2, p3, spin) / me.Reduced(k1, p2, p3, ThreeVector.Zero) - 1) < 1e-10;
        });
    }

    [Fact] // Dirac: the polarised N emits its ν preferentially against/along its spin: the ν forward-backward asymmetry is nonzero (> 5σ), and flips with Π
    public void DiracPolarization_ProducesNeutrinoAsymmetry()
    {
        var sampler = Sampler(HeavyDirac);
        double Asymmetry(ThreeVector spin)
        {
            var random = new Random(3);
            Span<double> u = stackalloc double[5];
            double forward = 0, total = 0;
            for (int i = 0; i < 20_000; i++)
            {
                for (int d = 0; d < 5; d++) u[d] = random.NextDouble();
                double w = sampler.Sample(u, spin, out var nu, out _, out _);
                total += w;
                if (nu.Pz > 0) forward += w;
            }
            return 2 * forward / total - 1;
        }
        double up = Asymmetry(ThreeVector.UnitZ), down = Asymmetry(-ThreeVector.UnitZ);
        Assert.True(Math.Abs(up) > 0.05, $"asymmetry {up}");
        Assert.Equal(-up, down, 0.03);
    }

    [Fact] // accept-reject: acceptance ≈ Γ/MaxWeight and no weight above MaxWeight in 2e4 draws
    public void UnweightedSampling_AcceptsWithProbabilityWidthOverMaxWeight()
    {
        var sampler = Sampler(HeavyDirac);
        var random = new Random(11);
        Span<double> u = stackalloc double[6];
        int accepted = 0, n = 20_000;
        for (int i = 0; i < n; i++)
        {
            for (int d = 0; d < 6; d++) u[d] = random.NextDouble();
            Assert.True(sampler.Sample(u, ThreeVector.UnitZ, out _, out _, out _) <= sampler.MaxWeight);
            if (sampler.SampleUnweighted(u, ThreeVector.UnitZ, out _, out _, out _)) accepted++;
        }
        double p = sampler.WidthGeV / sampler.MaxWeight;
        Assert.Equal(p, (double)accepted / n, 5 * Math.Sqrt(p * (1 - p) / n));
    }

    [Fact] // Dirac N → ν Z'(→ee), spin along +z: dΓ/dcosθ_ν ∝ 1 + cosθ_ν (2r² − 1)/(1 + 2r²), r = m_Z'/m_N (derived
           // from the ME; same as DarkNews diff_gamma_Ni_to_Nj_V), so ⟨cosθ_ν⟩ = (2r² − 1)/(3(1 + 2r²)); 5σ with 4e4 samples
    public void OnShellDiracAngularDistribution_MatchesTwoBodyFormula()
    {
        var light = DarkPhotonModel.SingleHnl(0.3, 0.05, 0.01, 0.25, 1e-6, 0.4);
        var sampler = Sampler(light);
        var random = new Random(23);
        Span<double> u = stackalloc double[5];
        double sw = 0, swc = 0, swc2 = 0;
        for (int i = 0; i < 40_000; i++)
        {
            for (int d = 0; d < 5; d++) u[d] = random.NextDouble();
            double w = sampler.Sample(u, ThreeVector.UnitZ, out var nu, out _, out _);
            double c = nu.Pz / nu.P;
            sw += w; swc += w * c; swc2 += w * c * c;
        }
        double r2 = 0.05 * 0.05 / (0.3 * 0.3);
        double expected = (2 * r2 - 1) / (3 * (1 + 2 * r2));
        double mean = swc / sw, sigma = Math.Sqrt((swc2 / sw - mean * mean) / 40_000);
        Assert.True(Math.Abs(mean - expected) < 5 * sigma, $"<cos> = {mean} ± {sigma}, expected {expected}");
    }

    [Fact] // the public dΓ/dq² integrates to the partial width (Simpson, 20 000 intervals, 1e-6)
    public void DifferentialWidth_IntegratesToWidth()
    {
        var sampler = Sampler(HeavyDirac, LeptonFlavour.Muon);
        double lo = 4 * PhysicalConstants.MuonMassGeV * PhysicalConstants.MuonMassGeV, hi = 0.25 * 0.25;
        int n = 20_000;
        double h = (hi - lo) / n, sum = 0;
        for (int i = 0; i <= n; i++)
            sum += (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2) * sampler.DifferentialWidth(lo + i * h);
        Assert.Equal(1.0, sum * h / 3 / sampler.WidthGeV, 1e-6);
    }
}
