namespace DarkSector.Sampling.Events;

/// <summary>
/// What an event sample was generated from: model, seed, flux, exposure, software version, and the tables that the
/// per-event index columns refer to (decay channels, targets, sampled parameter names).
/// </summary>
/// <remarks>Immutable record; texts are free-form single lines.</remarks>
public sealed record EventSampleMetadata
{
    /// <summary>Model description, e.g. "dark-photon m_N=0.42 m_Z'=1.25 ...".</summary>
    public string Model { get; init; } = "";

    /// <summary>Seed of the generation run.</summary>
    public ulong Seed { get; init; }

    /// <summary>Flux description (file name or built-in id).</summary>
    public string Flux { get; init; } = "";

    /// <summary>Exposure description (e.g. "per target nucleus per POT").</summary>
    public string Exposure { get; init; } = "";

    /// <summary>Version of DarkSector that generated the sample.</summary>
    public string SoftwareVersion { get; init; } = typeof(EventSampleMetadata).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>The PDG code of the incoming neutrino (e.g. 14 for ν_μ).</summary>
    public int NeutrinoPdgCode { get; init; } = 14;

    /// <summary>The PDG-like code written for the heavy neutral lepton (no official code; default 5914, PDG "other" range).</summary>
    public int HnlPdgCode { get; init; } = 5914;

    /// <summary>Decay channels; an event's channel column indexes this list.</summary>
    public IReadOnlyList<DecayChannelInfo> DecayChannels { get; init; } = [];

    /// <summary>Targets; an event's target column indexes this list.</summary>
    public IReadOnlyList<TargetInfo> Targets { get; init; } = [];

    /// <summary>Names of per-event sampled parameters θ (joint sampling, e.g. ["m_N", "m_Zprime"], GeV); empty otherwise. At most 4.</summary>
    public IReadOnlyList<string> ParameterNames { get; init; } = [];

    /// <summary>Integral estimated by the generator (Σ generator weights) in cm² per POT per exposure unit (per target nucleus for <c>generate</c>); NaN if unknown.</summary>
    public double Integral { get; init; } = double.NaN;

    /// <summary>Monte Carlo error of <see cref="Integral"/>; NaN if unknown.</summary>
    public double IntegralError { get; init; } = double.NaN;

    /// <summary>Structural equality (lists compared element-wise).</summary>
    public bool Equals(EventSampleMetadata? other) =>
        other is not null && Model == other.Model && Seed == other.Seed && Flux == other.Flux && Exposure == other.Exposure
        && SoftwareVersion == other.SoftwareVersion && NeutrinoPdgCode == other.NeutrinoPdgCode && HnlPdgCode == other.HnlPdgCode
        && DecayChannels.SequenceEqual(other.DecayChannels) && Targets.SequenceEqual(other.Targets)
        && ParameterNames.SequenceEqual(other.ParameterNames)
        && Integral.Equals(other.Integral) && IntegralError.Equals(other.IntegralError);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Model, Seed, Flux, DecayChannels.Count, Targets.Count);
}
