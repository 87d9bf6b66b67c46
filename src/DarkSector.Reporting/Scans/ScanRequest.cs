using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Scans;

/// <summary>What a 2-D likelihood scan computes and draws (<see cref="ScanRun"/>): the analysis, the family's slice, the
/// reweighting settings, the confidence level or preferred regions, a benchmark point and the overlays of its figure.</summary>
/// <remarks>The simulation settings (events per point, seed, production selection) and the data (observed or Asimov) are
/// <see cref="Setup"/>'s. Immutable.</remarks>
public sealed record ScanRequest
{
    /// <summary>The analysis, its data and the simulation settings.</summary>
    public required AnalysisInference Setup { get; init; }

    /// <summary>The model family.</summary>
    public required ModelFamily Family { get; init; }

    /// <summary>The horizontal axis.</summary>
    public required SliceAxis X { get; init; }

    /// <summary>The vertical axis.</summary>
    public required SliceAxis Y { get; init; }

    /// <summary>Every other parameter's value.</summary>
    public IReadOnlyDictionary<string, double> Fixed { get; init; } = new Dictionary<string, double>();

    /// <summary>A third parameter minimised over its grid at every point, or null.</summary>
    public SliceAxis? Profile { get; init; }

    /// <summary>With two mass axes: mass points of the joint sample reweighted by the kernel (0: simulate every point).</summary>
    public int MassPoints { get; init; } = 100;

    /// <summary>Parameters off the axes profiled for the best fit (<see cref="FamilyScan.ProfiledBestFit"/>), or null.</summary>
    public IReadOnlyList<ProfiledParameter>? ProfileFit { get; init; }

    /// <summary>Kernel half-width in decades, or null for the default.</summary>
    public double? Bandwidth { get; init; }

    /// <summary>A saved joint sample to reweight, or null.</summary>
    public JointSample? Sample { get; init; }

    /// <summary>The saved sample's file (messages and the report), or null.</summary>
    public string? SamplePath { get; init; }

    /// <summary>Confidence level of the exclusion contour, or null for the experiment's publication default.</summary>
    public double? ConfidenceLevel { get; init; }

    /// <summary>Preferred regions at these significances (2 dof), or null for an exclusion contour only.</summary>
    public IReadOnlyList<double>? Sigmas { get; init; }

    /// <summary>A benchmark point (x, y): starred, its −2 Δ ln L reported.</summary>
    public (double X, double Y)? Benchmark { get; init; }

    /// <summary>Requested relative MC error per mass column, or null.</summary>
    public PrecisionTarget? Precision { get; init; }

    /// <summary>Other scans' contours drawn dashed on the figure.</summary>
    public IReadOnlyList<ScanOverlay> Overlays { get; init; } = [];

    /// <summary>The confidence level used: <see cref="ConfidenceLevel"/> or the experiment's default.</summary>
    public double Cl => ConfidenceLevel ?? Setup.Experiment.Defaults.ConfidenceLevel;

    /// <summary>Generated events per simulation, or null when the grid is reweighted from a saved sample.</summary>
    public int? EventsPerPoint => Sample is null ? Setup.Options.Events : null;

    /// <summary>The seed of the simulations (a saved sample's own).</summary>
    public ulong Seed => Sample?.Metadata.Seed ?? Setup.Options.Seed;
}
