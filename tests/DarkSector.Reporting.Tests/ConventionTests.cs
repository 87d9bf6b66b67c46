using System.Reflection;
using DarkSector.Reporting.Plotting;

namespace DarkSector.Reporting.Tests;

/// <summary>style.md: namespaces equal folders, one public type per file named after it; Reporting needs no plugin.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(FigureFile).Assembly;

    [Fact]
    public void SourceFiles_DeclareTheNamespaceOfTheirFolder()
    {
        var offenders = NamespaceConventions.FilesOutsideTheirFolderNamespace("DarkSector.Reporting");
        Assert.True(offenders.Count == 0, "Namespace differs from folder: " + string.Join("; ", offenders));
    }

    [Fact]
    public void PublicTypes_LiveInAFileNamedAfterThemInTheFolderOfTheirNamespace()
    {
        var offenders = NamespaceConventions.TypesWithoutTheirFile(Library, "DarkSector.Reporting", exempt: []);
        Assert.True(offenders.Count == 0, "Public type without <Folder of namespace>/<TypeName>.cs: " + string.Join(", ", offenders));
    }

    [Fact]
    public void References_SamplingButNoPluginNorTheCli()
    {
        string[] ours = [.. Library.GetReferencedAssemblies().Select(a => a.Name!)];
        Assert.Contains("DarkSector.Sampling", ours);
        Assert.DoesNotContain(ours, n => n.StartsWith("DarkSector.Experiments", StringComparison.Ordinal) || n == "darksector");
    }
}
