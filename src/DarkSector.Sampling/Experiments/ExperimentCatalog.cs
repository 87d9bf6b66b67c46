using System.Composition;
using System.Composition.Hosting;
using System.Reflection;
using System.Runtime.Loader;
using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// The experiments available to the host: discovered with System.Composition from the built-in plugin assemblies,
/// assemblies given by the host and every assembly in the plugin folders (each in its own load context), listed by
/// id without being created, and created on first use.
/// </summary>
/// <remarks>
/// Nothing that a plugin does wrong stops the others: an unreadable or non-.NET file, types that fail to load, an
/// export without a valid id, a duplicate id, a constructor that throws, or an instance that fails validation each
/// become a <see cref="PluginDiagnostic"/> naming the file and the reason, and that experiment is left out. The
/// first source to export an id wins (built-ins, then host assemblies, then folders in order). An exception a plugin
/// throws later, at run time, is named by <see cref="PluginFault.Explain"/>. Thread-safe.
/// </remarks>
public sealed class ExperimentCatalog
{
    private readonly SortedDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly List<PluginDiagnostic> _diagnostics = [];
    private readonly List<CompositionHost> _containers = [];

    private ExperimentCatalog() { }

    /// <summary>Discovers the experiments according to <paramref name="options"/> (default: built-ins and the
    /// <c>DARKSECTOR_PLUGINS</c> folders).</summary>
    /// <exception cref="ArgumentException">A plugin folder does not exist.</exception>
    public static ExperimentCatalog Discover(ExperimentDiscoveryOptions? options = null)
    {
        options ??= new ExperimentDiscoveryOptions();
        var catalog = new ExperimentCatalog();
        var scanned = new HashSet<Assembly>();
        if (options.IncludeBuiltIn && Directory.Exists(options.BuiltInDirectory))
            foreach (string path in Directory.EnumerateFiles(options.BuiltInDirectory, "DarkSector.Experiments.*.dll").Order(StringComparer.Ordinal))
                if (catalog.TryLoadBuiltIn(path) is Assembly builtIn && scanned.Add(builtIn))
                    catalog.Scan(builtIn, path, builtIn: true);
        foreach (var assembly in options.Assemblies)
            if (scanned.Add(assembly))
                catalog.Scan(assembly, assembly.GetName().Name ?? assembly.FullName ?? "assembly", builtIn: false);
        foreach (string directory in PluginFolders(options))
            foreach (string path in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
            {
                if (PluginLoadContext.IsShared(Path.GetFileNameWithoutExtension(path))) continue;   // a copy of the core
                if (catalog.TryLoadPlugin(path) is Assembly plugin) catalog.Scan(plugin, path, builtIn: false);
            }
        return catalog;
    }

    /// <summary>The ids of the discovered experiments, sorted.</summary>
    public IReadOnlyList<string> Ids { get { lock (_entries) return _entries.Keys.ToArray(); } }

    /// <summary>Problems found so far (discovery, and creation of experiments already requested).</summary>
    public IReadOnlyList<PluginDiagnostic> Diagnostics { get { lock (_diagnostics) return _diagnostics.ToArray(); } }

    /// <summary>The file (or assembly name) that provides experiment <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">Unknown id.</exception>
    public string SourceOf(string id) => Find(id).Source;

    /// <summary>The experiment with id <paramref name="id"/>, created on first use.</summary>
    /// <exception cref="KeyNotFoundException">No experiment has that id (the message lists the known ids).</exception>
    /// <exception cref="DarkSectorException">The plugin failed to create or validate (see <see cref="Diagnostics"/>).</exception>
    public IExperiment Get(string id)
    {
        var entry = Find(id);
        return Create(entry) ?? throw new DarkSectorException($"experiment '{id}' from {entry.Source} failed to load: {entry.Failure}");
    }

    /// <summary>Tries to get experiment <paramref name="id"/>; false if unknown or failed (reason in <see cref="Diagnostics"/>).</summary>
    public bool TryGet(string id, out IExperiment? experiment)
    {
        Entry? entry;
        lock (_entries) _entries.TryGetValue(id ?? "", out entry);
        experiment = entry is null ? null : Create(entry);
        return experiment is not null;
    }

    /// <summary>Creates every experiment; returns those that loaded, in id order (failures go to <see cref="Diagnostics"/>).</summary>
    public IReadOnlyList<IExperiment> LoadAll()
    {
        var result = new List<IExperiment>();
        foreach (string id in Ids)
            if (TryGet(id, out var experiment)) result.Add(experiment!);
        return result;
    }

    private Entry Find(string id)
    {
        lock (_entries)
        {
            if (id is not null && _entries.TryGetValue(id, out var entry)) return entry;
            string known = _entries.Count == 0 ? "none" : string.Join(", ", _entries.Keys);
            throw new KeyNotFoundException($"unknown experiment '{id}'; known: {known}");
        }
    }

    private IExperiment? Create(Entry entry)
    {
        lock (entry)
        {
            if (entry.Instance is not null || entry.Failure is not null) return entry.Instance;
            try
            {
                var experiment = entry.Export.Value;
                var problems = ExperimentValidator.Validate(experiment, entry.Id);
                if (problems.Count > 0) entry.Failure = "invalid description: " + string.Join("; ", problems);
                else entry.Instance = experiment;
            }
            catch (Exception e)
            {
                var inner = Innermost(e);
                entry.Failure = $"creating '{entry.Id}' threw {inner.GetType().Name}: {OneLine(inner.Message)}";
            }
            if (entry.Failure is not null) Report(entry.Source, entry.Failure);
            return entry.Instance;
        }
    }

    private Assembly? TryLoadBuiltIn(string path)
    {
        try
        {
            var name = AssemblyName.GetAssemblyName(path);
            foreach (var loaded in AssemblyLoadContext.Default.Assemblies)
                if (AssemblyName.ReferenceMatchesDefinition(name, loaded.GetName())) return loaded;
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException)
        {
            Report(path, LoadFailure(e));
            return null;
        }
    }

    private Assembly? TryLoadPlugin(string path)
    {
        try
        {
            return new PluginLoadContext(Path.GetFullPath(path)).LoadFromAssemblyPath(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException or ArgumentException or InvalidOperationException)
        {
            Report(path, LoadFailure(e));
            return null;
        }
    }

    private static string LoadFailure(Exception e) => e is BadImageFormatException
        ? $"not a loadable .NET assembly ({e.GetType().Name}: {OneLine(e.Message)})"
        : $"could not be loaded ({e.GetType().Name}: {OneLine(e.Message)})";

    private void Scan(Assembly assembly, string source, bool builtIn)
    {
        PluginFault.Register(assembly, source, builtIn);
        CompositionHost container;
        try
        {
            container = new ContainerConfiguration().WithParts(LoadableTypes(assembly, source)).CreateContainer();
        }
        catch (Exception e)
        {
            Report(source, $"composition failed ({e.GetType().Name}: {OneLine(Innermost(e).Message)})");
            return;
        }
        IEnumerable<Lazy<IExperiment, ExperimentMetadata>> exports;
        try
        {
            exports = container.GetExports<Lazy<IExperiment, ExperimentMetadata>>().ToArray();
        }
        catch (Exception e)
        {
            Report(source, $"composition failed ({e.GetType().Name}: {OneLine(Innermost(e).Message)})");
            container.Dispose();
            return;
        }
        _containers.Add(container);
        foreach (var export in exports)
        {
            string? id = export.Metadata.Id;
            if (!ExperimentInfo.IsValidId(id))
            {
                Report(source, $"an export has invalid experiment id '{id}' (lower-case letters, digits and '-', starting with a letter)");
                continue;
            }
            lock (_entries)
            {
                if (_entries.TryGetValue(id!, out var existing))
                {
                    Report(source, $"duplicate experiment id '{id}' (already provided by {existing.Source}); ignored");
                    continue;
                }
                _entries[id!] = new Entry(id!, source, export);
            }
        }
    }

    private IEnumerable<Type> LoadableTypes(Assembly assembly, string source)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var first = e.LoaderExceptions.FirstOrDefault(x => x is not null);
            Report(source, $"some types could not be loaded ({(first is null ? "unknown reason" : OneLine(first.Message))}); using the rest");
            return e.Types.Where(t => t is not null)!;
        }
    }

