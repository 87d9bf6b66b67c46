namespace DarkSector.Cli.Tests;

/// <summary>Bad inputs found by trying the tool as a new user would: each must end in exit code 2 with one line on
/// stderr that names what is wrong, nothing on stdout, and no .NET internals in the message.</summary>
public class BadInputTests
{
    private static readonly string[] DarkPhoton = ["--mzprime", "1.25", "--epsilon", "0.01", "--alpha-d", "0.4", "--v-mu-n2", "1e-7"];

    public static TheoryData<string[], string> Cases => new()
    {
        { ["decay", "dark-photon", "--mn", "0,1", .. DarkPhoton], "--mn = '0,1' is not a number: use a decimal point" },
        { ["decay", "dark-photon", "--mn", "1,000", .. DarkPhoton], "--mn = '1,000' is not a number" },
        { ["decay", "dark-photon", "--mn", "-0.1", .. DarkPhoton], "--mn = -0.1 GeV is outside (0, 1000] GeV" },
        { ["decay", "dark-photon", "--mn", "1e300", .. DarkPhoton], "--mn = 1E+300 GeV is outside (0, 1000] GeV" },
        { ["decay", "dark-photon", "--mn", "nan", .. DarkPhoton], "--mn = 'nan' is not a finite number" },
        { ["decay", "dark-photon", "--mn", "Infinity", .. DarkPhoton], "--mn = 'Infinity' is not a finite number" },
        { ["decay", "dipole", "--mn", "0.1", "--d-mu", "1e-6,5"], "--d-mu = '1e-6,5' is not a number" },
        { ["rate", "t2k-nd280", "dark-photon", "--mn", "0,1", .. DarkPhoton], "--mn = '0,1' is not a number" },
        { ["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--events", "1.5", .. DarkPhoton], "--events = '1.5' is not a whole number" },
        { ["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--events", "many", .. DarkPhoton], "--events = 'many' is not a whole number" },
        { ["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--events", "1e12", .. DarkPhoton], "--events = '1e12' is not a whole number" },
        { ["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--plot", "/no/such/folder/rate.svg", .. DarkPhoton], "--plot = '/no/such/folder/rate.svg': folder '/no/such/folder' does not exist" },
        { ["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--plot", "rate.jpg", .. DarkPhoton], "--plot = 'rate.jpg': the extension must be .svg or .pdf or .png" },
        { ["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.2:log:3", "--y", "v-mu-n2:1e-9:1e-6:log:3",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4", "--out", "grid.parquet", "--plot", "grid.gif"], "--plot = 'grid.gif': the extension must be .svg or .pdf or .png" },
        { ["spectrum-plot", "miniboone", "dipole", "--mn", "0.47", "--d-mu", "1.25e-6", "--out", "spectra.tiff"], "--out = 'spectra.tiff': the extension must be .svg or .pdf or .png" },
        { ["reproduce", "--formats", "svg,gif"], "--formats: 'gif' is not a figure format; formats: svg, pdf, png" },
        { ["generate", "dark-photon", "--mn", "0.1", .. DarkPhoton, "--flux", "miniboone:fhc:numu", "--out", "events.xlsx"], "unknown extension '.xlsx'; use .csv, .hepmc, .dsev or .parquet" },
        { ["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.2:log:3", "--y", "v-mu-n2:1e-9:1e-6:log:3",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4", "--out", "/no/such/folder/grid.json"], "--out = '/no/such/folder/grid.json': folder '/no/such/folder' does not exist" },
        { ["decay", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon", "0.01", "--alpha-d", "0.4"], "N4 does not decay at this model point" },
        { ["decay", "dipole", "--mn", "0.1"], "does not decay at this model point" },
        { ["rate", "no-such-experiment", "dark-photon", "--mn", "0.1", .. DarkPhoton], "unknown experiment 'no-such-experiment'; known: " },
        { ["xsec", "dipole", "--mn", "0.1", "--d-mu", "1e-6", "--enu", "1", "--helicity", "sideways"], "--helicity: Argument 'sideways' not recognized" },
        { ["scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.2:log:3", "--y", "v-mu-n2:1e-9:1e-6:log:3",
            "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4", "--out", "grid.json", "--overlay", "/no/such/scan.json"], "--overlay: file '/no/such/scan.json' does not exist" },
        { ["no-such-command"], "unknown command 'no-such-command'; see darksector --help" },
        { [], "no command given; see darksector --help" },
        { ["decay"], "'decay' needs a subcommand; see darksector decay --help" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_IsOneNamedLineAndExitCode2(string[] args, string expected)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        string line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("(Parameter", line);
        Assert.DoesNotContain("Actual value was", line);
        Assert.DoesNotContain("System.", line);
    }

    [Fact]
    public void ABadSecondOutput_LeavesNoFirstOutputBehind()
    {
        string folder = Directory.CreateTempSubdirectory("darksector-badinput-").FullName;
        try
        {
            string json = Path.Combine(folder, "grid.json");
            var result = CliRunner.Run("scan", "t2k-nd280", "dark-photon", "--x", "m-n:0.05:0.2:log:3", "--y", "v-mu-n2:1e-9:1e-6:log:3",
                "--fix", "mzprime=1.25,epsilon2=4.6e-4,alpha-d=0.4", "--events", "200", "--out", json, "--plot", Path.Combine(folder, "missing", "grid.svg"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--plot", result.Error);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void OutDir_IsCreated_AndAFileInItsPlaceIsAnError()
    {
        string parent = Directory.CreateTempSubdirectory("darksector-outdir-").FullName;
        try
        {
            string folder = Path.Combine(parent, "a", "b");
            DarkSector.Reporting.Outputs.OutputPaths.EnsureFolder("--out-dir", folder);
            Assert.True(Directory.Exists(folder));
            Assert.Empty(Directory.GetFileSystemEntries(folder));   // the write probe is gone
            string file = Path.Combine(parent, "file");
            File.WriteAllText(file, "");
            var e = Assert.Throws<IOException>(() => DarkSector.Reporting.Outputs.OutputPaths.EnsureFolder("--out-dir", file));
            Assert.Contains("--out-dir", e.Message);
        }
        finally { Directory.Delete(parent, recursive: true); }
    }

    [Theory] // help without System.CommandLine's "Additional Arguments" boilerplate; the family options are listed instead
    [InlineData("rate")]
    [InlineData("limit")]
    [InlineData("spectrum-plot")]
    public void Help_ListsModelOptions_WithoutBoilerplate(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Model options, dark-photon", result.Out);
        Assert.Contains("--d-mu", result.Out);
        Assert.DoesNotContain("Additional Arguments", result.Out);
        Assert.DoesNotContain("additional arguments", result.Out);
    }

    [Fact]
    public void WholeNumberOptions_AcceptExponentNotation()
    {
        var result = CliRunner.Run(["rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--events", "2e2", "--seed", "7e0", "--json", .. DarkPhoton]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"selected\"", result.Out);
    }
}
