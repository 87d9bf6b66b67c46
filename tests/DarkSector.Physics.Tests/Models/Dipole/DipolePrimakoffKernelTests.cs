using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.Dipole;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using Xunit;

namespace DarkSector.Physics.Tests.Models.Dipole;

public sealed class DipolePrimakoffKernelTests
{
    private const double Alpha = 1 / 137.035999;

    /// <summary>Jodłowski and Trojanowski, arXiv:2011.04751 eq. A.10: ν f → N f on a point Dirac fermion of charge 1,
    /// dσ/dt per d² (d convention), t = −Q².</summary>
    private static double EquationA10(double e, double m, double bigM, double q2)
    {
        double t = -q2, m2 = m * m;
        double num = 2 * bigM * bigM * (4 * e * e * t + m2 * m2 - m2 * t) + 4 * e * bigM * t * (t - m2) + m2 * t * (m2 - t);
        return -Alpha * num / (2 * bigM * bigM * e * e * t * t);
    }

    private static Gen<(double E, double M, double BigM, double X)> Points =>
        from e in Gen.Choose(1, 1000) from m in Gen.Choose(1, 1000) from bigM in Gen.Choose(0, 4) from x in Gen.Choose(1, 999)
        select (0.05 * e, 0.5e-3 * m, new[] { 0.000511, 0.938, 11.17, 37.2, 193.7 }[bigM], x / 1000.0);

    /// <summary>A Q² inside the physical range, at fraction x of the way in ln Q².</summary>
    private static double Q2At(double e, double m, double bigM, double x)
    {
        var (lo, hi) = new UpscatteringKinematics(bigM, m).Q2Range(e);
        return lo * Math.Pow(hi / lo, x);
    }

    [Property]
    public Property PointFermionTarget_ReproducesPublishedElasticFormula() =>
        Prop.ForAll(Arb.From(Points), p =>
        {
            var kin = new UpscatteringKinematics(p.BigM, p.M);
            if (!(p.E > kin.ThresholdEnergyGeV * 1.001)) return true;
            double q2 = Q2At(p.E, p.M, p.BigM, p.X);
            double ours = DipolePrimakoffKernel.DifferentialPerD2(p.E, q2, p.M, p.BigM, new ElasticHadronicTensor(A: 1, B: 1), UpscatteringHelicity.Both);
            double theirs = EquationA10(p.E, p.M, p.BigM, q2);
            // relative 1e-7 (cancellations near Q²_min cost a few digits in both forms)
            return Math.Abs(ours - theirs) <= 1e-7 * Math.Abs(theirs) + 1e-12 * Math.Abs(EquationA10(p.E, p.M, p.BigM, q2 * 1.5));
        });

    [Fact]
    public void MasslessLimit_IsVogelEngelMagneticMomentScattering()
    {
        // ν e → ν e with μ_ν = 2d: dσ/dT = α μ² (1/T − 1/E), T = Q²/(2 m_e); m_N = 1e-7 GeV (relative 1e-6).
        double me = 0.51099895e-3, e = 0.01, d = 1e-6;
        foreach (double t in new[] { 1e-5, 1e-4, 3e-3 })
        {
            double q2 = 2 * me * t;
            double ours = 2 * me * d * d * DipolePrimakoffKernel.DifferentialPerD2(e, q2, 1e-7, me, new ElasticHadronicTensor(A: 1, B: 1), UpscatteringHelicity.Both);
            double ve = Alpha * 4 * d * d * (1 / t - 1 / e);
            Assert.Equal(ve, ours, 1e-6 * ve);
        }
    }

    [Fact]
    public void SpinZeroMasslessLimit_MatchesHandDerivedForm()
    {
        // Spin-0 target of charge Z (C_P = Z², C_g = 0), m_N → 0: dσ/dT = α μ² Z² (1 − T/2E)²/T (relative 1e-6).
        double bigM = 11.1749, e = 1.0, z = 6;
        foreach (double q2 in new[] { 1e-4, 1e-2, 0.3 })
        {
            double t = q2 / (2 * bigM);
            double ours = 2 * bigM * DipolePrimakoffKernel.DifferentialPerD2(e, q2, 1e-7, bigM, ElasticHadronicTensor.SpinZero(z), UpscatteringHelicity.Both);
            double expected = Alpha * 4 * z * z * (1 - t / (2 * e)) * (1 - t / (2 * e)) / t;
            Assert.Equal(expected, ours, 1e-6 * expected);
        }
    }

    [Property]
    public Property UpscatteringHelicitys_AreNonNegative_AndAddUpToTheTotal() =>
        Prop.ForAll(Arb.From(Points), p =>
        {
            var kin = new UpscatteringKinematics(p.BigM, p.M);
            if (!(p.E > kin.ThresholdEnergyGeV * 1.001)) return true;
            double q2 = Q2At(p.E, p.M, p.BigM, p.X);
            var h = ElasticHadronicTensor.SpinHalf(1 / (1 + q2), 1.79 / (1 + q2), q2, p.BigM);   // a physical (if made-up) nucleon-like current
            double total = DipolePrimakoffKernel.DifferentialPerD2(p.E, q2, p.M, p.BigM, h, UpscatteringHelicity.Both);
            double flip = DipolePrimakoffKernel.DifferentialPerD2(p.E, q2, p.M, p.BigM, h, UpscatteringHelicity.Flipping);
            double keep = DipolePrimakoffKernel.DifferentialPerD2(p.E, q2, p.M, p.BigM, h, UpscatteringHelicity.Conserving);
            double scale = Math.Abs(total) + Math.Abs(flip) + Math.Abs(keep);
            return flip >= -1e-9 * scale && keep >= -1e-9 * scale && Math.Abs(flip + keep - total) <= 1e-9 * scale;   // relative 1e-9
        });

    [Fact]
    public void ConservingToFlippingRatio_VanishesAsMassOverEnergyGoesToZero()
    {
        // Integrated over ln Q² by a fine midpoint rule; the ratio must fall like (m_N/E)² (within a factor 2 per step).
        double bigM = 11.1749;
        double Ratio(double m, double e)
        {
            var (lo, hi) = new UpscatteringKinematics(bigM, m).Q2Range(e);
            double flip = 0, keep = 0;
            const int n = 4000;
            for (int i = 0; i < n; i++)
            {
                double q2 = lo * Math.Pow(hi / lo, (i + 0.5) / n);
                double f = Math.Exp(-q2 / 0.01);                              // a form-factor-like cutoff
                flip += q2 * DipolePrimakoffKernel.DifferentialPerD2(e, q2, m, bigM, ElasticHadronicTensor.SpinZero(6 * f), UpscatteringHelicity.Flipping);
                keep += q2 * DipolePrimakoffKernel.DifferentialPerD2(e, q2, m, bigM, ElasticHadronicTensor.SpinZero(6 * f), UpscatteringHelicity.Conserving);
            }
            return keep / flip;
        }
        double r1 = Ratio(0.1, 1), r2 = Ratio(0.1, 10), r3 = Ratio(0.1, 100);
        Assert.True(r1 < 0.1, $"ratio at m/E = 0.1 is {r1}");
        Assert.InRange(r2 / r1, 0.003, 0.02);                                   // ≈ (1/10)², up to the Q² shape
        Assert.InRange(r3 / r2, 0.003, 0.02);
    }
}
