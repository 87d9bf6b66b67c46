using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>The dipole-portal TPC search as an <see cref="IEventSelection"/>: true kinematics, <see cref="DipoleTpcCuts"/>
/// with 10% efficiency for N → ν e⁺e⁻ decays inside a TPC fiducial box, observable E_ee (one bin). Events without a
/// second visible particle (N → ν γ) fail. Cut flow (<see cref="ICutFlow"/>): the decay in a TPC fiducial box, the
/// opening angle, the N direction, the 10% efficiency. Immutable; thread-safe; allocation-free.</summary>
internal sealed class DipoleTpcSelection(FiducialRegion region) : IEventSelection, ICutFlow
{
    private static readonly string[] Names = ["decay in a TPC fiducial box", "cos(e+, e-) > 0", "cos(N, beam) > 0.992", "efficiency 10%"];

    /// <inheritdoc />
    public IReadOnlyList<string> CutNames => Names;

    /// <inheritdoc />
    public void Survival(in VisibleEvent reconstructed, Span<double> survival)
    {
        survival.Clear();
        if (!(reconstructed.HasSecond && region.Contains(reconstructed.VertexCm))) return;
        survival[0] = 1;
        if (!(reconstructed.First.P3.CosAngleTo(reconstructed.Second.P3) > DipoleTpcCuts.MinCosOpening)) return;
        survival[1] = 1;
        if (!(reconstructed.Parent.P3.CosTheta > DipoleTpcCuts.MinCosParentBeam)) return;
        survival[2] = 1;
        survival[3] = DipoleTpcCuts.Efficiency;
    }

    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

    /// <inheritdoc />
    public double Efficiency(in VisibleEvent reconstructed) =>
        reconstructed.HasSecond && region.Contains(reconstructed.VertexCm)
        && DipoleTpcCuts.Passes(reconstructed.First, reconstructed.Second, reconstructed.Parent) ? DipoleTpcCuts.Efficiency : 0.0;

    /// <inheritdoc />
    public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;
}
