namespace DarkSector.Sampling.Simulation;

/// <summary>Which upscattering processes and production volumes a simulation includes, as a user names them
/// (<see cref="UpscatteringProcessNames"/>, <see cref="VolumeSelection"/>), e.g. processes "coherent" without volumes
/// "upstream-rock" for the assumptions of Argüelles-Foppiani-Hostert.</summary>
public static class ProductionSelection
{
    /// <summary><paramref name="options"/> with the named processes (comma-separated coherent, proton, neutron or all) and
    /// volumes (names or groups to include, or null for all; names or groups to drop, or null).</summary>
    /// <exception cref="ArgumentException">An unknown process name.</exception>
    public static SimulationOptions Apply(SimulationOptions options, string processes, string? volumes, string? excludeVolumes)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { Processes = UpscatteringProcessNames.Parse(processes), Volumes = VolumeSelection.Parse(volumes, excludeVolumes) };
    }

    /// <summary>A one-line description of a non-default selection ("processes coherent; excluding upstream-rock"), or null for the defaults.</summary>
    public static string? Describe(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<string>();
        if (options.Processes != UpscatteringProcessKinds.All)
            parts.Add("processes " + string.Join(",", new[] { UpscatteringProcessKinds.Coherent, UpscatteringProcessKinds.Proton, UpscatteringProcessKinds.Neutron }
                .Where(k => options.Processes.HasFlag(k)).Select(UpscatteringProcessNames.Name)));
        if (options.Volumes.Include.Count > 0) parts.Add("volumes " + string.Join(",", options.Volumes.Include));
        if (options.Volumes.Exclude.Count > 0) parts.Add("excluding " + string.Join(",", options.Volumes.Exclude));
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
