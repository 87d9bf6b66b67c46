using DarkSector.Physics.Oscillations;

namespace DarkSector.Physics.Tests.Oscillations;

public class SterileOscillationTests
{
    [Fact] // P → sin²2θ/2 when the phase runs over many periods: the mean of sin²(k x) over x in [a, b] is
           // 1/2 − (sin 2kb − sin 2ka)/(4k(b − a)), so |mean − 1/2| ≤ 1/(2k(b − a)); here k(b − a) = 1.267 · 1e4 · 1 ≈ 1.3e4.
    public void AppearanceProbability_AveragesToHalfTheAmplitude_WhenOscillationsAreFast()
    {
        const double amplitude = 0.3, dm2 = 1e4, a = 0.5, b = 1.5;
        const int n = 2_000_000;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += SterileOscillation.AppearanceProbability(amplitude, dm2, a + (b - a) * (i + 0.5) / n);
        double bound = amplitude / (2 * SterileOscillation.PhaseConstant * dm2 * (b - a));   // plus the midpoint rule's error, far smaller
        Assert.InRange(sum / n, amplitude / 2 - 2 * bound, amplitude / 2 + 2 * bound);
    }

    [Theory] // sin²x = x²(1 − x²/3 + 2x⁴/45 …): at Δ ≤ 1.267e−4 the next term is 2Δ⁴/45 ≈ 1e−17 relative (tolerance 1e−12);
             // doubling Δm² multiplies P by 4(1 − Δ² + …), 4 to 2e−8 relative (tolerance 1e−7)
    [InlineData(1e-4, 1.0)]
    [InlineData(1e-3, 0.1)]
    public void AppearanceProbability_GrowsAsTheSquareOfDm2LOverE_AtSmallDm2(double dm2, double lOverE)
    {
        double p = SterileOscillation.AppearanceProbability(0.01, dm2, lOverE);
        double delta = 1.267 * dm2 * lOverE;
        Assert.Equal(1.0, p / (0.01 * delta * delta * (1 - delta * delta / 3)), 12);
        Assert.Equal(1.0, SterileOscillation.AppearanceProbability(0.01, 2 * dm2, lOverE) / p / 4, 7);   // doubling Δm² quadruples P
    }

    [Fact] // first maximum: Δ = π/2 at L/E = π/(2 · 1.267 Δm²), where P = sin²2θ exactly (to rounding)
    public void AppearanceProbability_EqualsTheAmplitude_AtTheFirstOscillationMaximum()
    {
        double lOverE = Math.PI / (2 * 1.267 * 0.5);
        Assert.Equal(0.2, SterileOscillation.AppearanceProbability(0.2, 0.5, lOverE), 14);
    }

    [Theory]
    [InlineData(-0.1, 1.0, 1.0)]
    [InlineData(1.1, 1.0, 1.0)]
    [InlineData(0.1, -1.0, 1.0)]
    [InlineData(0.1, double.NaN, 1.0)]
    [InlineData(0.1, 1.0, double.PositiveInfinity)]
    public void AppearanceProbability_RejectsValuesOutsideTheirRange(double amplitude, double dm2, double lOverE) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SterileOscillation.AppearanceProbability(amplitude, dm2, lOverE));

    [Fact]
    public void Parameters_RejectAnAmplitudeAboveOne_EvenUnderWith()
    {
        var p = new ThreePlusOneParameters { Dm2Ev2 = 0.5, Sin22ThetaMuE = 0.01 };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => p with { Sin22ThetaMuE = 1.5 });
        Assert.Contains("Sin22ThetaMuE", e.Message);
    }
}
