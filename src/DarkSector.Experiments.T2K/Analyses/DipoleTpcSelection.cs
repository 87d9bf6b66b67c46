using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>The dipole-portal TPC search as an <see cref="IEventSelection"/>: true kinematics, <see cref="DipoleTpcCuts"/>
/// with 10% efficiency for N → ν e⁺e⁻ decays inside a TPC fiducial box, observable E_ee (one bin). Events without a
/// second visible particle (N → ν γ) fail. Immutable; thread-safe; allocation-free.</summary>
internal sealed class DipoleTpcSelection(FiducialRegion region) : IEventSelection
{
    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

    /// <inheritdoc />
    public double Efficiency(in VisibleEvent reconstructed) =>
        reconstructed.HasSecond && region.Contains(reconstructed.VertexCm)
        && DipoleTpcCuts.Passes(reconstructed.First, reconstructed.Second, reconstructed.Parent) ? DipoleTpcCuts.Efficiency : 0.0;

    /// <inheritdoc />
    public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;
}
