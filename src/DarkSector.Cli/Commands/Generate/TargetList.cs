using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>Resolves the <c>--target</c> names and describes targets for the event sample.</summary>
internal static class TargetList
{
    public static IReadOnlyList<Nucleus> Resolve(IReadOnlyList<string> names) => names.Select(name =>
        Nuclei.TryGet(name, out var nucleus) ? nucleus : throw new ArgumentException($"--target: unknown target '{name}'; examples: C12, O16, Ar40, Pb208, H1")).ToArray();

    /// <summary>The nucleus as a coherent target (PDG 100ZZZAAA0).</summary>
    public static TargetInfo Coherent(Nucleus nucleus) => new(nucleus.Name, nucleus.PdgId, nucleus.MassGeV);

    /// <summary>A free or bound proton as an elastic target.</summary>
    public static TargetInfo Proton => new("proton", 2212, Nuclei.Proton.MassGeV);

    /// <summary>A bound neutron as an elastic target.</summary>
    public static TargetInfo Neutron => new("neutron", 2112, Nuclei.Neutron.MassGeV);

    /// <summary>PDG code of the neutrino of a flavour option value ("e", "mu", "tau").</summary>
    public static int NeutrinoPdg(string flavor) => flavor switch { "e" => 12, "tau" => 16, _ => 14 };
}
