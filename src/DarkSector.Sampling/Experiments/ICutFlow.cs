namespace DarkSector.Sampling.Experiments;

/// <summary>Optional capability of an <see cref="IEventSelection"/>: the survival probability after each of its cuts in
/// order, so that a simulation can report the acceptance of every cut (a cut flow).</summary>
/// <remarks>Implementations must be consistent with <see cref="IEventSelection.Efficiency"/>: the survival after the
/// last cut equals the efficiency. Thread-safe and allocation-free.</remarks>
public interface ICutFlow
{
    /// <summary>Names of the cuts (or efficiency factors) in the order they are applied.</summary>
    IReadOnlyList<string> CutNames { get; }

    /// <summary>Fills <paramref name="survival"/>[k] with the probability that <paramref name="reconstructed"/> passes
    /// cuts 0..k (non-increasing in k, each in [0, 1]).</summary>
    /// <param name="reconstructed">The reconstructed event.</param>
    /// <param name="survival">Output, length <see cref="CutNames"/>.Count.</param>
    void Survival(in VisibleEvent reconstructed, Span<double> survival);
}
