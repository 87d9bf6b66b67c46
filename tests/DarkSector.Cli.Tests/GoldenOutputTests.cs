using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace DarkSector.Cli.Tests;

/// <summary>
/// Pins the JSON of a handful of small fixed-seed rate, scan and limit runs to committed files (Golden/*.json), so that
/// moving the inference into the packages (issue 17) provably leaves the CLI's outputs unchanged.
/// </summary>
/// <remarks>
/// Provenance that legitimately differs between builds and runs (toolVersion, commandLine, seconds) is removed before the
/// comparison. Numbers are compared to 1e-12 relative: moving code may reorder a product of a few factors (a rounding
/// of ~1e-16 each), while any change of method, seed or formula moves them by far more. New keys may be added (the
/// contract grows); every golden key must be present with its value. To rewrite the files after an intended change,
/// run with DARKSECTOR_UPDATE_GOLDEN=1 and review the diff.
/// </remarks>
public sealed class GoldenOutputTests
{
    private static readonly string[] Heavy =
        ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    private static readonly string[] Volatile = ["toolVersion", "commandLine", "seconds"];

    [Fact] // rate, T2K heavy benchmark, both horn modes
    public void Rate_T2KHeavy() =>
        Compare("rate-t2k-heavy", Stdout(["rate", "t2k-nd280", "dark-photon", .. Heavy, "--events", "2000", "--seed", "3", "--json"]));

    [Fact] // rate, dipole on MiniBooNE's E_QE (several bins, single-shower signal, chi2 and best-fit scale)
    public void Rate_MiniBooNEDipole() =>
        Compare("rate-miniboone-dipole", Stdout(["rate", "miniboone", "dipole", "--mn", "0.4", "--d-mu", "1e-6", "--analysis", "eqe", "--events", "1000", "--seed", "2", "--json"]));

    [Fact] // limit in c tau0 (exact lifetime reweighting of one simulation)
    public void Limit_T2KHeavy() =>
        Compare("limit-t2k-heavy", Stdout(["limit", "t2k-nd280", "dark-photon", .. Heavy, "--param", "ctau0-cm", "--min", "1e-2", "--max", "1e8",
            "--points", "6", "--events", "400", "--seed", "2", "--json"]));

    [Fact] // scan, one mass axis and one coupling (one simulation per mass, exact coupling and lifetime reweighting), benchmark
    public void Scan_MassCoupling() =>
        Compare("scan-t2k-mass-coupling", ScanFile(["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "v-mu-n2:1e-8:1e-5:log:3",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "300", "--benchmark", "0.1,2.2e-7"]));

    [Fact] // scan, two masses through the joint sample and the kernel
    public void Scan_TwoMassesJointSample() =>
        Compare("scan-t2k-two-masses", ScanFile(["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3",
            "--fix", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "200", "--mass-points", "6"]));

    [Fact] // scan, two masses simulated at every grid point
    public void Scan_TwoMassesDirectSimulation() =>
        Compare("scan-t2k-simulated", ScanFile(["t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:2", "--y", "mzprime:0.5:2:log:2",
            "--fix", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "200", "--mass-points", "0"]));

    [Fact] // scan of a multi-bin analysis with preferred regions (MiniBooNE dipole)
    public void Scan_MiniBooNEDipoleRegions() =>
        Compare("scan-miniboone-dipole", ScanFile(["miniboone", "dipole", "--analysis", "eqe", "--x", "m-n:0.1:1:log:3", "--y", "d-mu:1e-7:1e-5:log:3",
            "--events", "300", "--sigmas", "1,2"]));

    [Fact] // scan of the directly predicted 3+1 family
    public void Scan_ThreePlusOne() =>
        Compare("scan-miniboone-3p1", ScanFile(["miniboone", "3p1", "--analysis", "eqe", "--x", "sin2-2theta:1e-3:1:log:3", "--y", "dm2:0.1:10:log:3"]));

    private static string Stdout(string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out;
    }

    private static string ScanFile(string[] args)
    {
        string path = Path.Combine(Path.GetTempPath(), $"ds-golden-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        try
        {
            var result = CliRunner.Run(["scan", .. args, "--out", path]);
            Assert.True(result.ExitCode == 0, result.Error);
            return File.ReadAllText(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Compare(string name, string json, [CallerFilePath] string source = "")
    {
        var actual = JsonNode.Parse(json)!.AsObject();
        foreach (string key in Volatile) actual.Remove(key);
        if (Environment.GetEnvironmentVariable("DARKSECTOR_UPDATE_GOLDEN") == "1")
        {
            // rewrites the committed file (the source tree; a CI build maps source paths, so this is for local use)
            string path = Path.Combine(Path.GetDirectoryName(source)!, "Golden", name + ".json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
            return;
        }
        // the committed files are copied next to the test assembly (the csproj), so CI's mapped source paths do not matter
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name + ".json")))!;
        Same(expected, actual, "$");
    }

    /// <summary>Every node of <paramref name="expected"/> is in <paramref name="actual"/> with the same value (numbers to
    /// 1e-12 relative); objects may hold extra keys.</summary>
    private static void Same(JsonNode? expected, JsonNode? actual, string at)
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{at}: expected null, got {actual?.ToJsonString()}");
                return;
            case JsonObject e:
                var a = Assert.IsType<JsonObject>(actual);
                foreach (var (key, value) in e)
                {
                    Assert.True(a.ContainsKey(key), $"{at}: key '{key}' is missing");
                    Same(value, a[key], $"{at}.{key}");
                }
                return;
            case JsonArray e:
                var array = Assert.IsType<JsonArray>(actual);
                Assert.True(e.Count == array.Count, $"{at}: {array.Count} entries, expected {e.Count}");
                for (int i = 0; i < e.Count; i++) Same(e[i], array[i], $"{at}[{i}]");
                return;
            case JsonValue e when e.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                double x = e.GetValue<double>();
                Assert.True(actual is JsonValue && actual.GetValueKind() == System.Text.Json.JsonValueKind.Number, $"{at}: expected a number, got {actual?.ToJsonString()}");
                double y = actual!.GetValue<double>();
                Assert.True(x == y || Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y)), $"{at}: {y.ToString("R", CultureInfo.InvariantCulture)}, expected {x.ToString("R", CultureInfo.InvariantCulture)}");
                return;
            default:
                Assert.True(actual is not null && expected.ToJsonString() == actual.ToJsonString(), $"{at}: {actual?.ToJsonString()}, expected {expected.ToJsonString()}");
                return;
        }
    }
}
