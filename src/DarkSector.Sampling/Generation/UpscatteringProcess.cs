using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation;

/// <summary>One upscattering process ν + T → N + T the generator samples: its cross section, target, target multiplicity and the N helicity it produces.</summary>
/// <remarks>Immutable; validated on init. The multiplicity weights targets within one exposure unit (e.g. 2 H per CH₂).</remarks>
public sealed record UpscatteringProcess
{
    /// <summary>The cross section dσ/dQ² (cm²/GeV²) at the model point.</summary>
    public required IUpscatteringCrossSection CrossSection { get; init => field = value ?? throw new ArgumentNullException(nameof(CrossSection)); }

    /// <summary>The target, recorded in the sample.</summary>
    public required TargetInfo Target { get; init => field = value ?? throw new ArgumentNullException(nameof(Target)); }

    /// <summary>Targets of this kind per exposure unit; &gt; 0. Default 1.</summary>
    public double Multiplicity { get; init => field = Check.Positive(value, nameof(Multiplicity)); } = 1;

    /// <summary>Helicity of the produced N: −1, +1, or 0 if the cross section is helicity-summed (unpolarised decays).</summary>
    public sbyte Helicity
    {
        get;
        init => field = value is -1 or 0 or 1 ? value : throw new ArgumentOutOfRangeException(nameof(Helicity), value, $"Helicity = {value} must be -1, 0 or +1");
    }
}
