using System.Text.Json.Nodes;
using DarkSector.Reporting.Outputs;

namespace DarkSector.Reporting.Tests.Outputs;

/// <summary>The provenance every output carries and the output-path checks made before a long computation.</summary>
public sealed class OutputsTests
{
    [Fact]
    public void Provenance_QuotesTokensThatNeedIt_AndKeepsKeysAlreadyPresent()
    {
        var provenance = RunProvenance.Of(["scan", "t2k-nd280", "--fix", "a b", "it's"]);
        Assert.Equal("darksector scan t2k-nd280 --fix 'a b' 'it'\\''s'", provenance.CommandLine);
        var json = provenance.AddTo(new JsonObject { ["tool"] = "other" });
        Assert.Equal("other", (string?)json["tool"]);
        Assert.Equal(RunProvenance.SchemaVersion, (int?)json["schemaVersion"]);
        Assert.Equal(provenance.CommandLine, (string?)json["commandLine"]);
        Assert.Equal(RunProvenance.Version, (string?)json["toolVersion"]);
        var metadata = provenance.Metadata(("grid", "x"));
        Assert.Equal(["schema_version", "tool", "tool_version", "command_line", "grid"], metadata.Keys);
    }

    [Fact]
    public void OutputPaths_NameTheOptionAndTheProblem()
    {
        string folder = Directory.CreateTempSubdirectory("ds-outputs-").FullName;
        try
        {
            OutputPaths.Check("--out", null);
            OutputPaths.Check("--out", Path.Combine(folder, "a.json"), ".json");
            Assert.Empty(Directory.GetFiles(folder));   // the write probe leaves nothing behind
            Assert.Equal("--plot = 'a.txt': the extension must be .svg or .pdf",
                Assert.Throws<ArgumentException>(() => OutputPaths.Check("--plot", "a.txt", ".svg", ".pdf")).Message);
            Assert.Contains("is a folder", Assert.Throws<ArgumentException>(() => OutputPaths.Check("--out", folder)).Message);
            Assert.Contains("does not exist", Assert.Throws<IOException>(() => OutputPaths.Check("--out", Path.Combine(folder, "no", "a.json"))).Message);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void OutputFiles_WriteEveryRenderedFile_TextAsUtf8WithoutBom()
    {
        string folder = Directory.CreateTempSubdirectory("ds-outputs-").FullName;
        try
        {
            string a = Path.Combine(folder, "a.bin"), b = Path.Combine(folder, "b.md");
            OutputFiles.Write([(a, [1, 2, 3]), (b, [4])]);
            Assert.Equal([1, 2, 3], File.ReadAllBytes(a));
            Assert.Equal([4], File.ReadAllBytes(b));
            OutputFiles.WriteText(b, "μ\n");
            Assert.Equal([0xCE, 0xBC, (byte)'\n'], File.ReadAllBytes(b));   // no byte-order mark
            Assert.Equal(["a.bin", "b.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());   // no temporary file left
        }
        finally { Directory.Delete(folder, true); }
    }
}
