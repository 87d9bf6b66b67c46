using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

public class DarkSeesawCardTests
{
    internal static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DarkSector.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), relative);
    }

    private const string Minimal = """
        {"model": "dark-seesaw", "mD": [[1e-5, 2e-5]], "mN": [0.1, 0.2], "lambdaL": [[0.01], [0.02]],
         "lambdaR": [[0.03], [0.04]], "mX": [[0.3]], "mZprime": 1.25, "epsilon2": 4.6e-4, "alphaD": 0.39}
        """;

    [Fact] // the issue's JSON card: every key read, ε = √ε², defaults (one active flavour = μ)
    public void IssueJsonCard_IsRead()
    {
        var p = DarkSeesawCard.ParseJson(Minimal);
        Assert.Equal((1, 2, 1), (p.ActiveCount, p.SterileCount, p.DarkCount));
        Assert.Equal(Math.Sqrt(4.6e-4), p.Epsilon, 1e-16);
        Assert.Equal(0.39, p.AlphaDark);
        Assert.Equal(1.25, p.ZPrimeMassGeV);
        Assert.Equal(0.2, p.SterileMassGeV[1, 1]);
        Assert.Equal(0.0, p.SterileMassGeV[0, 1]);
        Assert.Equal(0.04, p.LambdaRGeV[1, 0]);
        Assert.Equal([LeptonFlavour.Muon], p.ActiveFlavours);
    }

    [Fact] // docs/examples: the JSON and YAML example cards describe the same point (identical mass matrix and couplings)
    public void ExampleCards_JsonAndYaml_AreTheSamePoint()
    {
        var json = DarkSeesawCard.Parse(File.ReadAllText(RepositoryFile("docs/examples/dark-seesaw.json")), "json");
        using var reader = new StreamReader(RepositoryFile("docs/examples/dark-seesaw.yaml"));
        var yaml = DarkSeesawCard.Parse(reader, ".yaml");
        Assert.Equal(json.MassMatrixGeV(), yaml.MassMatrixGeV());
        Assert.Equal((json.ZPrimeMassGeV, json.Epsilon, json.AlphaDark), (yaml.ZPrimeMassGeV, yaml.Epsilon, yaml.AlphaDark));
        Assert.Equal(6, json.Dimension);
    }

    [Theory] // the format names a parser ("json", "yaml", "yml", with or without the extension's dot); anything else is a FormatException naming it
    [InlineData("json", true)]
    [InlineData(".JSON", true)]
    [InlineData("yml", false)]
    [InlineData(".yaml", false)]
    public void Parse_DispatchesOnTheFormat(string format, bool json)
    {
        // JSON flow syntax is valid YAML too; a block-style YAML card is only readable by the YAML parser
        var p = DarkSeesawCard.Parse(Minimal, format);
        string block = "model: dark-seesaw\nmD: [[1e-5]]\nmN: [0.1]\nlambdaL: [[]]\nlambdaR: [[]]\nmX: []\nmZprime: 1.25\nepsilon: 1e-3\nalphaD: 0.3\n";
        if (json) Assert.Throws<FormatException>(() => DarkSeesawCard.Parse(block, format));
        else Assert.Equal(1.25, DarkSeesawCard.Parse(block, format).ZPrimeMassGeV);
        Assert.Equal(1.25, p.ZPrimeMassGeV);
        var e = Assert.Throws<FormatException>(() => DarkSeesawCard.Parse(Minimal, "toml"));
        Assert.Contains("'toml'", e.Message);
    }

    [Fact] // d = 0 (pure type-I seesaw): empty mX and n rows of empty Λ; seesaw mass m_D²/M_N (1e-9 relative)
    public void CardWithoutDarkFermions_IsATypeOneSeesaw()
    {
        var p = DarkSeesawCard.ParseJson("""
            {"model": "dark-seesaw", "mD": [[1e-6]], "mN": [0.2], "lambdaL": [[]], "lambdaR": [[]], "mX": [],
             "mZprime": 1.25, "epsilon2": 1e-4, "alphaD": 0.3}
            """);
        Assert.Equal(0, p.DarkCount);
        var s = DarkSeesawSpectrum.Compute(p);
        Assert.Equal(2, s.StateCount);
        Assert.Equal(1, s.MassesGeV[0] / (1e-12 / 0.2), 1e-9);
        Assert.Equal(0.0, s.ZPrimeVertexSquared(0, 1));
    }

    [Fact] // mNMatrix, gD, epsilon, mPhi, activeFlavours alternatives
    public void AlternativeKeys_AreRead()
    {
        var p = DarkSeesawCard.ParseYaml("""
            model: dark-seesaw
            mD: [[1e-5, 0], [0, 2e-5]]
            mNMatrix: [[0.1, 0.01], [0.01, 0.2]]
            lambdaL: [[0.01], [0.02]]
            lambdaR: [[0.03], [0.04]]
            mX: [[0.3]]
            mZprime: 1.25
            epsilon: 0.02
            gD: 2
            mPhi: 5
            activeFlavours: [mu, tau]
            """);
        Assert.Equal(0.01, p.SterileMassGeV[0, 1]);
        Assert.Equal(4 / (4 * Math.PI), p.AlphaDark, 1e-15);
        Assert.Equal(0.02, p.Epsilon);
        Assert.Equal(5.0, p.DarkScalarMassGeV);
        Assert.Equal([LeptonFlavour.Muon, LeptonFlavour.Tau], p.ActiveFlavours);
    }

    [Theory] // every malformed card names the offending key
    [InlineData("\"foo\": 1", "foo")]
    [InlineData("\"mN\": [0.1]", "mN")]
    [InlineData("\"lambdaL\": [[0.01, 0.1], [0.02, 0.2]]", "lambdaL")]
    [InlineData("\"lambdaR\": [[0.01], \"x\"]", "lambdaR")]
    [InlineData("\"mX\": [[0.3, 0.1]]", "mX")]
    [InlineData("\"mZprime\": \"heavy\"", "mZprime")]
    [InlineData("\"mZprime\": -1", "mZprime")]
    [InlineData("\"epsilon\": 0.01", "epsilon")]
    [InlineData("\"model\": \"dipole\"", "model")]
    [InlineData("\"mD\": [[1e-5, 2e-5], [1, 2], [1, 2], [1, 2]]", "mD")]
    public void MalformedJsonCard_IsAnErrorNamingTheKey(string replacement, string key)
    {
        string card = Replace(Minimal, replacement);
        var e = Assert.ThrowsAny<Exception>(() => DarkSeesawCard.ParseJson(card));
        Assert.True(e is FormatException or ArgumentException, e.GetType().Name);
        Assert.Contains(key, e.Message);
    }

    [Theory] // syntax errors give the line and column as an editor counts them (from 1)
    [InlineData("model: dark-seesaw\nmD: [[2e-6, 3e-6]\n", "malformed YAML at line 3")]
    [InlineData("model: dark-seesaw\n  mD: 1\n", "malformed YAML at line 2")]
    public void YamlSyntaxError_NamesTheLine(string card, string expected)
    {
        var e = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(card));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void JsonSyntaxError_NamesTheLineCountedFromOne()
    {
        var e = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseJson("{\n  \"model\": \"dark-seesaw\",\n  \"mD\": [[2e-6, 3e-6]\n}"));
        Assert.Contains("malformed JSON at line 4", e.Message);
        Assert.DoesNotContain("LineNumber", e.Message);
    }

    [Fact]
    public void MalformedYamlCard_IsAnErrorNamingTheKey()
    {
        var e = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml("""
            model: dark-seesaw
            mD: [[1e-5]]
            mN: [0.1]
            lambdaL: [[0.01]]
            lambdaR: 0.3
            mX: [[0.3]]
            mZprime: 1.25
            epsilon2: 1e-4
            alphaD: 0.3
            """));
        Assert.Contains("lambdaR", e.Message);
        var missing = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml("model: dark-seesaw\nmD: [[1e-5]]\nmN: [0.1]\n"));
        Assert.Contains("mX", missing.Message);
        Assert.Throws<FormatException>(() => DarkSeesawCard.ParseJson("{\"model\": \"dark-seesaw\", \"model\": \"dark-seesaw\"}"));
    }

    /// <summary>Replaces (or adds) the key of <paramref name="replacement"/> in the minimal card.</summary>
    private static string Replace(string card, string replacement)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(card)!.AsObject();
        var patch = System.Text.Json.Nodes.JsonNode.Parse("{" + replacement + "}")!.AsObject();
        foreach (var (key, value) in patch.ToList())
        {
            patch.Remove(key);
            node[key] = value;
        }
        return node.ToJsonString();
    }
}
