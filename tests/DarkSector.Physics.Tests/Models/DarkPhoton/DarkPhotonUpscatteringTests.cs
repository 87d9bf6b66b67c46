using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.Models.DarkPhoton;

public class DarkPhotonUpscatteringTests
{
    /// <summary>The DarkNews benchmark of issue 3: m4 = 0.2, m_Z' = 1.25, ε² = 4.6e-4, α_D = 0.4, |V_μ4|² = |U_μ4|²|U_D4|⁴ = 2.2e-7.</summary>
    private static DarkPhotonModel Benchmark(bool majorana, ChargeConvention charge = ChargeConvention.DarkNews) =>
        DarkPhotonModel.SingleHnl(0.2, 1.25, Math.Sqrt(4.6e-4), 0.4, 2.2e-7, 1.0, majorana) with { Charge = charge };

    private static readonly Nucleus Carbon = Nuclei.Get("C12");

    /// <summary>F(Q²) = 1: a point nucleus, for closed-form comparisons.</summary>
    private sealed class PointLike : INuclearFormFactor
    {
        public FormFactorModel Model => FormFactorModel.Dipole;
        public double RmsRadiusFm => 0;
        public double Evaluate(double q2GeV2) => 1.0;
    }

    [Fact]
    // DarkNews prints 3.836e-40 (Dirac) and 3.855e-40 (Majorana) cm² for ν_μ C12 → N C12, coherent, helicity conserving,
    // E = 1 GeV, with e = g s_W. At tree level the two are equal (a massless ν_L couples only to P_L N), so their 0.5%
    // spread measures DarkNews' own Monte Carlo integration error; we require agreement with each to 0.5%.
    public void CoherentCarbon_ReproducesDarkNews()
    {
        double dirac = DarkPhotonUpscattering.Coherent(Benchmark(false), Carbon, helicity: UpscatteringHelicity.Conserving).TotalCm2(1.0);
        double majorana = DarkPhotonUpscattering.Coherent(Benchmark(true), Carbon, helicity: UpscatteringHelicity.Conserving).TotalCm2(1.0);
        Assert.Equal(1.0, dirac / 3.836e-40, 5e-3);
        Assert.Equal(1.0, majorana / 3.855e-40, 5e-3);
        Assert.Equal(dirac, majorana);
    }

    [Fact] // the library default α(0) differs from DarkNews' e = g s_W by exactly (e_α/e_DN)², 1e-12
    public void DefaultCharge_ScalesAsElectricChargeSquared()
    {
        double darkNews = DarkPhotonUpscattering.Coherent(Benchmark(false), Carbon).TotalCm2(1.0);
        double thomson = DarkPhotonUpscattering.Coherent(Benchmark(false, ChargeConvention.ThomsonLimit), Carbon).TotalCm2(1.0);
        double ratio = Math.Pow(PhysicalConstants.ElementaryCharge / PhysicalConstants.DarkNewsElementaryCharge, 2);
        Assert.Equal(ratio, thomson / darkNews, 1e-12);
    }

    [Property] // σ ∝ |V_μN|² α_D (e ε)² at fixed masses (the analytic reweighting factor), dσ/dQ² ratios to 1e-12
    public Property CrossSection_ScalesExactlyWithCouplings()
    {
        var baseModel = Benchmark(false);
        var gen = from v in Uniform(1e-9, 1) from a in Uniform(0.01, 3) from e in Uniform(1e-4, 0.5) from energy in Uniform(0.3, 5) from x in Uniform(0, 1)
                  select (v, a, e, energy, x);
        return Prop.ForAll(Arb.From(gen), p =>
        {
            var scaled = baseModel with { Hnls = [baseModel.Hnl(0) with { VertexMu2 = p.v }], AlphaDark = p.a, Epsilon = p.e };
            var (lo, hi) = DarkPhotonUpscattering.Coherent(baseModel, Carbon).Kinematics.Q2Range(p.energy);
            double q2 = lo + (hi - lo) * p.x * 0.5;
            double reference = DarkPhotonUpscattering.ProtonElastic(baseModel).DifferentialCm2PerGeV2(p.energy, q2);
            double value = DarkPhotonUpscattering.ProtonElastic(scaled).DifferentialCm2PerGeV2(p.energy, q2);
            double factor = p.v / 2.2e-7 * p.a / 0.4 * p.e * p.e / 4.6e-4;
            return reference == 0 || Math.Abs(value / reference / factor - 1) < 1e-12;
        });
    }

