using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Tests.Reports;

/// <summary>The help sections of the model options and scan parameters: every option of the library's schema, "--" + its
/// name, "(required)" where it is, its description in a column aligned per section.</summary>
public sealed class ModelOptionsHelpTests
{
    [Fact]
    public void ModelOptions_ListEverySchemaOptionAligned()
    {
        string[] lines = ModelOptionsHelp.ModelOptions().Split('\n');
        Assert.Equal("Model options, dark-photon:", lines[0]);
        Assert.Equal("Model options, dipole:", lines.Single(l => l.StartsWith("Model options, d", StringComparison.Ordinal) && l != lines[0]));
        var darkPhoton = lines.Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.Equal(ModelOptionSets.DarkPhoton.Options.Count, darkPhoton.Length);
        var mn = ModelOptionSets.DarkPhoton["mn"];
        Assert.Contains(darkPhoton, l => l.StartsWith("  --mn (required)", StringComparison.Ordinal) && l.EndsWith(mn.Description, StringComparison.Ordinal));
        var options = ModelOptionSets.DarkPhoton.Options;
        var rows = options.Select(o => darkPhoton.Single(l => l.StartsWith($"  --{o.Name} ", StringComparison.Ordinal))).ToArray();
        Assert.All(rows.Zip(options), r => Assert.EndsWith(r.Second.Description, r.First, StringComparison.Ordinal));
        Assert.Single(rows.Zip(options, (row, o) => row.Length - o.Description.Length).Distinct());   // one description column
        Assert.DoesNotContain("dark-seesaw", ModelOptionsHelp.ModelOptions(), StringComparison.Ordinal);
        Assert.EndsWith("Model options, dark-seesaw:\n  --card (required)  the card", ModelOptionsHelp.ModelOptions("the card").ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void ScanParameters_NameEveryFamilysParameters()
    {
        string text = ModelOptionsHelp.ScanParameters();
        foreach (var family in ModelFamilies.All)
        {
            Assert.Contains($"Scan parameters (--x, --y, --fix), {family.Name}:", text, StringComparison.Ordinal);
            Assert.All(family.Names, n => Assert.Contains($"  {n} ", text, StringComparison.Ordinal));
        }
    }
}
