using System.Globalization;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;

namespace DarkSector.Reporting.Scans;

/// <summary>A finished <see cref="ScanRun"/>: the assembled grid with its contours, preferred regions, MC band and
/// benchmark, the JSON report (<see cref="ScanReport"/>), and the files and text the tool writes from it.</summary>
public sealed record ScanOutcome
{
    /// <summary>The run.</summary>
    public required ScanRun Run { get; init; }

    /// <summary>The assembled grid and its likelihood scan.</summary>
    public required FamilyScanResult Result { get; init; }

    /// <summary>The best grid point's parameters by JSON name and its −2 ln L ("chi2").</summary>
    public required IReadOnlyDictionary<string, double> BestFit { get; init; }

    /// <summary>The benchmark's −2 Δ ln L, or null without a benchmark.</summary>
    public double? BenchmarkDelta { get; init; }

    /// <summary>The preferred regions, or null.</summary>
    public IReadOnlyList<PreferredRegions.Region>? Regions { get; init; }

    /// <summary>The profiled best fit (<see cref="ScanRequest.ProfileFit"/>), or null.</summary>
    public ProfiledFitResult? ProfiledFit { get; init; }

    /// <summary>The MC band of the exclusion edge.</summary>
    public required McBand Band { get; init; }

    /// <summary>The precision reached per mass column (with a requested precision).</summary>
    public required IReadOnlyList<ColumnPrecision> ColumnPrecisions { get; init; }

    /// <summary>The JSON report's text.</summary>
    public required string Json { get; init; }

