using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// Which volumes of a detector produce N (production volumes): those named by <see cref="Include"/> (all when empty)
/// minus those named by <see cref="Exclude"/>. The geometry is unchanged: excluded volumes still absorb nothing and
/// still count as fiducial for decays; they only stop being upscattering targets.
/// </summary>
/// <remarks>
/// <para>Names match a volume's name or a group, case-insensitively, with '-' and ' ' equivalent ("upstream-rock"
/// is the volume "upstream rock"). Built-in groups: "detector" (target volumes that are not dirt), "dirt", "rock" and
/// "soil" (every <see cref="VolumeRole.Dirt"/> volume), "fiducial" (every fiducial volume). A plugin adds its own
/// through <see cref="Experiments.IExperiment.VolumeGroups"/> (e.g. ND280's "p0d", "tpc", "fgd").</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed record VolumeSelection
{
    /// <summary>Every volume (the default).</summary>
    public static VolumeSelection All { get; } = new();

    /// <summary>Volume or group names to keep; empty = every volume.</summary>
    public IReadOnlyList<string> Include { get; init => field = value ?? throw new ArgumentNullException(nameof(Include)); } = [];

    /// <summary>Volume or group names to drop (applied after <see cref="Include"/>).</summary>
    public IReadOnlyList<string> Exclude { get; init => field = value ?? throw new ArgumentNullException(nameof(Exclude)); } = [];

    /// <summary>True when nothing is selected or excluded.</summary>
    public bool IsAll => Include.Count == 0 && Exclude.Count == 0;

    /// <summary>Parses comma-separated name lists (null or empty = none).</summary>
    public static VolumeSelection Parse(string? include, string? exclude) => new()
    {
        Include = Split(include),
        Exclude = Split(exclude),
    };

    /// <summary>Which volumes are kept, by index of <paramref name="detector"/>'s volumes.</summary>
    /// <param name="detector">The detector.</param>
    /// <param name="groups">The plugin's groups (group name → volume names); may be empty.</param>
    /// <exception cref="ArgumentException">A name that is neither a volume nor a group (one line, listing both).</exception>
    public bool[] Resolve(Detector detector, IReadOnlyDictionary<string, IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(groups);
        var volumes = detector.Volumes;
        var keep = new bool[volumes.Count];
        if (Include.Count == 0) Array.Fill(keep, true);
        foreach (string name in Include)
            foreach (int v in Match(name, "--volumes")) keep[v] = true;
        foreach (string name in Exclude)
            foreach (int v in Match(name, "--exclude-volumes")) keep[v] = false;
        return keep;

        IEnumerable<int> Match(string name, string option)
        {
            string key = Normalise(name);
            var hits = new List<int>();
            for (int v = 0; v < volumes.Count; v++)
            {
                var role = volumes[v].Role;
                bool inBuiltIn = key switch
                {
                    "detector" => role.HasFlag(VolumeRole.Target) && !role.HasFlag(VolumeRole.Dirt),
                    "dirt" or "rock" or "soil" => role.HasFlag(VolumeRole.Dirt),
                    "fiducial" => role.HasFlag(VolumeRole.Fiducial),
                    _ => false,
                };
                if (inBuiltIn || Normalise(volumes[v].Name) == key) hits.Add(v);
            }
            foreach (var (group, members) in groups)
                if (Normalise(group) == key)
                    hits.AddRange(members.Select(detector.IndexOf));
            if (hits.Count == 0)
                throw new ArgumentException($"{option}: '{name}' is neither a volume nor a group of {detector.Name}; volumes: "
                    + $"{string.Join(", ", volumes.Select(v => Normalise(v.Name)))}; groups: detector, dirt, rock, soil, fiducial"
                    + string.Concat(groups.Keys.Select(g => ", " + g)));
            return hits;
        }
    }

    private static string Normalise(string name) => name.Trim().Replace(' ', '-').ToLowerInvariant();

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
