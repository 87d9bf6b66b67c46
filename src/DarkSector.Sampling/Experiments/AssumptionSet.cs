using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// The physics assumptions a published figure or number was computed under, as data: which upscattering processes and
/// production volumes count, Dirac or Majorana HNLs, which flux and which efficiency. <see cref="DarkSectorPhysics"/> is
/// DarkSector's full physics; a publication's own set (e.g. coherent scattering only, no upstream rock) is a value of
/// this type, so "as published" is a variant of a figure, not a list of command-line options.
/// </summary>
/// <remarks>Immutable. <see cref="FluxVersion"/> and <see cref="Efficiency"/> name the plugin's own choices; null means
/// the plugin's default (the only flux and efficiency the built-in plugins ship today).</remarks>
public sealed record AssumptionSet
{
    /// <summary>DarkSector's physics: every process, every volume, Dirac HNLs, the plugin's flux and efficiency.</summary>
    public static AssumptionSet DarkSectorPhysics { get; } = new();

    /// <summary>Upscattering processes included (default all: coherent, proton, neutron).</summary>
    /// <exception cref="ArgumentException">None.</exception>
    public UpscatteringProcessKinds Processes
    {
        get;
        init => field = value != UpscatteringProcessKinds.None && (value & ~UpscatteringProcessKinds.All) == 0 ? value
            : throw new ArgumentException($"Processes = {value} must be a non-empty combination of Coherent, Proton, Neutron", nameof(Processes));
    } = UpscatteringProcessKinds.All;

    /// <summary>Production volumes included and excluded, by name or group (default all).</summary>
    public VolumeSelection Volumes { get; init => field = value ?? throw new ArgumentNullException(nameof(Volumes)); } = VolumeSelection.All;

    /// <summary>Dirac or Majorana HNLs (default Dirac).</summary>
    public HnlNature Nature { get; init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Nature), value, $"Nature = {value} is not defined"); }

    /// <summary>The plugin's name of the flux release used (e.g. "T2K 2016"); null: the plugin's default flux.</summary>
    public string? FluxVersion { get; init; }

    /// <summary>The plugin's name of the efficiency model used (e.g. "10% reconstruction"); null: the analysis's own.</summary>
    public string? Efficiency { get; init; }

    /// <summary>Whether this is <see cref="DarkSectorPhysics"/>.</summary>
    public bool IsDarkSectorPhysics => Equals(DarkSectorPhysics);

    /// <summary><paramref name="options"/> with this set's processes and volumes.</summary>
    public SimulationOptions Apply(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Processes = Processes, Volumes = Volumes };
    }

    /// <summary>Value equality (the volume lists compared element by element).</summary>
    public bool Equals(AssumptionSet? other) => other is not null && Processes == other.Processes && Nature == other.Nature
        && FluxVersion == other.FluxVersion && Efficiency == other.Efficiency
        && Volumes.Include.SequenceEqual(other.Volumes.Include) && Volumes.Exclude.SequenceEqual(other.Volumes.Exclude);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Processes, Nature, FluxVersion, Efficiency, Volumes.Include.Count, Volumes.Exclude.Count);
}