    [Property] // conserving + flipping = both (the two helicity-projected lepton tensors sum to the unpolarised one), 1e-12
    public Property HelicityParts_SumToTotal()
    {
        var model = DarkPhotonModel.SingleHnl(0.4, 0.9, 0.01, 0.3, 1e-6, 1.0);
        var gen = from energy in Uniform(0.5, 5) from x in Uniform(0, 1) from proton in Gen.Elements(true, false) select (energy, x, proton);
        return Prop.ForAll(Arb.From(gen), p =>
        {
            DarkPhotonUpscattering Make(UpscatteringHelicity h) =>
                p.proton ? DarkPhotonUpscattering.ProtonElastic(model, helicity: h) : DarkPhotonUpscattering.Coherent(model, Carbon, helicity: h);
            var both = Make(UpscatteringHelicity.Both);
            var (lo, hi) = both.Kinematics.Q2Range(p.energy);
            double q2 = lo + (hi - lo) * p.x;
            double sum = Make(UpscatteringHelicity.Conserving).DifferentialCm2PerGeV2(p.energy, q2) + Make(UpscatteringHelicity.Flipping).DifferentialCm2PerGeV2(p.energy, q2);
            double total = both.DifferentialCm2PerGeV2(p.energy, q2);
            return Math.Abs(sum - total) <= 1e-12 * total;
        });
    }

    [Fact] // helicity flip needs the HNL mass: flipping/conserving → 0 as m_N → 0 (∝ m_N²: ratio falls ≥ 50× for m_N 0.1 → 0.01)
    public void HelicityFlip_VanishesForMasslessHnl()
    {
        double Ratio(double m)
        {
            var model = DarkPhotonModel.SingleHnl(m, 1.25, 0.01, 0.3, 1e-6, 1.0);
            return DarkPhotonUpscattering.Coherent(model, Carbon, helicity: UpscatteringHelicity.Flipping).TotalCm2(1.0)
                   / DarkPhotonUpscattering.Coherent(model, Carbon, helicity: UpscatteringHelicity.Conserving).TotalCm2(1.0);
        }
        Assert.True(Ratio(0.1) / Ratio(0.01) > 50);
        Assert.True(Ratio(0.01) < 1e-4);
    }

    [Fact] // point nucleus, m_N → 0: dσ/dT = C² M (1 − T/E − M T/(2E²))/(2π (2MT + m_Z'²)²), C = e ε g_D |V| Z (vector exchange on spin 0); 1e-6
    public void PointNucleus_MatchesMasslessClosedForm()
    {
        var model = DarkPhotonModel.SingleHnl(1e-5, 0.5, 0.01, 0.3, 1e-6, 1.0);
        var process = DarkPhotonUpscattering.Coherent(model, Carbon, new PointLike());
        double bigM = Carbon.MassGeV, e = 2.0;
        double c2 = PhysicalConstants.ElementaryCharge * PhysicalConstants.ElementaryCharge * 1e-4 * 4 * Math.PI * 0.3 * 1e-6 * 36;
        foreach (double t in new[] { 1e-4, 1e-3, 0.01, 0.1 })
        {
            double q2 = 2 * bigM * t;
            double expected = c2 * bigM * (1 - t / e - bigM * t / (2 * e * e)) / (2 * Math.PI * Math.Pow(q2 + 0.25, 2)) / (2 * bigM) * PhysicalConstants.HbarC2GeV2Cm2;
            Assert.Equal(1.0, process.DifferentialCm2PerGeV2(e, q2) / expected, 1e-6);
        }
    }

    [Fact] // spin-½ point target (F1 = 1, F2 = 0): the extra magnetic term adds T²/(2E²): H·L = 16M²E²(1 − T/E − MT/(2E²) + T²/(2E²)); 1e-12
    public void SpinHalfHadronicTensor_GivesDiracPointParticleResult()
    {
        double bigM = 0.938, e = 1.5, t = 0.3, q2 = 2 * bigM * t;
        // m_N = 0, both helicities: K = 2k'. Invariants: k·k' = Q²/2, k·P = ME, k'·P = ME − Q²/2.
        double kk = q2 / 2, kP = bigM * e, kpP = kP - q2 / 2, kq = -kk, kPt = 2 * kP + kq, pt2 = 4 * bigM * bigM + q2;
        double kK = 2 * kk, kqK = kK, kPtK = 2 * (2 * kpP) + kqK;
        double lg = -2 * kK, lqq = 2 * kqK * kq + q2 * kK, lpp = 2 * kPtK * kPt - pt2 * kK;
        double contraction = ElasticHadronicTensor.SpinHalf(1, 0, q2, bigM).Contract(lg, lqq, lpp, q2);
        double expected = 16 * bigM * bigM * e * e * (1 - t / e - bigM * t / (2 * e * e) + t * t / (2 * e * e));
        Assert.Equal(1.0, contraction / expected, 1e-12);
    }

