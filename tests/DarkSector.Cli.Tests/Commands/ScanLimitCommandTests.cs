using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class ScanLimitCommandTests
{
    private static readonly string[] Heavy =
        ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];

    [Fact] // limit: documented JSON keys; excluded intervals lie inside the scan and are ordered; Δ ≥ 0 everywhere
           // (the minimum includes the background-only hypothesis); the signal vanishes for a stable N (ND280's TPC gas is
           // target and fiducial volume at once, so prompt decays still count)
    public void Limit_Json_ReportsOrderedExcludedIntervals()
    {
        var result = CliRunner.Run(["limit", "t2k-nd280", "dark-photon", .. Heavy, "--param", "ctau0-cm", "--min", "1e-2", "--max", "1e8",
            "--points", "6", "--events", "400", "--seed", "2", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal(["param", "data", "confidenceLevel", "threshold", "excluded", "scan", "modelCtau0Cm", "seed", "events", "units",
            "schemaVersion", "tool", "toolVersion", "commandLine"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(2.705543454095404, root.GetProperty("threshold").GetDouble(), 1e-9);   // χ²₁ 90% quantile
        var scan = root.GetProperty("scan").EnumerateArray().ToArray();
        Assert.Equal(6, scan.Length);
        Assert.All(scan, p => Assert.True(p.GetProperty("delta").GetDouble() >= 0));
        Assert.True(scan[^1].GetProperty("selected").GetDouble() < 1e-3 * scan.Max(p => p.GetProperty("selected").GetDouble()));
        double previous = 0;
        foreach (var interval in root.GetProperty("excluded").EnumerateArray())
        {
            double low = interval.GetProperty("low").GetDouble(), high = interval.GetProperty("high").GetDouble();
            Assert.True(low >= 1e-2 * (1 - 1e-12) && high <= 1e8 * (1 + 1e-12) && low < high && low >= previous);
            previous = high;
        }
    }

    [Fact] // limit --data asimov: the same simulation (identical selected counts) against the expected background.
           // ND280 observed 0 events below the expected background 0.563, so the observed limit is stronger than the
           // sensitivity: Poisson −2 Δ ln L(s) = 2 s for n = 0 but 2 [s − b ln(1 + s/b)] < 2 s for n = b, hence
           // Δ_asimov ≤ Δ_observed at every c τ₀ (1e-9 rounding) and each Asimov excluded interval lies inside an
           // observed one. Where the signal almost vanishes (stable N, the largest c τ₀: s ≈ 0.06 ≪ b ≈ 0.58) Δ_asimov is
           // second order in s (≈ s²/b) and Δ_observed first order (2 s): their Poisson ratio ≈ s/(2b) ≈ 0.05; the bound
           // 0.5 leaves room for the 20% systematic and the MC error term, and fails if the data were not replaced
    public void Limit_Asimov_IsExpectedExclusionWeakerThanObservedZeroCount()
    {
        string[] common = ["limit", "t2k-nd280", "dark-photon", .. Heavy, "--param", "ctau0-cm", "--min", "1e-2", "--max", "1e8",
            "--points", "8", "--events", "400", "--seed", "2", "--json"];
        var asimov = CliRunner.Run([.. common, "--data", "asimov"]);
        var observed = CliRunner.Run(common);
        Assert.True(asimov.ExitCode == 0, asimov.Error);
        Assert.True(observed.ExitCode == 0, observed.Error);
        using var a = JsonDocument.Parse(asimov.Out);
        using var o = JsonDocument.Parse(observed.Out);
        Assert.Equal("asimov", a.RootElement.GetProperty("data").GetString());
        Assert.Equal("observed", o.RootElement.GetProperty("data").GetString());
        var sa = a.RootElement.GetProperty("scan").EnumerateArray().ToArray();
        var so = o.RootElement.GetProperty("scan").EnumerateArray().ToArray();
        for (int i = 0; i < sa.Length; i++)
        {
            Assert.Equal(so[i].GetProperty("selected").GetDouble(), sa[i].GetProperty("selected").GetDouble());
            double da = sa[i].GetProperty("delta").GetDouble(), dobs = so[i].GetProperty("delta").GetDouble();
            Assert.True(da >= 0 && da <= dobs + 1e-9, $"c tau0 index {i}: Asimov Delta {da}, observed {dobs}");
        }
        Assert.True(sa[^1].GetProperty("selected").GetDouble() < 0.1);
        Assert.True(sa[^1].GetProperty("delta").GetDouble() < 0.5 * so[^1].GetProperty("delta").GetDouble());
        var observedIntervals = o.RootElement.GetProperty("excluded").EnumerateArray()
            .Select(e => (Low: e.GetProperty("low").GetDouble(), High: e.GetProperty("high").GetDouble())).ToArray();
        var asimovIntervals = a.RootElement.GetProperty("excluded").EnumerateArray()
            .Select(e => (Low: e.GetProperty("low").GetDouble(), High: e.GetProperty("high").GetDouble())).ToArray();
        Assert.NotEmpty(asimovIntervals);
        Assert.All(asimovIntervals, e => Assert.Contains(observedIntervals, r => r.Low <= e.Low * (1 + 1e-12) && e.High <= r.High * (1 + 1e-12)));
    }

    [Fact] // scan: a 3 × 3 grid writes the JSON file (Δ ≥ 0, threshold 4.61 for 90% / 2 dof, self-describing keys),
           // the same grid as Parquet (x fastest) and the figure as SVG and PDF
    public void Scan_WritesJsonParquetAndFigures()
    {
        string dir = Directory.CreateTempSubdirectory("ds-scan").FullName;
        string json = Path.Combine(dir, "scan.json"), svg = Path.Combine(dir, "scan.svg"), pdf = Path.Combine(dir, "scan.pdf"), parquet = Path.Combine(dir, "grid.parquet");
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "v-mu-n2:1e-8:1e-5:log:3",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "300", "--out", json, "--out", parquet, "--plot", svg, "--plot", pdf, "--benchmark", "0.1,2.2e-7"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal(4.605170185988091, root.GetProperty("threshold").GetDouble(), 1e-9);
        Assert.Equal(9, root.GetProperty("delta").GetArrayLength());
        Assert.All(root.GetProperty("delta").EnumerateArray(), d => Assert.True(d.GetDouble() >= 0));
        Assert.True(root.GetProperty("benchmark").GetProperty("delta").GetDouble() >= 0);
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("darksector", root.GetProperty("tool").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("toolVersion").GetString()));
        Assert.Contains("--fix mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", root.GetProperty("commandLine").GetString());
        Assert.Equal(1UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(300, root.GetProperty("events").GetInt32());
        Assert.Equal("GeV", root.GetProperty("units").GetProperty("x").GetString());
        Assert.Contains("x varying fastest", root.GetProperty("gridOrder").GetString());
        bool atBackground = Math.Abs(root.GetProperty("minimum").GetDouble() - root.GetProperty("backgroundOnly").GetDouble()) <= 1e-9 * Math.Max(1, root.GetProperty("backgroundOnly").GetDouble());
        Assert.Equal(atBackground, root.GetProperty("best").ValueKind == JsonValueKind.Null);
        Assert.Equal(atBackground, root.GetProperty("bestIsBackgroundOnly").GetBoolean());
        foreach (string key in new[] { "experiment", "family", "analysis", "data", "x", "y", "fixed", "minusTwoLnL", "delta", "minimum", "backgroundOnly", "threshold", "confidenceLevel", "contours", "benchmark", "regions", "method", "seconds" })
            Assert.True(root.TryGetProperty(key, out _), key);   // every earlier key kept

        var (columns, metadata) = DarkSector.Sampling.IO.ParquetTable.Read(parquet);
        Assert.Equal(root.GetProperty("minusTwoLnL").EnumerateArray().Select(v => v.GetDouble()), (double[])columns["minus_two_ln_l"]);
        Assert.Equal([0.05, 0.05 * Math.Sqrt(6), 0.3], ((double[])columns["m_n_gev"])[..3], (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(9, ((double[])columns["v_mu_n2"]).Length);
        Assert.Equal("1", metadata["seed"]);
        Assert.Equal("t2k-nd280", metadata["experiment"]);
        Assert.Contains("m_N [GeV]", FigureSvg.Texts(File.ReadAllText(svg)));
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));
        Directory.Delete(dir, true);
    }

    [Fact] // two mass axes: the joint-sample kernel path runs and reports its method; Δ ≥ 0 everywhere
    public void Scan_OverTwoMasses_UsesJointSample()
    {
        string json = Path.Combine(Path.GetTempPath(), $"ds-scan-masses-{Environment.ProcessId}.json");
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.3:log:3", "--y", "mzprime:0.5:2:log:3",
            "--fix", "v-mu-n2=2.2e-7,epsilon2=4.6e-4,alpha-d=0.4,v-n2=1", "--events", "200", "--mass-points", "6", "--out", json]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.StartsWith("joint sample of 6 mass points", doc.RootElement.GetProperty("method").GetString());
        Assert.All(doc.RootElement.GetProperty("delta").EnumerateArray(), d => Assert.True(d.GetDouble() >= 0));
        File.Delete(json);
    }

    [Theory] // bad input: one line on stderr, exit code 2
    [InlineData("--x", "m-n:0.05:0.3:cubic:3")]
    [InlineData("--x", "no-such:0.05:0.3:log:3")]
    [InlineData("--x", "d-mu:1e-7:1e-6:log:3")]
    [InlineData("--fix", "mzprime=abc")]
    public void Scan_BadInput_IsOneLineWithExitCodeTwo(string option, string value)
    {
        var args = new Dictionary<string, string>
        {
            ["--x"] = "m-n:0.05:0.3:log:3", ["--y"] = "v-mu-n2:1e-8:1e-5:log:3", ["--fix"] = "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4",
        };
        args[option] = value;
        var result = CliRunner.Run(["scan", "t2k-nd280", "dark-photon", .. args.SelectMany(kv => new[] { kv.Key, kv.Value }), "--events", "200", "--out", Path.Combine(Path.GetTempPath(), "ds-bad-scan.json")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact] // dipole on ND280's zero-background dipole search: exact coupling reweighting per m_N; with no background
           // −2 ln L = 2μ grows with d_μN at fixed m_N in the long-lifetime corner, and the JSON names the family
    public void Scan_DipoleFamily_ReweightsCouplingsPerMass()
    {
        string json = Path.Combine(Path.GetTempPath(), $"ds-scan-dipole-{Environment.ProcessId}.json");
        var result = CliRunner.Run(["scan", "t2k-nd280", "dipole", "--analysis", "tpc-ee-dipole", "--x", "m-n:0.05:0.2:log:2",
            "--y", "d-mu:1e-8:1e-7:log:3", "--events", "300", "--out", json]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal("dipole", root.GetProperty("family").GetString());
        Assert.StartsWith("one simulation per m-n value", root.GetProperty("method").GetString());
        var delta = root.GetProperty("delta").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        for (int i = 0; i < 2; i++)   // x fastest: delta[j * 2 + i]
            Assert.True(delta[i] < delta[2 + i] && delta[2 + i] < delta[4 + i], $"column {i}: {delta[i]}, {delta[2 + i]}, {delta[4 + i]}");
        File.Delete(json);
    }

    [Fact] // photon-conversion analyses (MINERvA) are reweighted like the others: one simulation per mass, the decay line
           // stored as segments weighted by the conversion probability
    public void Scan_ConversionTopology_ReweightsCouplingsPerMass()
    {
        string json = Path.Combine(Path.GetTempPath(), $"ds-scan-minerva-{Environment.ProcessId}.json");
        var result = CliRunner.Run(["scan", "minerva", "dipole", "--analysis", "me-rhc", "--x", "m-n:0.1:0.3:log:2",
            "--y", "d-mu:1e-7:1e-6:log:2", "--events", "200", "--cl", "0.95", "--out", json]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.StartsWith("one simulation per m-n value", doc.RootElement.GetProperty("method").GetString());
        Assert.Equal(5.991464547107979, doc.RootElement.GetProperty("threshold").GetDouble(), 1e-9);   // χ²₂ 95% quantile
        File.Delete(json);
    }

    [Fact] // limit with the dipole family: the model options are the dipole's; the excluded c τ₀ interval lies in the scan
    public void Limit_DipoleFamily_FindsAnInterval()
    {
        var result = CliRunner.Run(["limit", "t2k-nd280", "dipole", "--analysis", "tpc-ee-dipole", "--mn", "0.1", "--d-mu", "1e-6",
            "--param", "ctau0-cm", "--points", "20", "--events", "1000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var excluded = doc.RootElement.GetProperty("excluded").EnumerateArray().ToArray();
        Assert.NotEmpty(excluded);
        Assert.All(excluded, e => Assert.True(e.GetProperty("low").GetDouble() < e.GetProperty("high").GetDouble()));
    }

    [Fact] // limit on a photon-conversion analysis (MINERvA me-rhc, dipole m_N = 0.3 GeV, d_mu = 1e-6 GeV^-1): the decay
           // line is reweighted from its segments; for long lifetimes the decay probability per segment is (b - a)/lambda,
           // so the selected count falls as 1/c tau0: between 5.2e5 and 1e7 cm the ratio equals the c tau0 ratio up to the
           // first-order correction s/(beta gamma c tau0), s <~ 1e3 cm (the detector's length), i.e. <~ 2e-3: bound 1e-2
    public void Limit_ConversionAnalysis_FallsAsInverseLifetime()
    {
        var result = CliRunner.Run(["limit", "minerva", "dipole", "--analysis", "me-rhc", "--mn", "0.3", "--d-mu", "1e-6",
            "--param", "ctau0-cm", "--points", "8", "--events", "400", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var scan = doc.RootElement.GetProperty("scan").EnumerateArray().ToArray();
        Assert.All(scan, p => Assert.True(p.GetProperty("delta").GetDouble() >= 0));
        double c1 = scan[^2].GetProperty("ctau0Cm").GetDouble(), c2 = scan[^1].GetProperty("ctau0Cm").GetDouble();
        double ratio = scan[^2].GetProperty("selected").GetDouble() / scan[^1].GetProperty("selected").GetDouble();
        Assert.True(Math.Abs(ratio / (c2 / c1) - 1) < 1e-2, $"selected ratio {ratio}, c tau0 ratio {c2 / c1}");
        Assert.NotEmpty(doc.RootElement.GetProperty("excluded").EnumerateArray());
    }

    [Theory] // a family that cannot produce the analysis's signal, or a foreign model option: one line, exit code 2
    [InlineData("scan", "minerva", "dark-photon")]
    [InlineData("limit", "t2k-nd280", "dipole")]
    public void WrongFamilyForAnalysis_IsOneLineWithExitCodeTwo(string command, string experiment, string family)
    {
        string[] args = command == "scan"
            ? ["scan", experiment, family, "--x", "m-n:0.1:0.3:log:2", "--y", "v-mu-n2:1e-8:1e-6:log:2", "--out", Path.Combine(Path.GetTempPath(), "ds-wrong.json")]
            : ["limit", experiment, family, "--mn", "0.1", "--mzprime", "1.25", "--param", "ctau0-cm"];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact] // without --cl the experiment's publication default applies: 95% CL (threshold 5.99, 2 dof) for MicroBooNE,
           // 90% (4.61) for ND280
    public void Scan_DefaultConfidenceLevel_IsTheExperiments()
    {
        string json = Path.Combine(Path.GetTempPath(), $"ds-scan-defaultcl-{Environment.ProcessId}.json");
        var result = CliRunner.Run(["scan", "microboone", "dark-photon", "--x", "m-n:0.05:0.2:log:2", "--y", "v-mu-n2:1e-10:1e-8:log:2",
            "--fix", "mzprime=0.03,epsilon=8e-4,alpha-d=0.3183", "--events", "200", "--out", json]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(0.95, doc.RootElement.GetProperty("confidenceLevel").GetDouble());
        Assert.Equal(5.991464547107979, doc.RootElement.GetProperty("threshold").GetDouble(), 1e-9);
        File.Delete(json);
    }
}
