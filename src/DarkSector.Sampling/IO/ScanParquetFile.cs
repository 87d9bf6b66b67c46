using System.Globalization;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.IO;

/// <summary>
/// A likelihood scan grid as Apache Parquet: one row per grid point, x varying fastest (row k = j·n_x + i), with the two
/// scanned parameters (column names given by the caller, unit in the name, e.g. <c>m_n_gev</c>, <c>v_mu_n2</c>),
/// <c>minus_two_ln_l</c>, <c>delta_minus_two_ln_l</c> (relative to the grid's minimum) and <c>excluded</c>
/// (Δ ≥ threshold), all float64 but the last (boolean).
/// </summary>
/// <remarks>The file metadata holds the caller's keys (tool version, command line, seed, experiment...) and
/// <c>threshold</c>, <c>confidence_level</c>, <c>degrees_of_freedom</c>, <c>minimum</c>, <c>x_scale</c>, <c>y_scale</c>,
/// <c>grid_order</c>. Thread-safe (no shared state).</remarks>
public static class ScanParquetFile
{
    /// <summary>The column of −2 ln L.</summary>
    public const string MinusTwoLnL = "minus_two_ln_l";

    /// <summary>The column of −2 Δ ln L relative to the grid's minimum.</summary>
    public const string Delta = "delta_minus_two_ln_l";

    /// <summary>The column of whether −2 Δ ln L ≥ the threshold.</summary>
    public const string Excluded = "excluded";

    /// <summary>Writes <paramref name="result"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="result">The scan.</param>
    /// <param name="xColumn">Column name of the horizontal parameter (with its unit, e.g. "m_n_gev").</param>
    /// <param name="yColumn">Column name of the vertical parameter.</param>
    /// <param name="path">Output file.</param>
    /// <param name="metadata">Extra key-value metadata.</param>
    public static void Write(ScanResult result, string xColumn, string yColumn, string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        byte[] bytes = ToBytes(result, xColumn, yColumn, metadata);
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>The Parquet file of <see cref="Write"/> as bytes (to write several outputs all or none).</summary>
    public static byte[] ToBytes(ScanResult result, string xColumn, string yColumn, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        int nx = result.X.Count, ny = result.Y.Count, n = nx * ny;
        var x = new double[n];
        var y = new double[n];
        var excluded = new bool[n];
        for (int j = 0; j < ny; j++)
            for (int i = 0; i < nx; i++)
            {
                int k = j * nx + i;
                x[k] = result.X[i];
                y[k] = result.Y[j];
                excluded[k] = result.Delta[k] >= result.Threshold;
            }
        var table = new ParquetTable()
            .Add(xColumn, x)
            .Add(yColumn, y)
            .Add(MinusTwoLnL, result.MinusTwoLnL.ToArray())
            .Add(Delta, result.Delta.ToArray())
            .Add(Excluded, excluded);
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>()) table.Metadata[key] = value;
        table.Metadata["threshold"] = result.Threshold.ToString("R", CultureInfo.InvariantCulture);
        table.Metadata["confidence_level"] = result.ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture);
        table.Metadata["degrees_of_freedom"] = result.DegreesOfFreedom.ToString(CultureInfo.InvariantCulture);
        table.Metadata["minimum"] = result.Minimum.ToString("R", CultureInfo.InvariantCulture);
        table.Metadata["x_scale"] = result.XScale.ToString();
        table.Metadata["y_scale"] = result.YScale.ToString();
        table.Metadata["grid_order"] = $"row k = j * {nx} + i: {xColumn} (i, {nx} values) varies fastest, then {yColumn} (j, {ny} values)";
        return table.ToBytes();
    }
}
