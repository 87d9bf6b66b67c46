using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Analysis I as an <see cref="IEventSelection"/>: no smearing (the published analysis-I recasts use true
/// kinematics), the <see cref="TpcEeCuts"/> with 10% efficiency for decays inside a TPC fiducial box, observable
/// E_ee (one counting bin). <see cref="VisibleEvent.First"/> is the e⁺, <see cref="VisibleEvent.Second"/> the e⁻
/// (the cuts are symmetric). Immutable; thread-safe; allocation-free.</summary>
internal sealed class TpcEeSelection(FiducialRegion region) : IEventSelection
{
    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

    /// <inheritdoc />
    public double Efficiency(in VisibleEvent reconstructed) =>
        reconstructed.HasSecond && region.Contains(reconstructed.VertexCm) ? TpcEeCuts.Weight(reconstructed.First, reconstructed.Second) : 0.0;

    /// <inheritdoc />
    public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;
}
