namespace DarkSector.Sampling.Simulation;

/// <summary>Names and parsing of <see cref="UpscatteringProcessKinds"/>.</summary>
/// <remarks>Names: "coherent", "proton", "neutron" (the keys of <see cref="SimulationResult.UpscatteredByProcess"/>);
/// "all" for every process. Culture-invariant, case-insensitive.</remarks>
public static class UpscatteringProcessNames
{
    /// <summary>The name of one process: "coherent", "proton" or "neutron".</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a single process.</exception>
    public static string Name(UpscatteringProcessKinds kind) => kind switch
    {
        UpscatteringProcessKinds.Coherent => "coherent",
        UpscatteringProcessKinds.Proton => "proton",
        UpscatteringProcessKinds.Neutron => "neutron",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a single process"),
    };

    /// <summary>The process of a generator target: proton-elastic for PDG code 2212, neutron-elastic for 2112,
    /// coherent otherwise (<see cref="SignalProcessBuilder"/>'s convention).</summary>
    public static UpscatteringProcessKinds OfTarget(int pdgCode) => pdgCode switch
    {
        2212 => UpscatteringProcessKinds.Proton,
        2112 => UpscatteringProcessKinds.Neutron,
        _ => UpscatteringProcessKinds.Coherent,
    };

    /// <summary>Parses a comma-separated list of process names ("coherent,proton", "all").</summary>
    /// <exception cref="ArgumentException">Empty, or an unknown name (one line, listing the names).</exception>
    public static UpscatteringProcessKinds Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = UpscatteringProcessKinds.None;
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            kinds |= part.ToLowerInvariant() switch
            {
                "coherent" => UpscatteringProcessKinds.Coherent,
                "proton" => UpscatteringProcessKinds.Proton,
                "neutron" => UpscatteringProcessKinds.Neutron,
                "all" => UpscatteringProcessKinds.All,
                _ => throw new ArgumentException($"--processes: '{part}' is not a process; processes: coherent, proton, neutron, all"),
            };
        return kinds == UpscatteringProcessKinds.None ? throw new ArgumentException("--processes: give at least one of coherent, proton, neutron") : kinds;
    }
}
