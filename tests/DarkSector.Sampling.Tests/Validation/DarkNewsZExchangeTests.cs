using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Sampling.Tests.Validation;

/// <summary><see cref="DarkNewsZExchange"/>: the Z/Z' amplitude ratio against the Fermi-constant form, its exact scaling in
/// m_Z'²/(ε g_D), and the interference window.</summary>
public sealed class DarkNewsZExchangeTests
{
    private static readonly Nucleus Carbon = Nuclei.Get("C12");

    [Fact] // (g/2c_W)²/m_Z² = √2 G_F when m_W = m_Z c_W: r_coh = √2 G_F |Q_W|/2 m_Z'² / (e ε g_D Z). DarkNews' on-shell
           // s_W² = 0.22343 and its m_W = 80.37912 GeV give 1 − m_W²/m_Z² = 0.22302, so the two forms differ by 5.2e-4
    public void CoherentRatio_IsTheFermiConstantForm()
    {
        double weakCharge = Math.Abs(6 * (1 - 4 * PhysicalConstants.DarkNewsSinThetaW2) - 6);
        double fermi = Math.Sqrt(2) * PhysicalConstants.FermiConstantGeVm2 * weakCharge / 2 * 1.25 * 1.25
            / (PhysicalConstants.DarkNewsElementaryCharge * 1e-3 * 1 * 6);
        Assert.Equal(1.0, DarkNewsZExchange.CoherentRatio(Carbon, 1e-3, 1, 1.25) / fermi, 1e-3);
        Assert.InRange(fermi, 0.036, 0.038);   // 3.7%: the size quoted for the core heavy-Z' row
    }

    [Property] // r ∝ m_Z'² / (ε g_D) exactly, for the nucleus and the proton alike
    public Property Ratios_ScaleAsZPrimeMassSquaredOverEpsilonGd() => Prop.ForAll(
        Gen.Choose(1, 1000).Select(k => k * 1e-5).ToArbitrary(), Gen.Choose(1, 300).Select(k => k * 0.01).ToArbitrary(),
        Gen.Choose(1, 300).Select(k => k * 0.01).ToArbitrary(),
        (epsilon, gD, mass) =>
        {
            double scale = epsilon * gD / (mass * mass);
            double coherent = DarkNewsZExchange.CoherentRatio(Carbon, epsilon, gD, mass) * scale / (DarkNewsZExchange.CoherentRatio(Carbon, 1e-3, 1, 1) * 1e-3);
            double proton = DarkNewsZExchange.ProtonRatio(epsilon, gD, mass) * scale / (DarkNewsZExchange.ProtonRatio(1e-3, 1, 1) * 1e-3);
            return Math.Abs(coherent - 1) < 1e-12 && Math.Abs(proton - 1) < 1e-12;
        });

    [Theory] // [1/(1 + r)², 1/(1 − r)²]: 1 at r = 0, around 1 otherwise; r outside [0, 1) refused, naming the value
    [InlineData(0.0, 1.0, 1.0)]
    [InlineData(0.05, 0.90702947845804993, 1.1080332409972298)]
    public void ZPrimeOnlyOverFull_IsTheInterferenceWindow(double r, double low, double high)
    {
        var window = DarkNewsZExchange.ZPrimeOnlyOverFull(r);
        Assert.Equal(low, window.Low, 14);
        Assert.Equal(high, window.High, 14);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void ZPrimeOnlyOverFull_RefusesAnOutOfRangeRatio(double r) =>
        Assert.Contains("must be in [0, 1)", Assert.Throws<ArgumentOutOfRangeException>(() => DarkNewsZExchange.ZPrimeOnlyOverFull(r)).Message);
}
