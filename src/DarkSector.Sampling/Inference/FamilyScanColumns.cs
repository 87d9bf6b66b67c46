using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// A 2-D <see cref="FamilyScan"/> cut into work units for sharded and resumable runs (<see cref="ShardRunner"/>): the
/// columns of the grid, each computed into a payload (<see cref="Compute"/>) and the whole grid assembled from every
/// column's payload (<see cref="Assemble"/>) into the same <see cref="FamilyScanResult"/> as <see cref="FamilyScan.Run"/>.
/// </summary>
/// <remarks>
/// The units run along the mass axis when exactly the second axis is a mass and no joint sample is reweighted (one
/// reference simulation per column), else along the first axis. A column's payload holds, each over the column's points:
/// −2 ln L, the signal, its MC error; then the profiled value when the scan profiles; then, from a joint sample, the
/// kernel's effective sample size, mass points and flag (1/0); last, −2 ln L with the signal shifted up and down by
/// its MC error (<see cref="McBand"/>) — so that parts and checkpoints carry everything the output reports.
/// </remarks>
public sealed class FamilyScanColumns
{
    private readonly FamilyScan _scan;
    private readonly SliceAxis _x;
    private readonly SliceAxis _y;
    private readonly bool _alongY;
    private readonly bool _profiled;
    private readonly int _kernelRun;
    private readonly int _bandRun;
    private readonly int _runs;

    /// <summary>The columns of <paramref name="scan"/>.</summary>
    /// <param name="scan">A 2-D slice.</param>
    /// <param name="profiled">Whether the scan profiles a third parameter (its best value is carried per point).</param>
    /// <exception cref="ArgumentException">A 1-D slice.</exception>
    public FamilyScanColumns(FamilyScan scan, bool profiled)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (scan.Axes.Count != 2) throw new ArgumentException($"a scan in columns has 2 axes, not {scan.Axes.Count}", nameof(scan));
        (_scan, _x, _y, _profiled) = (scan, scan.Axes[0], scan.Axes[1], profiled);
        _alongY = AlongSecondAxis(scan.Family, _x, _y, scan.Joint is not null);
        _kernelRun = profiled ? 4 : 3;
        _bandRun = _kernelRun + (scan.Joint is null ? 0 : 3);
        _runs = _bandRun + 2;
    }

    /// <summary>The number of columns of a scan of <paramref name="family"/> over <paramref name="x"/> and <paramref name="y"/>,
    /// known before the scan is built (e.g. to open a checkpoint before any simulation).</summary>
    /// <param name="family">The family.</param>
    /// <param name="x">First axis.</param>
    /// <param name="y">Second axis.</param>
    /// <param name="fromSample">Whether the grid is reweighted from a saved joint sample.</param>
    public static int CountFor(ModelFamily family, SliceAxis x, SliceAxis y, bool fromSample)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return AlongSecondAxis(family, x, y, fromSample) ? y.Values.Count : x.Values.Count;
    }

    /// <summary>Columns run along the mass axis when exactly the second axis is a mass (one reference simulation per
    /// column); a joint sample is built only over two masses, so only a saved one matters.</summary>
    private static bool AlongSecondAxis(ModelFamily family, SliceAxis x, SliceAxis y, bool fromSample)
    {
        ArgumentNullException.ThrowIfNull(family);
        return !fromSample && !family.IsMass(x.Name) && family.IsMass(y.Name);
    }

    /// <summary>Number of columns (work units).</summary>
    public int Count => _alongY ? _y.Values.Count : _x.Values.Count;

    /// <summary>Grid points per column.</summary>
    public int Length => _alongY ? _x.Values.Count : _y.Values.Count;

    /// <summary>Evaluates column <paramref name="column"/>'s points into its payload.</summary>
    /// <param name="column">0 ≤ column &lt; <see cref="Count"/>.</param>
    /// <param name="pointDone">Called after each point when the scan counts grid points (<see cref="FamilyScan.CountsGridPoints"/>).</param>
    public byte[] Compute(int column, Action? pointDone = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Count);
        int n = Length;
        var values = new double[_runs * n];
        for (int k = 0; k < n; k++)
        {
            var (i, j) = _alongY ? (k, column) : (column, k);
            var point = _scan.Evaluate(_scan.PointAt(i, j));
            (values[k], values[n + k], values[2 * n + k]) = (point.MinusTwoLnL, point.Signal, point.SignalMcError);
            if (_profiled) values[3 * n + k] = point.Profiled;
            if (point.Kernel is { } kernel)
                (values[_kernelRun * n + k], values[(_kernelRun + 1) * n + k], values[(_kernelRun + 2) * n + k])
                    = (kernel.EffectiveSampleSize, kernel.DistinctMassPoints, kernel.Flagged ? 1 : 0);
            (values[_bandRun * n + k], values[(_bandRun + 1) * n + k]) = (point.MinusTwoLnLSignalUp, point.MinusTwoLnLSignalDown);
            if (_scan.CountsGridPoints) pointDone?.Invoke();
        }
        return ShardPayload.FromDoubles(values);
    }

    /// <summary>The scanned grid from every column's payload, in column order: the likelihood scan at
    /// <paramref name="confidenceLevel"/> and each grid point (x fastest).</summary>
    /// <param name="columns">The <see cref="Count"/> payloads of <see cref="Compute"/>.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom of the threshold (2 for a plane).</param>
    /// <exception cref="ArgumentException">Another number of columns.</exception>
    /// <exception cref="FormatException">A payload of another length.</exception>
    public FamilyScanResult Assemble(IReadOnlyList<byte[]> columns, double confidenceLevel, int degreesOfFreedom = 2)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count != Count) throw new ArgumentException($"the parts hold {columns.Count} columns, the scan has {Count}");
        int nx = _x.Values.Count, n = Length;
        var points = new GridPoint[nx * _y.Values.Count];
        for (int u = 0; u < columns.Count; u++)
        {
            var values = ShardPayload.ToDoubles(columns[u]);
            if (values.Length != _runs * n) throw new FormatException($"column {u} holds {values.Length} values, not {_runs * n}");
            for (int k = 0; k < n; k++)
            {
                var (i, j) = _alongY ? (k, u) : (u, k);
                points[j * nx + i] = new GridPoint(values[k], values[n + k], values[2 * n + k], _profiled ? values[3 * n + k] : double.NaN)
                {
                    Kernel = _scan.Joint is null ? null : new KernelPrediction(values[n + k], values[2 * n + k],
                        values[_kernelRun * n + k], (int)values[(_kernelRun + 1) * n + k], values[(_kernelRun + 2) * n + k] != 0),
                    MinusTwoLnLSignalUp = values[_bandRun * n + k],
                    MinusTwoLnLSignalDown = values[(_bandRun + 1) * n + k],
                };
            }
        }
        var scan = LikelihoodScan.Run(_x.Values, _x.Scale, _y.Values, _y.Scale, (i, j) => points[j * nx + i].MinusTwoLnL,
            confidenceLevel, degreesOfFreedom, _scan.BackgroundOnly());
        return new FamilyScanResult(scan, points, _scan.BackgroundOnly());
    }
}
