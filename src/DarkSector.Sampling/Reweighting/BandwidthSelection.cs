namespace DarkSector.Sampling.Reweighting;

/// <summary>The result of <see cref="KernelBandwidthSelection.LeaveOneMassPointOut"/>.</summary>
/// <param name="Bandwidths">The chosen half-widths per axis (distance units: decades on log axes).</param>
/// <param name="Score">Their CV(h).</param>
/// <param name="PointsUsed">Design points that selected events (the terms of CV).</param>
/// <param name="Candidates">Every candidate with its score, in the order tried.</param>
public sealed record BandwidthSelection(IReadOnlyList<double> Bandwidths, double Score, int PointsUsed, IReadOnlyList<BandwidthCandidate> Candidates);
