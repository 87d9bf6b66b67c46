using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// The <see cref="ISignalModel.For"/> bookkeeping shared by the signal models: the beam flavour's lepton index and, per
/// nucleus and N helicity, the coherent, proton-elastic and neutron-elastic processes with their multiplicities and the
/// nucleus each one scatters on.
/// </summary>
/// <remarks>
/// <para>Process order (relied on by the generation model's channel indices): for each nucleus k, for h = −1
/// (<see cref="UpscatteringHelicity.Conserving"/>) then h = +1 (<see cref="UpscatteringHelicity.Flipping"/>): coherent on
/// the nucleus (multiplicity c_k; not for a free nucleon), elastic on its Z protons (Z c_k), elastic on its A − Z
/// neutrons ((A − Z) c_k).</para>
/// <para>Stateless; thread-safe.</para>
/// </remarks>
internal static class SignalProcessBuilder
{
    /// <summary>The processes on <paramref name="nuclei"/> in the order of the remarks, with the visible
    /// <paramref name="channels"/>.</summary>
    /// <param name="nuclei">Target nuclei (not null: the caller checks).</param>
    /// <param name="nucleusCounts">Number of nuclei of each kind (&gt; 0).</param>
    /// <param name="channels">The visible decay channels.</param>
    /// <param name="coherent">Coherent cross section on a nucleus for one N helicity.</param>
    /// <param name="proton">Proton-elastic cross section for one N helicity.</param>
    /// <param name="neutron">Neutron-elastic cross section for one N helicity.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive.</exception>
    public static SignalProcesses Build(
        IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts, IReadOnlyList<HnlDecayChannel> channels,
        Func<Nucleus, UpscatteringHelicity, IUpscatteringCrossSection> coherent,
        Func<UpscatteringHelicity, IUpscatteringCrossSection> proton,
        Func<UpscatteringHelicity, IUpscatteringCrossSection> neutron)
    {
        var processes = new List<UpscatteringProcess>();
        var owner = new List<int>();
        for (int k = 0; k < nuclei.Count; k++)
        {
            var x = nuclei[k];
            double count = Check.Positive(nucleusCounts[k], $"nucleusCounts[{k}]");
            foreach (var (part, h) in new[] { (UpscatteringHelicity.Conserving, (sbyte)-1), (UpscatteringHelicity.Flipping, (sbyte)1) })
            {
                if (!x.IsNucleon)
                    Add(coherent(x, part), new TargetInfo(x.Name, x.PdgId, x.MassGeV), count, h, k);
                if (x.Z > 0)
                    Add(proton(part), new TargetInfo($"{x.Name}/p", 2212, PhysicalConstants.ProtonMassGeV), count * x.Z, h, k);
                if (x.N > 0)
                    Add(neutron(part), new TargetInfo($"{x.Name}/n", 2112, PhysicalConstants.NeutronMassGeV), count * x.N, h, k);
            }
        }
        return new SignalProcesses(new GenerationModel(processes, channels), owner);

        void Add(IUpscatteringCrossSection xs, TargetInfo target, double multiplicity, sbyte helicity, int nucleus)
        {
            processes.Add(new UpscatteringProcess { CrossSection = xs, Target = target, Multiplicity = multiplicity, Helicity = helicity });
            owner.Add(nucleus);
        }
    }
}
