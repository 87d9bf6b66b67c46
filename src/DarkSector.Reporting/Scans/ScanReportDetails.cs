using DarkSector.Sampling.Simulation;
using System.Text.Json.Nodes;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Scans;

/// <summary>What a scan's JSON reports beyond the scan itself (<see cref="ScanReport.Json"/>): the profiled axis, the
/// benchmark, the preferred regions, the seed and statistics, the time taken and the producing tool's provenance.</summary>
public sealed record ScanReportDetails
{
    /// <summary>The profiled third parameter's axis, or null.</summary>
    public SliceAxis? Profile { get; init; }

    /// <summary>The benchmark point (x, y) and its −2 Δ ln L relative to the scan's minimum, or null.</summary>
    public (double X, double Y, double Delta)? Benchmark { get; init; }

    /// <summary>Preferred regions (reported under "regions"), or null.</summary>
    public IReadOnlyList<PreferredRegions.Region>? Regions { get; init; }

    /// <summary>The random seed of the simulations (or of the reweighted sample).</summary>
    public ulong Seed { get; init; }

    /// <summary>Generated events per grid point, or null when the grid is reweighted from a saved sample.</summary>
    public int? Events { get; init; }

    /// <summary>Wall time of the scan, seconds.</summary>
    public double Seconds { get; init; }

    /// <summary>Provenance keys (e.g. schemaVersion, tool, toolVersion, commandLine) added after the scan's keys, or null.</summary>
    public JsonObject? Provenance { get; init; }

    /// <summary>The MC band of the limit contour (the scan at the signal ±1σ_MC), written as <c>mcBand</c>, or null.</summary>
    public McBand? Band { get; init; }

    /// <summary>The requested precision and what each column reached, written as <c>precision</c>, or null without
    /// <c>--precision</c>.</summary>
    public (PrecisionTarget Target, IReadOnlyList<ColumnPrecision> Columns)? Precision { get; init; }

    /// <summary>The parameters profiled off the axes and the profiled best fit, written as <c>profiledFit</c>
    /// (<see cref="ProfiledFitReport"/>), or null.</summary>
    public (IReadOnlyList<ProfiledParameter> Parameters, ProfiledFitResult Fit)? ProfiledFit { get; init; }
}
