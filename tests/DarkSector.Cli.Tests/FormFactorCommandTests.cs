using System.Text.Json;

namespace DarkSector.Cli.Tests;

public class FormFactorCommandTests
{
    [Fact] // the README's main-job command prints a table of 21 Q values from 0 to 0.5 GeV with F(0) = 1
    public void Table_ForCarbon_PrintsTwentyOneRowsStartingAtOne()
    {
        var result = CliRunner.Run("formfactor", "--nucleus", "C12");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("C12", result.Out);
        Assert.Contains("Fourier-Bessel", result.Out);
        Assert.Contains("1.000000E+00", result.Out);
        Assert.Contains("0.5000", result.Out);
    }

    [Fact] // JSON: camelCase keys; F(0.1 GeV) of C12 from Fourier-Bessel is 0.76947 (direct sum of the De Vries coefficients), to 1e-5
    public void SingleQ_AsJson_HasCamelCaseKeysAndTheFormFactor()
    {
        var result = CliRunner.Run("formfactor", "--nucleus", "C12", "--q", "0.1", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("C12", root.GetProperty("nucleus").GetString());
        Assert.Equal("fourier-bessel", root.GetProperty("model").GetString());
        Assert.Equal(6, root.GetProperty("z").GetInt32());
        var points = root.GetProperty("points");
        Assert.Equal(1, points.GetArrayLength());
        Assert.Equal(0.1, points[0].GetProperty("qGeV").GetDouble(), 15);
        Assert.Equal(0.76947, points[0].GetProperty("formFactor").GetDouble(), 1e-5);
    }

    [Theory] // every model name is accepted and reported back
    [InlineData("fourier-bessel")]
    [InlineData("fermi")]
    [InlineData("helm")]
    [InlineData("dipole")]
    public void Model_IsSelectable(string model)
    {
        var result = CliRunner.Run("formfactor", "--nucleus", "Pb208", "--q", "0.05", "--model", model, "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(model, doc.RootElement.GetProperty("model").GetString());
        double f = doc.RootElement.GetProperty("points")[0].GetProperty("formFactor").GetDouble();
        Assert.InRange(f, 0, 1);
    }

    [Fact] // a table without --q covers [0, --q-max] in 20 steps
    public void Table_AsJson_SpansZeroToQMax()
    {
        var result = CliRunner.Run("formfactor", "--nucleus", "Ar40", "--q-max", "0.3", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var points = doc.RootElement.GetProperty("points");
        Assert.Equal(21, points.GetArrayLength());
        Assert.Equal(1.0, points[0].GetProperty("formFactor").GetDouble(), 14);
        Assert.Equal(0.3, points[20].GetProperty("qGeV").GetDouble(), 14);
    }

    [Fact] // the proton gets Dirac F1 and Pauli F2: F1(0) = 1, F2(0) = μ_p − 1 = 1.793
    public void Proton_PrintsNucleonFormFactors()
    {
        var result = CliRunner.Run("formfactor", "--nucleus", "H1", "--q", "0", "--json");
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var point = doc.RootElement.GetProperty("points")[0];
        Assert.Equal(1.0, point.GetProperty("formFactor").GetDouble(), 14);
        Assert.Equal(1.793, point.GetProperty("pauliF2").GetDouble(), 12);
    }

    [Theory] // bad input: one line on stderr naming the problem, nothing on stdout, exit code 2
    [InlineData("unknown nucleus 'Xx12'", "formfactor", "--nucleus", "Xx12")]
    [InlineData("--q = -0.1", "formfactor", "--nucleus", "C12", "--q", "-0.1")]
    [InlineData("'abc' is not a number", "formfactor", "--nucleus", "C12", "--q", "abc")]
    [InlineData("unknown model 'foo'", "formfactor", "--nucleus", "C12", "--model", "foo")]
    [InlineData("no Fourier-Bessel data for Ar36", "formfactor", "--nucleus", "Ar36", "--model", "fourier-bessel")]
    [InlineData("--q-max", "formfactor", "--nucleus", "C12", "--q-max", "0")]
    [InlineData("--nucleus", "formfactor")]
    public void BadInput_IsOneLineOnStderrWithExitCode2(string fragment, params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains(fragment, result.Error);
    }
}
