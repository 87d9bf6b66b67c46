using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using MathNet.Numerics.Integration;
using Xunit;

namespace DarkSector.Physics.Tests.Models.Dipole;

public sealed class DipoleDileptonDecayTests
{
    private const double Me = 0.51099895e-3, Mmu = 0.1056583755;

    /// <summary>∫ d⁴u of the weight at fixed u₀ by a product rule exact for the polynomial angular dependence:
    /// 6-point Gauss–Legendre in each cosine, 8-point trapezoid in each azimuth.</summary>
    private static double AngularIntegral(DipoleDileptonDecay decay, double u0, ThreeVector polarization)
    {
        var gl = new GaussLegendreRule(0, 1, 6);
        double sum = 0;
        for (int a = 0; a < 6; a++)
            for (int b = 0; b < 8; b++)
                for (int c = 0; c < 6; c++)
                    for (int e = 0; e < 8; e++)
                        sum += gl.Weights[a] * gl.Weights[c] / 64.0 *
                               decay.SampleUnchecked(u0, gl.Abscissas[a], (b + 0.5) / 8, gl.Abscissas[c], (e + 0.5) / 8, polarization).WeightGeV;
        return sum;
    }

    [Theory]
    [InlineData(0.1, Me, DecayingHnl.DiracParticle)]
    [InlineData(0.5, Mmu, DecayingHnl.Majorana)]
    public void MatrixElement_IntegratedOverAngles_ReproducesKrollWadaSpectrum(double m, double ml, DecayingHnl state)
    {
        // Two independent derivations: the three-body trace (weights) and the Kroll–Wada factorisation (dΓ/ds).
        var decay = new DipoleDileptonDecay(m, ml, 1e-12, state);
        double yMax = Math.Acosh(m / (2 * ml));
        foreach (double u0 in new[] { 0.05, 0.3, 0.7, 0.97 })
        {
            double y = u0 * yMax, s = 4 * ml * ml * Math.Cosh(y) * Math.Cosh(y);
            double dsdu = 2 * s * Math.Tanh(y) * yMax;
            double expected = decay.DifferentialWidth(s);
            var pol = new ThreeVector(0.3, -0.2, 0.6);                      // spin terms integrate to zero
            Assert.Equal(expected, AngularIntegral(decay, u0, pol) / dsdu, 1e-10 * expected);   // quadrature exact: relative 1e-10
        }
    }

    [Theory]
    [InlineData(0.1, Me, DecayingHnl.DiracParticle)]
    [InlineData(0.3, Mmu, DecayingHnl.DiracAntiparticle)]
    [InlineData(0.8, Me, DecayingHnl.Majorana)]
    public void DifferentialRate_IntegratesToTotalWidth(double m, double ml, DecayingHnl state)
    {
        var decay = new DipoleDileptonDecay(m, ml, 4e-12, state);
        var gl = new GaussLegendreRule(0, 1, 48);
        double total = 0;
        for (int i = 0; i < 48; i++) total += gl.Weights[i] * AngularIntegral(decay, gl.Abscissas[i], new ThreeVector(0, 0, 1));
        Assert.Equal(decay.WidthGeV, total, 1e-4 * decay.WidthGeV);    // issue 4: totals to 1e-4
        bool majorana = state == DecayingHnl.Majorana;
        var p = new DipoleParameters { MassGeV = m, DMuonGeVm1 = 2e-6, IsMajorana = majorana };
        Assert.Equal(DipoleDecays.DileptonWidthGeV(p, ml), decay.WidthGeV, 1e-12 * decay.WidthGeV);
    }

