using System.Globalization;
using System.Text.Json.Nodes;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>The scan's <c>--precision</c> option (checked before any simulation) and the report of the requested
/// precision (<see cref="ColumnPrecision"/>) and the MC band (<see cref="McBand"/>) as text (the JSON is ScanReport's).</summary>
internal static class ScanPrecisionOption
{
    /// <summary>The target of <c>--precision</c>, or null without it.</summary>
    /// <param name="value">The option's value.</param>
    /// <param name="conflict">An option given with it that it cannot be combined with (e.g. "--shard 0/4"), or null.</param>
    /// <exception cref="ArgumentException">A value outside (0, 1) or a conflicting option.</exception>
    public static PrecisionTarget? Parse(double? value, string? conflict)
    {
        if (value is not double p) return null;
        if (!(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException("--precision", p, $"--precision = {p.ToString(CultureInfo.InvariantCulture)} must be in (0, 1)");
        if (conflict is not null)
            throw new ArgumentException($"--precision cannot be combined with {conflict}: a requested precision grows each column's sample adaptively; run the shards at a fixed --events", "--precision");
        return new PrecisionTarget(p);
    }

    /// <summary>One line: the band's largest relative width along y and where.</summary>
    public static string BandLine(McBand band, string yName)
    {
        var widest = band.Edges.SelectMany(e => e.RelativeWidths.Select((w, k) => (e.X, Y: e.Edges[k], W: w))).Where(t => double.IsFinite(t.W))
            .OrderByDescending(t => t.W).FirstOrDefault();
        return widest == default
            ? "MC band: no limit edge on the grid"
            : $"MC band (signal ±1 sigma_MC): widest {widest.W * 100:0.#}% in {yName} at x = {widest.X:G4} (edge {widest.Y:G3})";
    }

    /// <summary>One line: whether every column reached the target, else which did not.</summary>
    public static string PrecisionLine(PrecisionTarget target, IReadOnlyList<ColumnPrecision> columns)
    {
        var missed = columns.Where(c => !c.Reached).ToArray();
        string worst = columns.Count == 0 ? "" : $"; worst {columns.Max(c => c.RelativeError):0.###}, up to {columns.Max(c => c.Events)} events per column";
        return missed.Length == 0
            ? $"precision: reached {target.RelativeError:0.###} in all {columns.Count} columns{worst}"
            : $"precision: NOT reached {target.RelativeError:0.###} in {missed.Length} of {columns.Count} columns (mass {string.Join(", ", missed.Select(c => c.Mass.ToString("G4", CultureInfo.InvariantCulture)))}){worst}";
    }
}
