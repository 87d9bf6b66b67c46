using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.CrossSection;

public sealed class DipoleXsecCommandTests
{
    private static JsonElement Sigma(params string[] args)
    {
        var result = CliRunner.Run(["xsec", "dipole", "--json", .. args]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Json_HasTheXsecContractShape_AndTheTotalIsTheSum()
    {
        var root = Sigma("--mn", "0.05", "--d-mu", "1e-6", "--target", "C12", "--enu", "1.0");
        Assert.Equal("C12", root.GetProperty("target").GetString());
        var s = root.GetProperty("sigmaCm2");
        double coherent = s.GetProperty("coherent").GetDouble();
        double total = s.GetProperty("total").GetDouble();
        Assert.Equal(coherent + s.GetProperty("protonElastic").GetDouble() + s.GetProperty("neutronElastic").GetDouble(), total, 1e-12 * total);
        // Leading-log size: 4α d² Z² ln(Q²_FF/Q²_min) (ħc)² with Q²_FF ≈ 0.04 GeV², Q²_min = m⁴/4E²: ≈ 4e-39 cm²
        // (an order-of-magnitude check of units and normalisation; factor 2 window).
        Assert.InRange(coherent, 2e-39, 8e-39);
        Assert.Equal(0.05 + 0.0025 / (2 * 11.17), root.GetProperty("thresholdGeV").GetDouble(), 1e-5);
    }

    [Fact]
    public void CrossSection_ScalesWithTheSquareOfTheFlavoursCoupling()
    {
        double a = Sigma("--mn", "0.1", "--d-mu", "1e-6", "--enu", "2").GetProperty("sigmaCm2").GetProperty("total").GetDouble();
        double b = Sigma("--mn", "0.1", "--d-mu", "3e-6", "--enu", "2").GetProperty("sigmaCm2").GetProperty("total").GetDouble();
        double e = Sigma("--mn", "0.1", "--d-mu", "3e-6", "--enu", "2", "--flavor", "e").GetProperty("sigmaCm2").GetProperty("total").GetDouble();
        Assert.Equal(9 * a, b, 1e-9 * b);
        Assert.Equal(0.0, e);
    }

    [Fact]
    public void BelowThreshold_AllProcessesVanish()
    {
        var s = Sigma("--mn", "0.5", "--d-mu", "1e-6", "--enu", "0.4").GetProperty("sigmaCm2");
        Assert.Equal(0.0, s.GetProperty("total").GetDouble());
    }

    [Fact]
    public void UnknownTarget_IsBadInput()
    {
        var result = CliRunner.Run("xsec", "dipole", "--mn", "0.1", "--d-mu", "1e-6", "--enu", "1", "--target", "Xx99");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Xx99", result.Error);
    }
}
