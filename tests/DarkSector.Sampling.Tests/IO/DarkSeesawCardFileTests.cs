using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.IO;

namespace DarkSector.Sampling.Tests.IO;

public sealed class DarkSeesawCardFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("card-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Card = """
        {"model": "dark-seesaw", "mD": [[1e-5]], "mN": [0.1], "lambdaL": [[]], "lambdaR": [[]], "mX": [],
         "mZprime": 1.25, "epsilon2": 4.6e-4, "alphaD": 0.39}
        """;

    [Theory] // the file's text, parsed by the format its extension names, gives the same point as parsing the text
    [InlineData("card.json")]
    [InlineData("card.YAML")]
    [InlineData("card.yml")]
    public void Load_ParsesByExtension(string name)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, Card);
        var loaded = DarkSeesawCardFile.Load(path);
        var parsed = DarkSeesawCard.ParseJson(Card);
        Assert.Equal(parsed.MassMatrixGeV(), loaded.MassMatrixGeV());
        Assert.Equal(parsed.Epsilon, loaded.Epsilon);
    }

    [Fact] // an unknown extension is a FormatException naming the file and the extension; a missing file an IOException
    public void BadFile_IsNamed()
    {
        string path = Path.Combine(_folder, "card.txt");
        File.WriteAllText(path, Card);
        var e = Assert.Throws<FormatException>(() => DarkSeesawCardFile.Load(path));
        Assert.Contains("'.txt'", e.Message);
        Assert.ThrowsAny<IOException>(() => DarkSeesawCardFile.Load(Path.Combine(_folder, "missing.json")));
    }
}
