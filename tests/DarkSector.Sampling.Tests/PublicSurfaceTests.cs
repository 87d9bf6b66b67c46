using System.Runtime.CompilerServices;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Tests;

/// <summary>
/// The public types of DarkSector.Sampling (front doors, result types, the plugin contract) equal the approved list
/// PublicApi/DarkSector.Sampling.txt, so that growth of the package's public face is a conscious decision: add the type
/// to the list in the same commit (or set DARKSECTOR_UPDATE_PUBLIC_API=1 and run this test locally to rewrite it).
/// </summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void PublicTypes_AreTheApprovedList()
    {
        var actual = typeof(ISignalModel).Assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();
        if (Environment.GetEnvironmentVariable("DARKSECTOR_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllLines(SourcePath(), actual);
            return;
        }
        var approved = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PublicApi", "DarkSector.Sampling.txt"))
            .Where(l => l.Length > 0).ToArray();
        var added = actual.Except(approved).ToArray();
        var removed = approved.Except(actual).ToArray();
        Assert.True(added.Length == 0 && removed.Length == 0,
            $"public types changed; added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)} (update PublicApi/DarkSector.Sampling.txt)");
    }

    private static string SourcePath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "PublicApi", "DarkSector.Sampling.txt");
}
