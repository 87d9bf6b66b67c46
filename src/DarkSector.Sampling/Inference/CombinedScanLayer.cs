using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>One experiment's layer: its scan at its own confidence level (reference = its background only).</summary>
/// <param name="Name">Experiment id.</param>
/// <param name="Scan">The scan.</param>
public sealed record CombinedScanLayer(string Name, ScanResult Scan);
