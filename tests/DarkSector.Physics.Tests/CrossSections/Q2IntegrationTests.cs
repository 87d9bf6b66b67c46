using DarkSector.Physics.CrossSections;

namespace DarkSector.Physics.Tests.CrossSections;

public class Q2IntegrationTests
{
    private readonly struct Propagator(double mass2) : IQ2Integrand
    {
        public double Evaluate(double q2) => 1.0 / ((q2 + mass2) * (q2 + mass2));
    }

    private readonly struct PhotonPole : IQ2Integrand
    {
        public double Evaluate(double q2) => 1.0 / q2;
    }

    private readonly struct SharpFormFactor(double scale) : IQ2Integrand
    {
        public double Evaluate(double q2) => Math.Exp(-q2 / scale);
    }

    /// <summary>A 1/Q² photon pole cut off by a squared dipole form factor of scale Λ² (the dipole-portal shape).</summary>
    private readonly struct PoleTimesFormFactor(double scale) : IQ2Integrand
    {
        public double Evaluate(double q2) => 1.0 / (q2 * (1 + q2 / scale) * (1 + q2 / scale));
    }

    [Fact] // heavy-mediator propagator ∫ dQ²/(Q² + m²)² = 1/(a + m²) − 1/(b + m²); 1e-9 relative
    public void Propagator_MatchesClosedForm()
    {
        double m2 = 1.25 * 1.25, a = 1e-6, b = 2.0;
        double exact = 1 / (a + m2) - 1 / (b + m2);
        Assert.Equal(1.0, Q2Integration.Integrate(new Propagator(m2), a, b) / exact, 1e-9);
    }

    [Fact] // light-mediator peak at Q²_min: m² = 1e-6 GeV² over [1e-9, 1]; 1e-7 relative
    public void LightMediatorPeak_MatchesClosedForm()
    {
        double m2 = 1e-6, a = 1e-9, b = 1.0;
        double exact = 1 / (a + m2) - 1 / (b + m2);
        Assert.Equal(1.0, Q2Integration.Integrate(new Propagator(m2), a, b) / exact, 1e-7);
    }

    [Fact] // photon pole ∫ dQ²/Q² = ln(b/a) over 12 decades; 1e-10 relative
    public void PhotonPole_GivesLogarithm()
    {
        double a = 1e-12, b = 1.0;
        Assert.Equal(1.0, Q2Integration.Integrate(new PhotonPole(), a, b) / Math.Log(b / a), 1e-10);
    }

    [Fact] // exponential form factor with scale 1e-3 GeV² on [1e-8, 5]: c(e^{−a/c} − e^{−b/c}); 1e-7 relative
    public void SharpFormFactor_MatchesClosedForm()
    {
        double c = 1e-3, a = 1e-8, b = 5.0;
        double exact = c * (Math.Exp(-a / c) - Math.Exp(-b / c));
        Assert.Equal(1.0, Q2Integration.Integrate(new SharpFormFactor(c), a, b) / exact, 1e-7);
    }

    [Fact] // ∫ dQ² /(Q²(1 + Q²/Λ²)²) = ln(x/(1+x)) + 1/(1+x) between limits, x = Q²/Λ²; 1e-7 relative
    public void PoleWithDipoleCutoff_MatchesClosedForm()
    {
        double scale = 0.01, a = 1e-10, b = 3.0;
        static double Primitive(double x) => Math.Log(x / (1 + x)) + 1 / (1 + x);
        double exact = Primitive(b / scale) - Primitive(a / scale);
        Assert.Equal(1.0, Q2Integration.Integrate(new PoleTimesFormFactor(scale), a, b) / exact, 1e-7);
    }

    [Fact] // lower limit 0: ∫_0^b dQ²/(1 + Q²)² = 1 − 1/(1 + b); the 1e-14·b cut costs 1e-14; 1e-9 relative
    public void ZeroLowerLimit_IsHandled()
    {
        Assert.Equal(1.0 - 1.0 / 3.0, Q2Integration.Integrate(new Propagator(1.0), 0.0, 2.0), 1e-9);
    }

    [Fact]
    public void ReversedLimits_AreRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Q2Integration.Integrate(new PhotonPole(), 2.0, 1.0));
        Assert.Contains("q2MaxGeV2", e.Message);
    }

    [Fact] // the process adapter integrates over UpscatteringKinematics.Q2Range and vanishes below threshold; 1e-9 relative
    public void TotalCm2_IntegratesOverPhysicalRange()
    {
        var process = new PropagatorProcess(new UpscatteringKinematics(11.17, 0.2), 1.5);
        Assert.Equal(0.0, Q2Integration.TotalCm2(process, 0.19));
        var (a, b) = process.Kinematics.Q2Range(1.0);
        double exact = 1 / (a + 1.5) - 1 / (b + 1.5);
        Assert.Equal(1.0, Q2Integration.TotalCm2(process, 1.0) / exact, 1e-9);
    }

    /// <summary>A process with dσ/dQ² = 1/(Q² + m²)² (no energy dependence), for tests of the machinery.</summary>
    internal sealed class PropagatorProcess(UpscatteringKinematics kinematics, double mass2) : IUpscatteringCrossSection
    {
        public string Process => "test";
        public UpscatteringKinematics Kinematics => kinematics;
        public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2)
        {
            var (a, b) = kinematics.Q2Range(energyGeV);
            return q2GeV2 >= a && q2GeV2 <= b ? 1.0 / ((q2GeV2 + mass2) * (q2GeV2 + mass2)) : 0.0;
        }
        public double TotalCm2(double energyGeV) => Q2Integration.TotalCm2(this, energyGeV);
    }
}
