using System.Text.Json.Nodes;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Scans;

/// <summary>
/// A 2-D likelihood scan as a job: the <see cref="FamilyScan"/> of a <see cref="ScanRequest"/> (the reweighting strategy
/// chosen by the library), its work units (<see cref="FamilyScanColumns"/>: computed in one process, by shards or from a
/// checkpoint) and its outcome (<see cref="ScanOutcome"/>: contours, preferred regions, MC band, the JSON report, Parquet
/// and figures).
/// </summary>
/// <remarks>What <c>darksector scan</c> and <c>darksector reproduce</c> run; a library user gets the same files.</remarks>
public sealed class ScanRun
{
    private readonly Action? _workDone;

    /// <summary>Sets up the scan (a two-mass scan builds its joint sample here).</summary>
    /// <param name="request">The scan.</param>
    /// <param name="addWork">Called with the number of simulations about to run (progress), or null.</param>
    /// <param name="workDone">Called after each simulation and each column (progress), or null.</param>
    /// <exception cref="ArgumentException">A parameter, axis or the sample does not fit the family (the message names it).</exception>
    public ScanRun(ScanRequest request, Action<long>? addWork = null, Action? workDone = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        (Request, _workDone) = (request, workDone);
        if (request.X.Name == request.Y.Name) throw new ArgumentException($"--x and --y both scan '{request.X.Name}'");
        foreach (var overlay in request.Overlays) overlay.CheckPlane(request.X.Name, request.Y.Name);
        Scan = new FamilyScan(request.Setup, request.Family, [request.X, request.Y], request.Fixed, new FamilyScanOptions
        {
            Profile = request.Profile,
            MassPoints = request.MassPoints,
            Bandwidth = request.Bandwidth,
            Sample = request.Sample,
            SampleSource = $"--sample {request.SamplePath}",
            SampleName = request.SamplePath,
            AddWork = addWork,
            WorkDone = workDone,
            Precision = request.Precision,
            PrecisionThreshold = DeltaLogLikelihood.Threshold(request.Cl, 2),
        });
        Columns = new FamilyScanColumns(Scan, request.Profile is not null);
    }

    /// <summary>The request.</summary>
    public ScanRequest Request { get; }

    /// <summary>The scan.</summary>
    public FamilyScan Scan { get; }

    /// <summary>Its work units: the grid's columns.</summary>
    public FamilyScanColumns Columns { get; }

    /// <summary>Computes the columns a shard part still lacks (all of them for <see cref="Shard.Whole"/>).</summary>
    /// <param name="start">The part to continue (empty or a checkpoint).</param>
    /// <param name="checkpoint">Writes the part as it grows, or null.</param>
    public ShardPart Compute(ShardPart start, Action<ShardPart>? checkpoint) =>
        ShardRunner.Run(start, u => Columns.Compute(u, _workDone), checkpoint, TimeSpan.FromSeconds(5));

    /// <summary>Computes every column in this process and finishes the scan.</summary>
    /// <param name="provenance">Provenance keys added to the JSON report, or null.</param>
    /// <param name="seconds">The run's time so far, reported (null: this call's time).</param>
    public ScanOutcome Run(JsonObject? provenance = null, Func<double>? seconds = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var part = Compute(ShardPart.Empty(new JobRequest("scan", []), Shard.Whole, Columns.Count), null);
        return Finish([.. part.Units.Values], provenance, seconds ?? (() => clock.Elapsed.TotalSeconds));
    }

    /// <summary>The scan from every column's payload: assembled grid, contours, regions, band, benchmark and report.</summary>
    /// <param name="units">Every column's payload, in column order.</param>
    /// <param name="provenance">Provenance keys added to the JSON report, or null.</param>
    /// <param name="seconds">The run's time, read when the report is written.</param>
    public ScanOutcome Finish(IReadOnlyList<byte[]> units, JsonObject? provenance, Func<double> seconds)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(seconds);
        var r = Request;
        var scanned = Columns.Assemble(units, r.Cl);
        var result = scanned.Scan;
        double? benchmarkDelta = r.Benchmark is var (bx, by)
            ? Scan.MinusTwoLnLAnywhere(new Dictionary<string, double>(r.Fixed) { [r.X.Name] = bx, [r.Y.Name] = by }) - result.Minimum : null;
        if (r.Benchmark is not null) _workDone?.Invoke();
        var regions = r.Sigmas is null ? null : scanned.Regions(r.Sigmas);
        var band = McBand.Of(result, scanned.Points, scanned.BackgroundOnly);
        var columnPrecisions = Scan.ColumnPrecisions;
        var profiledFit = r.ProfileFit is null ? null : Scan.ProfiledBestFit(r.ProfileFit);
        var json = ScanReport.Json(Scan, scanned, new ScanReportDetails
        {
            Profile = r.Profile,
            Benchmark = r.Benchmark is var (px, py) ? (px, py, benchmarkDelta!.Value) : null,
            Regions = regions,
            Seed = r.Seed,
            Events = r.EventsPerPoint,
            Seconds = seconds(),
            Provenance = provenance ?? new JsonObject(),
            Band = band,
            Precision = r.Precision is null ? null : (r.Precision, columnPrecisions),
            ProfiledFit = profiledFit is null ? null : (r.ProfileFit!, profiledFit),
        });
        return new ScanOutcome
        {
            Run = this, Result = scanned, BestFit = ScanReport.BestFit(Scan, scanned, r.Profile), BenchmarkDelta = benchmarkDelta,
            Regions = regions, ProfiledFit = profiledFit, Band = band, ColumnPrecisions = columnPrecisions, Json = ScanReport.Text(json),
        };
    }
}
