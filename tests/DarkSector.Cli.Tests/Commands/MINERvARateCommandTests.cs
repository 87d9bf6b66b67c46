using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands;

public sealed class MINERvARateCommandTests
{
    [Fact] // `rate minerva dipole ... --analysis me-rhc --json` runs the N → ν γ search and reports the cut flow in
           // order, ending at the selected events (1e-12 relative)
    public void MeRhcDipole_ReportsTheCutFlow()
    {
        var result = CliRunner.Run(["rate", "minerva", "dipole", "--mn", "0.1", "--d-mu", "1e-6", "--analysis", "me-rhc", "--events", "1000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        var flow = doc.RootElement.GetProperty("cutFlow").EnumerateArray().ToArray();
        Assert.Equal(["E_sh > 0.8 GeV", "Q2_QE < 0.02 GeV2", "E_sh theta2 < 3.2 MeV rad2", "dE/dx > 4.5 MeV/1.7cm"], flow.Select(f => f.GetProperty("cut").GetString()));
        double selected = doc.RootElement.GetProperty("selected").GetDouble();
        Assert.True(selected > 0);
        Assert.Equal(selected, flow[^1].GetProperty("events").GetDouble(), 1e-12 * selected);
    }

    [Fact] // the single-photon analyses reject a dark-photon (e⁺e⁻) signal with one line and exit code 2
    public void DarkPhotonOnPhotonAnalysis_IsOneLineError()
    {
        var result = CliRunner.Run(["rate", "minerva", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1", "--analysis", "me-rhc", "--events", "1000"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact] // the e⁺e⁻ variant runs a dark-photon signal (decay in the fiducial volume) through the same cut flow
    public void DarkPhotonOnPairAnalysis_ReportsTheCutFlow()
    {
        var result = CliRunner.Run(["rate", "minerva", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1", "--analysis", "me-rhc-ee", "--events", "1000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal(4, doc.RootElement.GetProperty("cutFlow").GetArrayLength());
    }
}
