using System.Text.Json;

namespace DarkSector.Cli.Tests.Commands.Experiments;

public sealed class ExperimentsCommandTests : IDisposable
{
    internal static readonly string SampleFolder = Path.Combine(AppContext.BaseDirectory, "sample-plugin");
    private readonly string _folder = Directory.CreateTempSubdirectory("darksector-cli-plugins-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public void Json_ListsThePluginWithItsAnalysesAndNoDiagnostics()
    {
        var result = CliRunner.Run("experiments", "--plugins", SampleFolder, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var sample = json.RootElement.GetProperty("experiments").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "my-detector");
        Assert.Equal("ee-count", sample.GetProperty("analyses")[0].GetProperty("id").GetString());
        Assert.Equal("EffectiveLikelihood", sample.GetProperty("analyses")[0].GetProperty("likelihood").GetString());
        Assert.Equal("FHC", sample.GetProperty("beams")[0].GetProperty("mode").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Table_ShowsExperimentsAndLoadProblems()
    {
        File.Copy(Path.Combine(SampleFolder, "DarkSector.SamplePlugin.dll"), Path.Combine(_folder, "DarkSector.SamplePlugin.dll"));
        File.WriteAllText(Path.Combine(_folder, "broken.dll"), "not an assembly");
        var result = CliRunner.Run("experiments", "--plugins", _folder);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("my-detector", result.Out);
        Assert.Contains("ee-count", result.Out);
        Assert.Contains("broken.dll", result.Out);
        Assert.Contains("not a loadable .NET assembly", result.Out);
    }

    [Fact]
    public void MissingFolder_IsOneLineOnStderrWithExitCode2()
    {
        var result = CliRunner.Run("experiments", "--plugins", Path.Combine(_folder, "missing"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }
}