    private static IEnumerable<string> PluginFolders(ExperimentDiscoveryOptions options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new List<string>();
        foreach (string folder in options.PluginDirectories)
        {
            if (!Directory.Exists(folder)) throw new ArgumentException($"plugin folder '{folder}' does not exist", nameof(options));
            if (seen.Add(Path.GetFullPath(folder))) folders.Add(folder);
        }
        if (options.UseEnvironmentVariable && Environment.GetEnvironmentVariable(ExperimentDiscoveryOptions.EnvironmentVariable) is string variable)
            foreach (string folder in variable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Directory.Exists(folder)) throw new ArgumentException($"plugin folder '{folder}' (from {ExperimentDiscoveryOptions.EnvironmentVariable}) does not exist", nameof(options));
                if (seen.Add(Path.GetFullPath(folder))) folders.Add(folder);
            }
        return folders;
    }

    private void Report(string source, string reason)
    {
        lock (_diagnostics) _diagnostics.Add(new PluginDiagnostic(source, reason));
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;   // unwrap reflection and composition wrappers
        return e;
    }

    private static string OneLine(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message.Replace('\r', ' ').Replace('\n', ' '), @"\s+", " ").Trim();

    private sealed class Entry(string id, string source, Lazy<IExperiment, ExperimentMetadata> export)
    {
        public string Id { get; } = id;
        public string Source { get; } = source;
        public Lazy<IExperiment, ExperimentMetadata> Export { get; } = export;
        public IExperiment? Instance { get; set; }
        public string? Failure { get; set; }
    }
}
