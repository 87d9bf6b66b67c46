using System.Text.Json;
using DarkSector.Cli.Tests.Commands.Experiments;

namespace DarkSector.Cli.Tests.Commands.Geometry;

public class GeometryCommandTests
{
    [Fact] // oil box 200 x 200 x 400 cm at 0.845 g/cm³ = 13 520 kg, 1e-9 relative; volumes in priority order
    public void Json_ListsVolumesWithMaterialsAndMasses()
    {
        var result = CliRunner.Run("geometry", "my-detector", "--plugins", ExperimentsCommandTests.SampleFolder, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var volumes = json.RootElement.GetProperty("volumes").EnumerateArray().ToArray();
        Assert.Equal(["fiducial core", "oil box", "hall air", "dirt"], volumes.Select(v => v.GetProperty("name").GetString()));
        var oil = volumes[1];
        Assert.Equal(0.845 * 200 * 200 * 400 / 1000, oil.GetProperty("massKg").GetDouble(), 1e-9 * 13520);
        Assert.Equal(["fiducial", "target"], volumes[0].GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Equal("C12", oil.GetProperty("composition")[0].GetProperty("nucleus").GetString());
    }

    [Fact]
    public void Table_PrintsShapesAndRoles()
    {
        var result = CliRunner.Run("geometry", "my-detector", "--plugins", ExperimentsCommandTests.SampleFolder);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("box 150 x 150 x 300 cm", result.Out);
        Assert.Contains("dirt (SiO2)", result.Out);
    }

    [Fact]
    public void UnknownExperiment_IsOneLineOnStderrWithExitCode2()
    {
        var result = CliRunner.Run("geometry", "no-such-experiment", "--plugins", ExperimentsCommandTests.SampleFolder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown experiment 'no-such-experiment'", result.Error);
        Assert.Contains("my-detector", result.Error);
    }
}