    /// <summary>The scan's files, rendered but not written: per --out path JSON or, for .parquet, the grid as a table
    /// (<see cref="ScanParquetFile"/>); per plot path the figure (<see cref="ScanFigure"/> with the overlays).</summary>
    /// <param name="outPaths">Report files (.parquet or JSON).</param>
    /// <param name="plotPaths">Figure files (.svg, .pdf, .png).</param>
    /// <param name="metadata">Provenance metadata of the Parquet file (the scan's own keys are added).</param>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files(IReadOnlyList<string> outPaths, IReadOnlyList<string> plotPaths, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(outPaths);
        ArgumentNullException.ThrowIfNull(plotPaths);
        ArgumentNullException.ThrowIfNull(metadata);
        var r = Run.Request;
        var setup = r.Setup;
        var provenance = new Dictionary<string, string>(metadata, StringComparer.Ordinal)
        {
            ["seed"] = r.Seed.ToString(CultureInfo.InvariantCulture),
            ["events"] = r.EventsPerPoint?.ToString(CultureInfo.InvariantCulture) ?? "reweighted sample",
            ["experiment"] = setup.Experiment.Info.Id, ["analysis"] = setup.Analysis.Id, ["family"] = r.Family.Name,
            ["data"] = setup.IsAsimov ? "asimov" : "observed",
            ["fixed"] = string.Join(",", r.Fixed.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value.ToString("R", CultureInfo.InvariantCulture)}")),
        };
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (string path in outPaths)
            files.Add((path, Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase)
                ? ScanParquetFile.ToBytes(Result.Scan, ScanAxisTitles.Column(r.X.Name), ScanAxisTitles.Column(r.Y.Name), provenance)
                : new System.Text.UTF8Encoding(false).GetBytes(Json)));
        if (plotPaths.Count > 0)
        {
            var figure = ScanFigure.Build(setup, r.Family.Name, Result.Scan, Regions, r.Fixed, r.Benchmark, r.Cl, r.EventsPerPoint, r.X.Name, r.Y.Name, Band);
            ScanOverlay.Draw(figure, r.Overlays);
            foreach (string path in plotPaths) files.Add((path, FigureFile.Render([figure], 1, null, FigureFile.FormatOf(path))));
        }
        return files;
    }

    /// <summary>Writes the summary: grid, minimum and threshold, contours, best fit, benchmark, regions, band, precision.</summary>
    /// <param name="o">The writer.</param>
    /// <param name="written">The files written.</param>
    /// <param name="seconds">The run's time.</param>
    public void WriteText(TextWriter o, IEnumerable<string> written, double seconds)
    {
        ArgumentNullException.ThrowIfNull(o);
        var (r, result) = (Run.Request, Result.Scan);
        double background = Result.BackgroundOnly;
        string source = r.Sample is null ? $"{r.Setup.Options.Events} events each{(r.Precision is null ? "" : $" to start, grown per mass column to a relative MC error of {r.Precision.RelativeError:0.###}")}" : $"reweighted from {r.SamplePath}";
        o.WriteLine($"{r.Setup.Experiment.Info.Name}, analysis {r.Setup.Analysis.Id}: {r.X.Values.Count} x {r.Y.Values.Count} points, {source}, {seconds:0.#} s");
        o.WriteLine($"minimum -2 ln L = {result.Minimum:0.####} (background only {background:0.####}), threshold {result.Threshold:0.###} ({r.Cl * 100:0.#}% CL, 2 dof)");
        o.WriteLine($"contours: {result.Contours.Count}; written {string.Join(", ", written)}");
        o.WriteLine($"best fit: {string.Join(", ", BestFit.Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; background only - minimum = {background - result.Minimum:0.###}");
        if (ProfiledFit?.Best is { } pb)
            o.WriteLine($"profiled best fit: {string.Join(", ", pb.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; -2 ln L = {pb.MinusTwoLnL:0.###}");
        if (BenchmarkDelta is double d) o.WriteLine($"benchmark -2 Delta ln L = {d:0.###}");
        foreach (var region in Regions ?? []) o.WriteLine($"{region.Sigma:0.##} sigma region (-2 Delta ln L < {region.Threshold:0.##}): {region.Contours.Count} contour(s)");
        o.WriteLine(BandLine());
        if (r.Precision is { } target) o.WriteLine(PrecisionLine(target.RelativeError));
    }

    /// <summary>Writes the summary of a reproduced figure: <see cref="WriteText"/>, then the best fit (preferred regions) or
    /// the lowest excluded y per x, the band and the precision reached, and the files written.</summary>
    /// <param name="o">The writer.</param>
    /// <param name="written">The files written.</param>
    /// <param name="seconds">The run's time.</param>
    public void WriteFigureText(TextWriter o, IReadOnlyList<string> written, double seconds)
    {
        WriteText(o, written, seconds);
        var request = Run.Request;
        if (Regions is not null)   // preferred regions: the best fit and its improvement over background only
            o.WriteLine($"best fit: {string.Join(", ", BestFit.Select(kv => $"{kv.Key} = {kv.Value:G4}"))}; background only - best = {Result.BackgroundOnly - Result.Scan.Minimum:0.##}");
        else
        {
            o.WriteLine($"lowest excluded {request.Y.Name} per {request.X.Name} (grid resolution):");
            foreach (var (x, y) in LowestExcluded()) o.WriteLine(y is double edge ? $"  {x:G4}: {edge:G3}" : $"  {x:G4}: none");
            o.WriteLine($"MC band (signal ±1 sigma_MC): at most {Band.MaxRelativeWidth * 100:0.#}% of the edge in {request.Y.Name}");
            if (request.Precision is { } target)
            {
                var missed = ColumnPrecisions.Where(c => !c.Reached).Select(c => c.Mass.ToString("G4", CultureInfo.InvariantCulture)).ToArray();
                o.WriteLine(missed.Length == 0 ? $"precision: reached {target.RelativeError:0.###} in every mass column" : $"precision: NOT reached {target.RelativeError:0.###} at mass {string.Join(", ", missed)}");
            }
        }
        o.WriteLine($"written {string.Join(", ", written)}");
    }

    /// <summary>The lowest excluded y at each x (grid resolution; null where nothing is excluded).</summary>
    public IReadOnlyList<(double X, double? Y)> LowestExcluded()
    {
        var s = Result.Scan;
        var (x, y) = (Run.Request.X.Values, Run.Request.Y.Values);
        return [.. Enumerable.Range(0, x.Count).Select(i => (x[i], Enumerable.Range(0, y.Count).FirstOrDefault(k => s.Delta[k * x.Count + i] >= s.Threshold, -1) is int j and >= 0 ? y[j] : (double?)null))];
    }

    /// <summary>The scan's contours as an overlay of another figure of the same plane.</summary>
    /// <param name="label">Legend label.</param>
    public ScanOverlay AsOverlay(string label) =>
        new(label, label, Run.Request.X.Name, Run.Request.Y.Name, [.. Result.Scan.Contours.Select(c => (c.IsClosed, c.Points.ToArray()))]);

    /// <summary>One line: the band's largest relative width along y and where.</summary>
    public string BandLine()
    {
        var widest = Band.Edges.SelectMany(e => e.RelativeWidths.Select((w, k) => (e.X, Y: e.Edges[k], W: w))).Where(t => double.IsFinite(t.W))
            .OrderByDescending(t => t.W).FirstOrDefault();
        return widest == default
            ? "MC band: no limit edge on the grid"
            : $"MC band (signal ±1 sigma_MC): widest {widest.W * 100:0.#}% in {Run.Request.Y.Name} at x = {widest.X:G4} (edge {widest.Y:G3})";
    }

    /// <summary>One line: whether every column reached the requested precision, else which did not.</summary>
    /// <param name="target">The requested relative MC error.</param>
    public string PrecisionLine(double target)
    {
        var columns = ColumnPrecisions;
        var missed = columns.Where(c => !c.Reached).ToArray();
        string worst = columns.Count == 0 ? "" : $"; worst {columns.Max(c => c.RelativeError):0.###}, up to {columns.Max(c => c.Events)} events per column";
        return missed.Length == 0
            ? $"precision: reached {target:0.###} in all {columns.Count} columns{worst}"
            : $"precision: NOT reached {target:0.###} in {missed.Length} of {columns.Count} columns (mass {string.Join(", ", missed.Select(c => c.Mass.ToString("G4", CultureInfo.InvariantCulture)))}){worst}";
    }
}
