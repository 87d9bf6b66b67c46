using System.Runtime.Loader;
using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using Microsoft.Extensions.DependencyInjection;

namespace DarkSector.Sampling.Tests.Experiments;

public sealed class ExperimentCatalogTests : IDisposable
{
    private static readonly string SamplePlugin = Path.Combine(AppContext.BaseDirectory, "sample-plugin", "DarkSector.SamplePlugin.dll");
    private readonly string _folder = Directory.CreateTempSubdirectory("darksector-plugins-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private ExperimentDiscoveryOptions FolderOnly()
    {
        var options = new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false };
        options.PluginDirectories.Add(_folder);
        return options;
    }

    private void DropSample(string fileName = "DarkSector.SamplePlugin.dll")
    {
        Assert.True(File.Exists(SamplePlugin), $"the sample plugin was not built next to the tests: {SamplePlugin}");
        File.Copy(SamplePlugin, Path.Combine(_folder, fileName));
    }

    [Fact]
    public void SamplePlugin_DroppedIntoAFolder_IsDiscoveredInItsOwnLoadContext()
    {
        DropSample();
        var catalog = ExperimentCatalog.Discover(FolderOnly());
        Assert.Equal(["my-detector"], catalog.Ids);
        var experiment = catalog.Get("my-detector");
        Assert.Empty(catalog.Diagnostics);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(experiment.GetType().Assembly));
        Assert.Same(typeof(IExperiment).Assembly, experiment.GetType().GetInterfaces().Single(i => i.Name == nameof(IExperiment)).Assembly);
        Assert.Equal("My detector", experiment.Info.Name);
        Assert.Contains(experiment.Detector.Volumes, v => v.Role.HasFlag(VolumeRole.Fiducial));
        Assert.Equal("ee-count", experiment.Analyses.Single().Id);
        Assert.EndsWith("DarkSector.SamplePlugin.dll", catalog.SourceOf("my-detector"));
    }

    [Fact]
    public void PluginFolder_CanComeFromTheEnvironmentVariable()
    {
        DropSample();
        string? previous = Environment.GetEnvironmentVariable(ExperimentDiscoveryOptions.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ExperimentDiscoveryOptions.EnvironmentVariable, _folder);
            var catalog = ExperimentCatalog.Discover(new ExperimentDiscoveryOptions { IncludeBuiltIn = false });
            Assert.Contains("my-detector", catalog.Ids);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ExperimentDiscoveryOptions.EnvironmentVariable, previous);
        }
    }

    [Fact]
    public void BadAssembly_IsReportedAndTheRestStillLoad()
    {
        DropSample();
        File.WriteAllText(Path.Combine(_folder, "corrupt.dll"), "this is not a PE file");
        var catalog = ExperimentCatalog.Discover(FolderOnly());
        Assert.Equal(["my-detector"], catalog.Ids);
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.EndsWith("corrupt.dll", diagnostic.Source);
        Assert.Contains("not a loadable .NET assembly", diagnostic.Reason);
    }

    [Fact]
    public void DuplicateId_IsReportedAndTheFirstWins()
    {
        DropSample("A.SamplePlugin.dll");
        DropSample("B.SamplePlugin.dll");
        var catalog = ExperimentCatalog.Discover(FolderOnly());
        Assert.Equal(["my-detector"], catalog.Ids);
        Assert.EndsWith("A.SamplePlugin.dll", catalog.SourceOf("my-detector"));
        var diagnostic = Assert.Single(catalog.Diagnostics);
        Assert.EndsWith("B.SamplePlugin.dll", diagnostic.Source);
        Assert.Contains("duplicate experiment id 'my-detector'", diagnostic.Reason);
    }

    [Fact]
    public void ThrowingConstructorAndInvalidDescription_BecomeDiagnostics()
    {
        DropSample();
        var options = FolderOnly();
        options.Assemblies.Add(typeof(ThrowingExperiment).Assembly);
        var catalog = ExperimentCatalog.Discover(options);
        Assert.Equal(["mismatched-test", "my-detector", "throwing-test"], catalog.Ids);   // listed without being created
        Assert.Empty(catalog.Diagnostics);
        var loaded = catalog.LoadAll();
        Assert.Equal(["my-detector"], loaded.Select(e => e.Info.Id));
        Assert.Equal(2, catalog.Diagnostics.Count);
        Assert.Contains(catalog.Diagnostics, d => d.Reason.Contains("InvalidOperationException") && d.Reason.Contains("flux file missing"));
        Assert.Contains(catalog.Diagnostics, d => d.Reason.Contains("Info.Id = 'something-else' differs from the exported id 'mismatched-test'"));
        var e = Assert.Throws<DarkSectorException>(() => catalog.Get("throwing-test"));
        Assert.Contains("flux file missing", e.Message);
    }

    [Fact]
    public void UnknownId_ListsTheKnownOnes()
    {
        DropSample();
        var e = Assert.Throws<KeyNotFoundException>(() => ExperimentCatalog.Discover(FolderOnly()).Get("t2k"));
        Assert.Contains("unknown experiment 't2k'; known: my-detector", e.Message);
    }

    [Fact]
    public void MissingPluginFolder_IsBadInput()
    {
        var options = new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false };
        options.PluginDirectories.Add(Path.Combine(_folder, "nope"));
        Assert.Contains("does not exist", Assert.Throws<ArgumentException>(() => ExperimentCatalog.Discover(options)).Message);
    }

    [Fact]
    public void AddDarkSector_RegistersTheCatalogAndResolvesById()
    {
        DropSample();
        using var provider = new ServiceCollection()
            .AddDarkSector(o => { o.IncludeBuiltIn = false; o.UseEnvironmentVariable = false; o.PluginDirectories.Add(_folder); })
            .BuildServiceProvider();
        var catalog = provider.GetRequiredService<ExperimentCatalog>();
        Assert.Same(catalog, provider.GetRequiredService<ExperimentCatalog>());
        Assert.Equal("my-detector", catalog.Get("my-detector").Info.Id);
    }

    [Fact]
    public void AddDarkSector_KeepsAnEarlierRegistration()
    {
        var mine = ExperimentCatalog.Discover(new ExperimentDiscoveryOptions { IncludeBuiltIn = false, UseEnvironmentVariable = false });
        using var provider = new ServiceCollection().AddSingleton(mine).AddDarkSector().BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<ExperimentCatalog>());
    }
}
