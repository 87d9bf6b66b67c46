using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

/// <summary>The paper-faithful switches on generate and sample (issue 18).</summary>
public sealed class ProductionSwitchTests
{
    private static readonly string[] Generate =
    [
        "generate", "dark-photon", "--flux", "miniboone:fhc:numu", "--target", "C12,H1", "--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4",
        "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--events", "4000", "--warmup-iterations", "3", "--warmup-evaluations", "2000", "--iterations", "2",
        "--evaluations", "4000", "--json", "--quiet",
    ];

    private static (double Integral, double Error) Integral(params string[] extra)
    {
        var result = CliRunner.Run([.. Generate, .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        return (doc.RootElement.GetProperty("integral").GetDouble(), doc.RootElement.GetProperty("integralError").GetDouble());
    }

    [Fact] // generate --processes: coherent and nucleon-elastic parts add up to the whole within their MC errors (4σ)
    public void GenerateProcesses_PartsAddUpToTheWhole()
    {
        var all = Integral();
        var coherent = Integral("--processes", "coherent");
        var nucleons = Integral("--processes", "proton,neutron");
        Assert.True(coherent.Integral > 0 && nucleons.Integral > 0);
        double sum = coherent.Integral + nucleons.Integral;
        double error = Math.Sqrt(all.Error * all.Error + coherent.Error * coherent.Error + nucleons.Error * nucleons.Error);
        Assert.True(Math.Abs(sum - all.Integral) < 4 * error, $"{coherent.Integral} + {nucleons.Integral} vs {all.Integral} ± {error}");
    }

    [Fact] // an unknown process name: one line naming the option and the name, exit 2
    public void GenerateProcesses_UnknownNameIsRefused()
    {
        var result = CliRunner.Run([.. Generate, "--processes", "gluon"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("--processes: 'gluon'", result.Error);
    }

    [Fact] // sample --processes coherent --exclude-volumes: applied (another sample) and reported
    public void SampleProductionSelection_IsAppliedAndReported()
    {
        string folder = Directory.CreateTempSubdirectory("ds-sample-switch").FullName;
        try
        {
            string[] sample = ["sample", "t2k-nd280", "dark-photon", "--x", "m-n:0.1:0.15", "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-mu-n2=2.2e-7,v-n2=1e-4",
                "--mass-points", "2", "--events", "2000", "--json", "--quiet"];
            var full = CliRunner.Run([.. sample, "--out", Path.Combine(folder, "all.dsev")]);
            var paper = CliRunner.Run([.. sample, "--processes", "coherent", "--exclude-volumes", "upstream-rock", "--out", Path.Combine(folder, "paper.dsev")]);
            Assert.True(full.ExitCode == 0, full.Error);
            Assert.True(paper.ExitCode == 0, paper.Error);
            using var a = JsonDocument.Parse(full.Out);
            using var b = JsonDocument.Parse(paper.Out);
            Assert.Equal("all", a.RootElement.GetProperty("processes").GetString());
            Assert.Equal("processes coherent; excluding upstream-rock", b.RootElement.GetProperty("processes").GetString());
            // the same number of generated events now all come from coherent scattering in the modules: another sample
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(folder, "all.dsev")), File.ReadAllBytes(Path.Combine(folder, "paper.dsev")));
        }
        finally { Directory.Delete(folder, true); }
    }
}
