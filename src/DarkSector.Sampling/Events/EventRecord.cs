using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Events;

/// <summary>One event in full double precision: the row view of an <see cref="EventSample"/>.</summary>
/// <remarks>
/// Momenta in GeV (metric +,−,−,−), vertices in cm in the detector frame, weight factors as in <see cref="WeightFactor"/>.
/// Immutable value type. Stored in a sample, momenta and vertices are rounded to single precision (see <see cref="EventSample"/>).
/// </remarks>
public readonly record struct EventRecord
{
    /// <summary>Incoming neutrino four-momentum (GeV).</summary>
    public FourMomentum Neutrino { get; init; }

    /// <summary>Heavy neutral lepton four-momentum (GeV).</summary>
    public FourMomentum Hnl { get; init; }

    /// <summary>Helicity of N: −1 (left), +1 (right), 0 if not tracked.</summary>
    public sbyte HnlHelicity { get; init; }

    /// <summary>Recoiling target four-momentum (GeV).</summary>
    public FourMomentum Recoil { get; init; }

    /// <summary>First decay product (GeV).</summary>
    public FourMomentum Product1 { get; init; }

    /// <summary>Second decay product (GeV).</summary>
    public FourMomentum Product2 { get; init; }

    /// <summary>Third decay product (GeV); zero for two-body channels.</summary>
    public FourMomentum Product3 { get; init; }

    /// <summary>Index into <see cref="EventSampleMetadata.DecayChannels"/>; 0–255.</summary>
    public byte Channel { get; init; }

    /// <summary>Index into <see cref="EventSampleMetadata.Targets"/>; 0–255.</summary>
    public byte Target { get; init; }

    /// <summary>Upscattering (production) vertex in cm.</summary>
    public ThreeVector ProductionVertex { get; init; }

    /// <summary>Decay vertex of N in cm.</summary>
    public ThreeVector DecayVertex { get; init; }

    /// <summary>Generator weight (cm² per POT per exposure unit; per target nucleus for <c>generate</c>: see <see cref="WeightFactor"/>).</summary>
    public double GeneratorWeight { get; init; }

    /// <summary>Coupling rescaling factor; default 1.</summary>
    public double CouplingWeight { get; init; } = 1;

    /// <summary>Branching ratio of the channel; default 1.</summary>
    public double BranchingRatio { get; init; } = 1;

    /// <summary>Decay-in-volume probability; default 1.</summary>
    public double DecayInVolume { get; init; } = 1;

    /// <summary>Selection efficiency; default 1.</summary>
    public double Selection { get; init; } = 1;

    /// <summary>Exposure factor (exposure units × POT, see <see cref="WeightFactor.Exposure"/>); default 1.</summary>
    public double Exposure { get; init; } = 1;

    /// <summary>Creates an event with unit weight factors (other than the generator weight, 0).</summary>
    public EventRecord() { }

    /// <summary>The momentum in the given slot.</summary>
    internal FourMomentum this[ParticleSlot slot] => slot switch
    {
        ParticleSlot.Neutrino => Neutrino,
        ParticleSlot.Hnl => Hnl,
        ParticleSlot.Recoil => Recoil,
        ParticleSlot.Product1 => Product1,
        ParticleSlot.Product2 => Product2,
        ParticleSlot.Product3 => Product3,
        _ => throw new ArgumentOutOfRangeException(nameof(slot), slot, $"slot = {slot} is not a particle slot"),
    };

    /// <summary>The value of one weight factor.</summary>
    internal double Weight(WeightFactor factor) => factor switch
    {
        WeightFactor.Generator => GeneratorWeight,
        WeightFactor.CrossSectionCoupling => CouplingWeight,
        WeightFactor.BranchingRatio => BranchingRatio,
        WeightFactor.DecayInVolume => DecayInVolume,
        WeightFactor.Selection => Selection,
        WeightFactor.Exposure => Exposure,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, $"factor = {factor} is not a weight factor"),
    };

    /// <summary>The total weight: the product of all six factors.</summary>
    public double TotalWeight => GeneratorWeight * CouplingWeight * BranchingRatio * DecayInVolume * Selection * Exposure;
}