    [Fact] // B = F1² + τF2² equals the Rosenbluth combination (G_E² + τ G_M²)/(1 + τ); 1e-12
    public void SpinHalfHadronicTensor_HasRosenbluthStructure()
    {
        double q2 = 0.4, m = PhysicalConstants.ProtonMassGeV, tau = q2 / (4 * m * m);
        double f1 = NucleonFormFactors.DiracF1(Nucleon.Proton, q2), f2 = NucleonFormFactors.PauliF2(Nucleon.Proton, q2);
        double ge = NucleonFormFactors.ElectricSachs(Nucleon.Proton, q2), gm = NucleonFormFactors.MagneticSachs(Nucleon.Proton, q2);
        var h = ElasticHadronicTensor.SpinHalf(f1, f2, q2, m);
        Assert.Equal((ge * ge + tau * gm * gm) / (1 + tau), h.B, 1e-12);
        Assert.Equal(gm * gm, h.A, 1e-12);
    }

    [Fact]
    public void CrossSection_VanishesBelowThresholdAndOutsideQ2Range()
    {
        var process = DarkPhotonUpscattering.Coherent(Benchmark(false), Carbon);
        double threshold = process.Kinematics.ThresholdEnergyGeV;
        Assert.Equal(0.2 + 0.04 / (2 * Carbon.MassGeV), threshold, 1e-15);
        Assert.Equal(0.0, process.TotalCm2(threshold * 0.999));
        Assert.Equal(0.0, process.DifferentialCm2PerGeV2(1.0, process.Kinematics.Q2Range(1.0).Max * 1.01));
        Assert.True(process.TotalCm2(threshold * 1.01) > 0);
    }

    [Fact] // σ(E) of the adaptive integrator agrees with a brute-force 200 000-point Simpson rule in ln Q² to 1e-6 (issue asks 1e-4)
    public void TotalCrossSection_MatchesBruteForceIntegral()
    {
        foreach (var process in new[] { DarkPhotonUpscattering.Coherent(Benchmark(false), Carbon), DarkPhotonUpscattering.ProtonElastic(Benchmark(false)) })
        {
            double energy = 0.8;
            var (lo, hi) = process.Kinematics.Q2Range(energy);
            int n = 200_000;
            double a = Math.Log(lo), b = Math.Log(hi), h = (b - a) / n, sum = 0;
            for (int i = 0; i <= n; i++)
            {
                double u = a + i * h, q2 = Math.Exp(u);
                double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
                sum += w * q2 * process.DifferentialCm2PerGeV2(energy, Math.Min(hi, Math.Max(lo, q2)));
            }
            Assert.Equal(1.0, process.TotalCm2(energy) / (sum * h / 3), 1e-6);
        }
    }

    [Fact] // tabulated σ(E) within 1e-4 of the direct integral at energies between nodes
    public void Table_ReproducesDirectCrossSection()
    {
        var process = DarkPhotonUpscattering.Coherent(Benchmark(false), Carbon);
        var table = CrossSectionTable.Create(process, 10.0);
        foreach (double e in new[] { 0.2025, 0.23, 0.41, 0.97, 2.3, 7.77 })
            Assert.Equal(1.0, table.Cm2(e) / process.TotalCm2(e), 1e-4);
    }

    [Fact] // neutrons: magnetic only, so the cross section is positive but far below the proton one at low Q² (no charge)
    public void NeutronElastic_IsMagneticOnly()
    {
        var model = Benchmark(false);
        double neutron = DarkPhotonUpscattering.NeutronElastic(model).TotalCm2(1.0);
        double proton = DarkPhotonUpscattering.ProtonElastic(model).TotalCm2(1.0);
        Assert.True(neutron > 0 && neutron < proton);
    }
}
