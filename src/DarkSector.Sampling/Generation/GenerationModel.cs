using DarkSector.Physics;

namespace DarkSector.Sampling.Generation;

/// <summary>A model point as the generator sees it: the upscattering processes and the decay channels of N.</summary>
/// <remarks>All processes must produce the same N mass. Immutable; thread-safe if its parts are.</remarks>
public sealed class GenerationModel
{
    /// <summary>Creates the model point.</summary>
    /// <param name="processes">At least one process; all with the same produced mass.</param>
    /// <param name="decays">At least one channel; at most 255.</param>
    /// <exception cref="ArgumentException">Empty lists, differing N masses, or too many channels.</exception>
    public GenerationModel(IEnumerable<UpscatteringProcess> processes, IEnumerable<HnlDecayChannel> decays)
    {
        Processes = processes?.ToArray() ?? throw new ArgumentNullException(nameof(processes));
        Decays = decays?.ToArray() ?? throw new ArgumentNullException(nameof(decays));
        if (Processes.Count == 0) throw new ArgumentException("at least one upscattering process is needed", nameof(processes));
        if (Decays.Count is 0 or > 255) throw new ArgumentException($"1 to 255 decay channels are needed (got {Decays.Count})", nameof(decays));
        if (Processes.Count > 255) throw new ArgumentException($"at most 255 processes (got {Processes.Count})", nameof(processes));
        HnlMassGeV = Processes[0].CrossSection.Kinematics.ProducedMassGeV;
        foreach (var p in Processes)
            if (p.CrossSection.Kinematics.ProducedMassGeV != HnlMassGeV)
                throw new ArgumentException($"all processes must produce the same N mass: {p.CrossSection.Kinematics.ProducedMassGeV} GeV vs {HnlMassGeV} GeV", nameof(processes));
        MaxDecayUniforms = Decays.Max(d => d.Sampler.UniformCount);
        Check.Positive(HnlMassGeV, "HNL mass");
    }

    /// <summary>The upscattering processes.</summary>
    public IReadOnlyList<UpscatteringProcess> Processes { get; }

    /// <summary>The decay channels.</summary>
    public IReadOnlyList<HnlDecayChannel> Decays { get; }

    /// <summary>N mass in GeV.</summary>
    public double HnlMassGeV { get; }

    /// <summary>Largest number of uniforms any channel's sampler needs.</summary>
    public int MaxDecayUniforms { get; }

    /// <summary>Lowest threshold energy over the processes, in GeV.</summary>
    public double MinThresholdGeV => Processes.Min(p => p.CrossSection.Kinematics.ThresholdEnergyGeV);
}
