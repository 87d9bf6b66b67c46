using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Experiments;

/// <summary>An analysis's reconstruction and selection: detector smearing, cuts with efficiencies, and the binned
/// observable. Stated by the plugin; applied by the core to generated events.</summary>
/// <remarks>Implementations must be thread-safe and allocation-free; randomness comes only from the
/// <see cref="RandomStream"/> passed in (one stream per batch, owned by the caller).</remarks>
public interface IEventSelection
{
    /// <summary>The reconstructed event: <paramref name="trueEvent"/> smeared with the detector resolution.</summary>
    /// <param name="trueEvent">The true visible event.</param>
    /// <param name="random">The caller's random stream.</param>
    VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random);

    /// <summary>Probability that the reconstructed event is selected: 0 when it fails a cut, otherwise the
    /// efficiency (in [0, 1]) at that point.</summary>
    double Efficiency(in VisibleEvent reconstructed);

    /// <summary>The analysis observable for binning (in the unit of the analysis's <see cref="Binning"/>).</summary>
    double Observable(in VisibleEvent reconstructed);
}
