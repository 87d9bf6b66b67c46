namespace DarkSector.Sampling.Simulation;

/// <summary>The upscattering processes a simulation includes (physics.md §2.1: coherent on the nucleus, elastic on its
/// protons, elastic on its neutrons).</summary>
[Flags]
public enum UpscatteringProcessKinds
{
    /// <summary>No process (not a valid selection).</summary>
    None = 0,

    /// <summary>Coherent scattering on the whole nucleus (charge Z, form factor F(Q²)).</summary>
    Coherent = 1,

    /// <summary>Elastic scattering on the nucleus's protons (target PDG code 2212).</summary>
    Proton = 2,

    /// <summary>Elastic scattering on the nucleus's neutrons (target PDG code 2112).</summary>
    Neutron = 4,

    /// <summary>All three (the default).</summary>
    All = Coherent | Proton | Neutron,
}
