using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.CrossSection;

public sealed class DarkPhotonXsecCommandTests
{
    private static string[] Args(string target, string energy) =>
        ["xsec", "dark-photon", "--mn", "0.2", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1",
         "--target", target, "--enu", energy];

    private static JsonElement Sigma(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        return doc.RootElement.GetProperty("sigmaCm2").Clone();
    }

    [Fact] // DarkNews benchmark with its charge convention: coherent, conserving = 3.836e-40 cm² (0.5%, see the Physics test)
    public void Json_HasSigmaKeys_AndReproducesDarkNewsCoherent()
    {
        var sigma = Sigma([.. Args("C12", "1.0"), "--helicity", "conserving", "--charge-convention", "darknews"]);
        Assert.Equal(1.0, sigma.GetProperty("coherent").GetDouble() / 3.836e-40, 5e-3);
        double total = sigma.GetProperty("coherent").GetDouble() + sigma.GetProperty("protonElastic").GetDouble() + sigma.GetProperty("neutronElastic").GetDouble();
        Assert.Equal(total, sigma.GetProperty("total").GetDouble(), 1e-12 * total);
    }

    [Fact] // below threshold (E_th ≈ 0.2018 GeV for C12) every cross section is 0 and the exit code is 0
    public void BelowThreshold_IsZeroNotAnError()
    {
        var sigma = Sigma(Args("C12", "0.15"));
        Assert.Equal(0.0, sigma.GetProperty("total").GetDouble());
    }

    [Fact] // a free proton has no coherent part
    public void FreeProton_HasOnlyElastic()
    {
        var sigma = Sigma(Args("H1", "1.0"));
        Assert.Equal(0.0, sigma.GetProperty("coherent").GetDouble());
        Assert.True(sigma.GetProperty("protonElastic").GetDouble() > 0);
    }

    [Theory]
    [InlineData("Xx99", "1.0", "Xx99")]
    [InlineData("C12", "-1", "--enu")]
    [InlineData("C12", "1.0.0", "1.0.0")]
    public void BadInput_GivesOneLineAndExitCode2(string target, string energy, string mentioned)
    {
        var result = CliRunner.Run(Args(target, energy));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentioned, result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
