namespace DarkSector.Sampling.Reweighting;

/// <summary>One candidate of <see cref="KernelBandwidthSelection"/>.</summary>
/// <param name="Bandwidths">Half-widths per axis, in the kernel's distance units (decades on log axes).</param>
/// <param name="Score">Its cross-validated relative mean squared error CV(h).</param>
public sealed record BandwidthCandidate(IReadOnlyList<double> Bandwidths, double Score);
