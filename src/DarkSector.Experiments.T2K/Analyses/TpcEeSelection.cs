using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Analysis I as an <see cref="IEventSelection"/>: no smearing (the published analysis-I recasts use true
/// kinematics), the <see cref="TpcEeCuts"/> with 10% efficiency for decays inside a TPC fiducial box, observable
/// E_ee (one counting bin). <see cref="VisibleEvent.First"/> is the e⁺, <see cref="VisibleEvent.Second"/> the e⁻
/// (the cuts are symmetric). Cut flow (<see cref="ICutFlow"/>): the decay in a TPC fiducial box, the five
/// <see cref="TpcEeCuts"/> in order, the 10% efficiency; relative to the decays in every fiducial volume of the detector
/// (the first step), the acceptance of the kinematic cuts is the seed's cut efficiency. Immutable; thread-safe;
/// allocation-free.</summary>
internal sealed class TpcEeSelection(FiducialRegion region) : IEventSelection, ICutFlow
{
    private static readonly string[] Names = ["decay in a TPC fiducial box", .. TpcEeCuts.CutNames, "efficiency 10%"];

    /// <inheritdoc />
    public IReadOnlyList<string> CutNames => Names;

    /// <inheritdoc />
    public void Survival(in VisibleEvent reconstructed, Span<double> survival)
    {
        survival.Clear();
        if (!(reconstructed.HasSecond && region.Contains(reconstructed.VertexCm))) return;
        int passed = TpcEeCuts.PassedCount(reconstructed.First, reconstructed.Second);
        for (int k = 0; k <= passed; k++) survival[k] = 1;
        if (passed == TpcEeCuts.CutNames.Length) survival[^1] = TpcEeCuts.Efficiency;
    }

    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

    /// <inheritdoc />
    public double Efficiency(in VisibleEvent reconstructed) =>
        reconstructed.HasSecond && region.Contains(reconstructed.VertexCm) ? TpcEeCuts.Weight(reconstructed.First, reconstructed.Second) : 0.0;

    /// <inheritdoc />
    public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;
}
