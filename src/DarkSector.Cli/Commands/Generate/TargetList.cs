using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;

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

    /// <summary>
    /// The upscattering processes on <paramref name="nuclei"/>: for each nucleus, for h = −1 (helicity-conserving part)
    /// then h = +1 (flipping part), coherent on the nucleus (not for a free nucleon), elastic on its Z protons and on its
    /// A − Z neutrons (multiplicities Z and A − Z).
    /// </summary>
    /// <param name="nuclei">Target nuclei.</param>
    /// <param name="coherent">Coherent cross section on a nucleus for one helicity part.</param>
    /// <param name="proton">Proton-elastic cross section for one helicity part.</param>
    /// <param name="neutron">Neutron-elastic cross section for one helicity part.</param>
    public static List<UpscatteringProcess> Processes(IEnumerable<Nucleus> nuclei,
        Func<Nucleus, UpscatteringHelicity, IUpscatteringCrossSection> coherent,
        Func<UpscatteringHelicity, IUpscatteringCrossSection> proton,
        Func<UpscatteringHelicity, IUpscatteringCrossSection> neutron)
    {
        var processes = new List<UpscatteringProcess>();
        foreach (var nucleus in nuclei)
        {
            foreach (var (helicity, part) in new[] { ((sbyte)-1, UpscatteringHelicity.Conserving), ((sbyte)1, UpscatteringHelicity.Flipping) })
            {
                if (!nucleus.IsNucleon)
                    processes.Add(new UpscatteringProcess { CrossSection = coherent(nucleus, part), Target = Coherent(nucleus), Helicity = helicity });
                if (nucleus.Z > 0)
                    processes.Add(new UpscatteringProcess { CrossSection = proton(part), Target = Proton, Multiplicity = nucleus.Z, Helicity = helicity });
                if (nucleus.N > 0)
                    processes.Add(new UpscatteringProcess { CrossSection = neutron(part), Target = Neutron, Multiplicity = nucleus.N, Helicity = helicity });
            }
        }
        return processes;
    }
}
