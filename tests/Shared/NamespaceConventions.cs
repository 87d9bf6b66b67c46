using System.Reflection;
using System.Text.RegularExpressions;

namespace DarkSector.Tests;

/// <summary>Source-tree checks shared by the convention tests: namespaces equal folders, one public type per file.</summary>
internal static class NamespaceConventions
{
    private static readonly Regex NamespaceDeclaration = new(@"^\s*namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline);

    /// <summary>The directory src/&lt;project&gt; of this checkout (found by walking up to DarkSector.sln).</summary>
    internal static string SourceDirectory(string project)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DarkSector.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, "src", project);
    }

    /// <summary>The namespace a file or folder under src/&lt;project&gt; must declare.</summary>
    internal static string ExpectedNamespace(string project, string root, string directory)
    {
        var relative = Path.GetRelativePath(root, directory);
        return relative == "." ? project : project + "." + relative.Replace(Path.DirectorySeparatorChar, '.');
    }

    internal static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"));

    internal static List<string> FilesOutsideTheirFolderNamespace(string project, params string[] exemptFiles)
    {
        var root = SourceDirectory(project);
        var offenders = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (exemptFiles.Contains(relative)) continue;
            var expected = ExpectedNamespace(project, root, Path.GetDirectoryName(file)!);
            foreach (Match m in NamespaceDeclaration.Matches(File.ReadAllText(file)))
                if (m.Groups[1].Value != expected) offenders.Add($"{relative}: {m.Groups[1].Value} (expected {expected})");
        }
        return offenders;
    }

    internal static List<string> TypesWithoutTheirFile(Assembly assembly, string project, string[] exempt)
    {
        var root = SourceDirectory(project);
        var offenders = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsNested))
        {
            if (exempt.Contains(type.FullName)) continue;
            var ns = type.Namespace ?? "";
            if (ns != project && !ns.StartsWith(project + ".", StringComparison.Ordinal))
            {
                offenders.Add($"{type.FullName} (namespace outside {project})");
                continue;
            }
            var folder = Path.Combine([root, .. ns[project.Length..].Split('.', StringSplitOptions.RemoveEmptyEntries)]);
            var name = type.Name.Split('`')[0];
            if (type.IsGenericType) name += "{" + string.Join(",", type.GetGenericArguments().Select(a => a.Name)) + "}";
            bool found = Directory.Exists(folder) &&
                         (File.Exists(Path.Combine(folder, name + ".cs")) || Directory.EnumerateFiles(folder, name + ".*.cs").Any());
            if (!found) offenders.Add(type.FullName!);
        }
        return offenders;
    }
}