    [Fact]
    public void MonteCarloMeanWeight_AgreesWithWidth()
    {
        var decay = new DipoleDileptonDecay(0.2, Me, 1e-12, DecayingHnl.DiracParticle);
        var rng = new Random(12345);
        const int n = 20000;
        double sum = 0, sum2 = 0;
        Span<double> u = stackalloc double[5];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < 5; j++) u[j] = rng.NextDouble();
            double w = decay.SampleInRestFrame(u, new ThreeVector(0, 0, -1)).WeightGeV;
            sum += w; sum2 += w * w;
        }
        double mean = sum / n, error = Math.Sqrt((sum2 / n - mean * mean) / n);
        Assert.InRange(decay.WidthGeV, mean - 5 * error, mean + 5 * error);   // 5σ, fixed seed
        Assert.True(error < 0.02 * mean);                                     // weights are well behaved
    }

    [Fact]
    public void Samples_ConserveFourMomentum_AndHaveOnShellLeptons()
    {
        var decay = new DipoleDileptonDecay(0.4, Mmu, 1e-12, DecayingHnl.DiracParticle);
        var parent = FourMomentum.FromMassAndMomentum(0.4, new ThreeVector(0.3, -0.1, 2.0));
        double[] u = [0.41, 0.12, 0.93, 0.55, 0.07];
        var lab = decay.SampleInLab(parent, u, 1.0);
        var sum = lab.Neutrino + lab.LeptonMinus + lab.LeptonPlus;
        Assert.Equal(parent.E, sum.E, 1e-12);
        Assert.Equal(parent.Pz, sum.Pz, 1e-12);
        Assert.Equal(Mmu, lab.LeptonMinus.Mass, 1e-9);
        Assert.Equal(Mmu, lab.LeptonPlus.Mass, 1e-9);
        Assert.Equal(0.0, lab.Neutrino.MassSquared, 1e-12);
    }

    [Fact]
    public void SpinCorrelation_FlipsForTheAntiparticle_AndVanishesForMajorana()
    {
        var particle = new DipoleDileptonDecay(0.3, Me, 1e-12, DecayingHnl.DiracParticle);
        var anti = new DipoleDileptonDecay(0.3, Me, 1e-12, DecayingHnl.DiracAntiparticle);
        var majorana = new DipoleDileptonDecay(0.3, Me, 1e-12, DecayingHnl.Majorana);
        var spin = new ThreeVector(0.1, 0.5, -0.8);
        double[] u = [0.2, 0.8, 0.35, 0.6, 0.1];
        // CP: N̄ with spin ŝ ≡ N with −ŝ, pointwise (relative 1e-13).
        double a = anti.SampleUnchecked(u[0], u[1], u[2], u[3], u[4], spin).WeightGeV;
        double b = particle.SampleUnchecked(u[0], u[1], u[2], u[3], u[4], -1 * spin).WeightGeV;
        Assert.Equal(b, a, 1e-13 * b);
        // Majorana: independent of the spin and equal to twice the unpolarised Dirac weight.
        double m1 = majorana.SampleUnchecked(u[0], u[1], u[2], u[3], u[4], spin).WeightGeV;
        double d0 = particle.SampleUnchecked(u[0], u[1], u[2], u[3], u[4], ThreeVector.Zero).WeightGeV;
        Assert.Equal(2 * d0, m1, 1e-13 * m1);
    }

    [Fact]
    public void SoftPairs_InheritThePhotonAngularDistribution()
    {
        // For s → 4m_e² ≪ m_N² the γ* is nearly real: the rate vs the γ* direction must follow (1 − P cosθ)/2
        // of N → νγ (DipolePhotonDecay). Compare forward/backward γ* emission along the spin (relative 2e-3).
        var decay = new DipoleDileptonDecay(0.5, Me, 1e-12, DecayingHnl.DiracParticle);
        var gl = new GaussLegendreRule(0, 1, 6);
        double RateAt(double cosTheta)
        {
            double sum = 0;
            for (int c = 0; c < 6; c++)
                for (int e = 0; e < 8; e++)
                    sum += gl.Weights[c] / 8.0 * decay.SampleUnchecked(0.02, (cosTheta + 1) / 2, 0.3, gl.Abscissas[c], (e + 0.5) / 8, ThreeVector.UnitZ).WeightGeV;
            return sum;
        }
        double forward = RateAt(0.9), backward = RateAt(-0.9);
        Assert.Equal((1 - 0.9) / (1 + 0.9), forward / backward, 2e-3);
    }
}
