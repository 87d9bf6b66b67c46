using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DarkSector.Cli.Tests.Commands.Spectrum;

namespace DarkSector.Cli.Tests.Determinism;

/// <summary>
/// Every command's output is a function of its options and seed only (issue 24): byte-identical under a culture with a
/// decimal comma (de-DE, ar-EG, switched in process: the packages run inside users' applications under the users'
/// cultures, so this test project runs with ICU, InvariantGlobalization off) and on 1 and N processors (a child process
/// with DOTNET_PROCESSOR_COUNT, which sets the thread pool's size and Parallel.For's partitioning). Provenance that
/// legitimately varies (seconds, commandLine, toolVersion) is removed from JSON before the comparison; event files and
/// scan files are compared byte for byte.
/// </summary>
public sealed class DeterminismTests : IDisposable
{
    private static readonly string[] Heavy =
        ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    private static readonly string[] SmallVegas =
        ["--events", "500", "--warmup-iterations", "3", "--warmup-evaluations", "2000", "--iterations", "2", "--evaluations", "4000", "--seed", "5"];

    private static readonly string[] Volatile = ["seconds", "commandLine", "toolVersion"];

    private readonly string _folder = Directory.CreateTempSubdirectory("ds-determinism").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Cultures => ["de-DE", "ar-EG"];

    /// <summary>The commands checked: name, arguments (OUT stands for the output file), and the output file's extension
    /// (null: the command's standard output is the result).</summary>
    private string[][] Commands(string flux, string card) =>
    [
        ["decay", "dark-photon", .. Heavy, "--json"],
        ["decay", "dipole", "--mn", "0.1", "--d-mu", "1e-7", "--json"],
        ["decay", "dark-seesaw", "--card", card, "--state", "N5", "--json"],
        ["spectrum", "dark-seesaw", "--card", card, "--json"],
        ["rate", "t2k-nd280", "dark-photon", .. Heavy, "--events", "500", "--seed", "3", "--json"],
        ["rate", "miniboone", "dipole", "--mn", "0.4", "--d-mu", "1e-6", "--analysis", "eqe", "--events", "300", "--seed", "2", "--json"],
        ["limit", "t2k-nd280", "dark-photon", .. Heavy, "--param", "ctau0-cm", "--min", "1e-2", "--max", "1e8", "--points", "4", "--events", "200", "--seed", "2", "--json"],
        ["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:2", "--y", "v-mu-n2:1e-8:1e-5:log:2",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "200", "--out", "OUT.json"],
        ["generate", "dark-photon", .. Heavy, "--flux", flux, "--target", "C12", .. SmallVegas, "--out", "OUT.dsev"],
        ["generate", "dipole", "--mn", "0.2", "--d-mu", "1e-7", "--flux", flux, "--target", "C12", .. SmallVegas, "--out", "OUT.csv"],
        ["generate", "dipole", "--mn", "0.2", "--d-mu", "1e-7", "--flux", flux, "--target", "C12", .. SmallVegas, "--out", "OUT.hepmc"],
    ];

    private (string Flux, string Card) Inputs()
    {
        string flux = Path.Combine(_folder, "flux.txt");
        File.WriteAllText(flux, "# E_GeV flux per GeV per cm2 per POT (triangle)\n0.0 0\n1.0 1e-9\n2.0 0\n");
        return (flux, DarkSeesawSpectrumCommandTests.ExampleCard("yaml"));
    }

    /// <summary>The comparable result of one command: JSON without its volatile keys, or the output file's bytes.</summary>
    private static string Outcome(string[] command, string tag, string folder, Func<string[], (int Code, string Out, string Error)> run)
    {
        string? outFile = null;
        string[] args = [.. command.Select(a => a.StartsWith("OUT.", StringComparison.Ordinal) ? outFile = Path.Combine(folder, tag + a[3..]) : a)];
        var (code, stdout, error) = run(args);
        Assert.True(code == 0, $"{string.Join(' ', command)}: {error}");
        if (outFile is null) return Normalised(stdout);
        string text = outFile.EndsWith(".json", StringComparison.Ordinal) ? Normalised(File.ReadAllText(outFile)) : Convert.ToBase64String(File.ReadAllBytes(outFile));
        File.Delete(outFile);
        return text;
    }

    private static string Normalised(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        foreach (string key in Volatile) node.Remove(key);
        return node.ToJsonString();
    }

    private static (int, string, string) InProcess(string[] args)
    {
        var r = CliRunner.Run(args);
        return (r.ExitCode, r.Out, r.Error);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryCommand_GivesTheSameOutputUnderADecimalCommaCulture(string culture)
    {
        var (flux, card) = Inputs();
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        foreach (var command in Commands(flux, card))
        {
            string invariant;
            string local;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                invariant = Outcome(command, "invariant", _folder, InProcess);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.NotEqual(".", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);   // the test means something
                local = Outcome(command, culture, _folder, InProcess);
            }
            finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui); }
            Assert.True(invariant == local, $"{culture}: {string.Join(' ', command)} differs");
        }
    }

    [Fact] // the option parser follows no culture: under de-DE "--mn 0.1" is 0.1 GeV, not 1 (the bug reported in issue 24)
    public void Options_AreParsedInvariantlyUnderGerman()
    {
        var current = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var result = CliRunner.Run(["decay", "dark-photon", .. Heavy, "--json"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(0.1, JsonNode.Parse(result.Out)!["massGeV"]!.GetValue<double>());
        }
        finally { CultureInfo.CurrentCulture = current; }
    }

    [Fact] // 1 and 3 processors (separate processes): the same bytes for the commands that run in parallel (rate, scan, generate)
    public void ParallelCommands_GiveTheSameOutputOnOneAndThreeProcessors()
    {
        var (flux, card) = Inputs();
        string tool = Path.Combine(AppContext.BaseDirectory, "darksector.dll");
        foreach (var command in Commands(flux, card).Where(c => c[0] is "rate" or "scan" or "generate"))
        {
            string one = Outcome(command, "p1", _folder, args => Child(tool, args, 1));
            string three = Outcome(command, "p3", _folder, args => Child(tool, args, 3));
            Assert.True(one == three, $"{string.Join(' ', command)} differs between 1 and 3 processors");
        }
    }

    private static (int, string, string) Child(string tool, string[] args, int processors)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(tool);
        foreach (string a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_PROCESSOR_COUNT"] = processors.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{string.Join(' ', args)} did not finish in 5 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
