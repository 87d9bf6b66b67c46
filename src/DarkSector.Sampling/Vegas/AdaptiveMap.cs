using System.Globalization;
using System.Runtime.CompilerServices;
using DarkSector.Physics;

namespace DarkSector.Sampling.Vegas;

/// <summary>
/// The VEGAS adaptive map x(y) from the unit hypercube y ∈ [0, 1)^D onto a rectangular integration domain: a product
/// of one-dimensional piecewise-linear maps, each with N_d increments of equal probability.
/// </summary>
/// <remarks>
/// Lepage, J. Comput. Phys. 27 (1978) 192, and J. Comput. Phys. 439 (2021) 110386, §2: on axis d with grid
/// x_0 &lt; x_1 &lt; … &lt; x_N and increments Δx_i = x_{i+1} − x_i, y maps to x = x_i + Δx_i (yN − i) with i = ⌊yN⌋, and the
/// Jacobian is J = Π_d N_d Δx_{i_d}. Training data (f J)² are accumulated per increment; <see cref="Adapt"/> then
/// moves the grid so that each increment holds the same share of the smoothed, damped average
/// ⟨(f J)²⟩_i: smoothing (6 a_i + a_{i−1} + a_{i+1})/8 (7/8, 1/8 at the ends), normalisation to Σ = 1, damping
/// a_i → ((1 − a_i)/ln(1/a_i))^α (Lepage 1978 eq. 19; vegas' defaults). A map with no training data is unchanged
/// by adaptation, except that its number of increments can change while keeping the increment density.
/// Mapping (<see cref="Map"/>) only reads, so it is thread-safe; training and adaptation are not.
/// </remarks>
internal sealed class AdaptiveMap
{
    private const double Tiny = 1e-300;
    private double[][] _grid;
    private double[][] _inc;
    private double[][]? _sumF;
    private double[][]? _countF;

    /// <summary>Creates a map of the box [lower_d, upper_d] with <paramref name="increments"/> equal increments per axis.</summary>
    /// <param name="lower">Lower limits, one per axis.</param>
    /// <param name="upper">Upper limits, one per axis; each &gt; the matching lower limit.</param>
    /// <param name="increments">Increments per axis; in [1, 65535].</param>
    /// <exception cref="ArgumentException">Lengths differ or are 0, a limit is not finite, upper ≤ lower, or increments out of range.</exception>
    public AdaptiveMap(ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, int increments = 1)
    {
        if (lower.Length != upper.Length || lower.Length == 0)
            throw new ArgumentException($"lower and upper must have the same, nonzero length (got {lower.Length} and {upper.Length})", nameof(upper));
        CheckIncrements(increments, nameof(increments));
        _grid = new double[lower.Length][];
        _inc = new double[lower.Length][];
        for (int d = 0; d < lower.Length; d++)
        {
            double a = Check.Finite(lower[d], $"lower[{d}]"), b = Check.Finite(upper[d], $"upper[{d}]");
            if (!(b > a)) throw new ArgumentException($"upper[{d}] = {b.ToString("R", CultureInfo.InvariantCulture)} must be > lower[{d}] = {a.ToString("R", CultureInfo.InvariantCulture)}", nameof(upper));
            _grid[d] = new double[increments + 1];
            for (int i = 0; i <= increments; i++) _grid[d][i] = i == increments ? b : a + (b - a) * i / increments;
            _inc[d] = new double[increments];
            UpdateIncrements(d);
        }
    }

    private AdaptiveMap(double[][] grid)
    {
        _grid = grid;
        _inc = new double[grid.Length][];
        for (int d = 0; d < grid.Length; d++)
        {
            _inc[d] = new double[grid[d].Length - 1];
            UpdateIncrements(d);
        }
    }

    /// <summary>The map of the unit hypercube [0, 1]^<paramref name="dimension"/> with uniform increments.</summary>
    /// <param name="dimension">Number of axes; ≥ 1.</param>
    /// <param name="increments">Increments per axis; in [1, 65535].</param>
    public static AdaptiveMap UnitHypercube(int dimension, int increments = 1)
    {
        Check.AtLeast(dimension, 1);
        var lower = new double[dimension];
        var upper = new double[dimension];
        Array.Fill(upper, 1.0);
        return new AdaptiveMap(lower, upper, increments);
    }

    /// <summary>Number of axes D.</summary>
    public int Dimension => _grid.Length;

    /// <summary>Number of increments N_d on axis <paramref name="axis"/>.</summary>
    public int Increments(int axis) => _inc[axis].Length;

    /// <summary>The grid x_0 … x_N on axis <paramref name="axis"/>, in the units of the domain.</summary>
    public ReadOnlySpan<double> Grid(int axis) => _grid[axis];

    /// <summary>Lower limit of the domain on axis <paramref name="axis"/>.</summary>
    public double Lower(int axis) => _grid[axis][0];

    /// <summary>Upper limit of the domain on axis <paramref name="axis"/>.</summary>
    public double Upper(int axis) => _grid[axis][^1];

    /// <summary>Volume of the domain, Π_d (upper_d − lower_d).</summary>
    public double Volume
    {
        get
        {
            double v = 1;
            for (int d = 0; d < Dimension; d++) v *= Upper(d) - Lower(d);
            return v;
        }
    }

    /// <summary>Maps one point y of the unit hypercube to the domain and returns the Jacobian J = Π_d N_d Δx_{i_d}.</summary>
    /// <param name="y">D coordinates in [0, 1].</param>
    /// <param name="x">Receives the D coordinates of x(y).</param>
    public double Map(ReadOnlySpan<double> y, Span<double> x)
    {
        if (y.Length != Dimension || x.Length != Dimension)
            throw new ArgumentException($"y and x must have length {Dimension} (got {y.Length} and {x.Length})", nameof(y));
        double jac = 1;
        for (int d = 0; d < Dimension; d++)
        {
            x[d] = MapAxis(d, y[d], out double j, out _);
            jac *= j;
        }
        return jac;
    }

    /// <summary>Trusted kernel: maps coordinate y ∈ [0, 1] on one axis, giving the axis Jacobian and the increment index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double MapAxis(int axis, double y, out double jacobian, out int increment)
    {
        var inc = _inc[axis];
        int n = inc.Length;
        double t = y * n;
        int i = (int)t;
        if (i >= n) { i = n - 1; t = n; }
        increment = i;
        jacobian = inc[i] * n;
        return _grid[axis][i] + inc[i] * (t - i);
    }

    /// <summary>Trusted kernel: adds training value <paramref name="f2"/> (normally (f J)²) to increment <paramref name="increment"/> of <paramref name="axis"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddTraining(int axis, int increment, double f2)
    {
        EnsureTraining();
        _sumF![axis][increment] += f2;
        _countF![axis][increment] += 1;
    }

    /// <summary>Trusted kernel: the training accumulators (Σ f², count) per axis and increment, created if needed.</summary>
    internal (double[][] Sum, double[][] Count) TrainingAccumulators()
    {
        EnsureTraining();
        return (_sumF!, _countF!);
    }

    /// <summary>Adds training data: the value <paramref name="f2"/> (normally (f J)², f the integrand) at the point y.</summary>
    /// <param name="y">D coordinates in [0, 1].</param>
    /// <param name="f2">Training value; finite and ≥ 0.</param>
    public void AddTrainingData(ReadOnlySpan<double> y, double f2)
    {
        if (y.Length != Dimension) throw new ArgumentException($"y must have length {Dimension} (got {y.Length})", nameof(y));
        Check.NonNegative(f2);
        for (int d = 0; d < Dimension; d++)
        {
            MapAxis(d, Check.InRange(y[d], 0, 1, $"y[{d}]"), out _, out int i);
            AddTraining(d, i, f2);
        }
    }

    /// <summary>Moves the grid to the accumulated training data (see remarks of <see cref="AdaptiveMap"/>) and clears it.</summary>
    /// <param name="alpha">Damping exponent α ≥ 0: 0 leaves the grid unchanged (only re-grids to <paramref name="increments"/>);
    /// ~0.5 (vegas' default) adapts steadily; larger values adapt faster.</param>
    /// <param name="increments">New number of increments per axis (in [1, 65535]); null keeps the current numbers.</param>
    public void Adapt(double alpha, int? increments = null)
    {
        Check.NonNegative(alpha);
        if (increments is int n) CheckIncrements(n, nameof(increments));
        for (int d = 0; d < Dimension; d++)
        {
            int oldN = _inc[d].Length, newN = increments ?? oldN;
            var avg = new double[oldN];
            bool trained = _sumF is not null && alpha > 0;
            if (trained)
            {
                for (int i = 0; i < oldN; i++) avg[i] = _countF![d][i] > 0 ? _sumF![d][i] / _countF[d][i] : 0.0;
                if (oldN > 1)
                {
                    var tmp = new double[oldN];
                    tmp[0] = (7 * avg[0] + avg[1]) / 8;
                    tmp[oldN - 1] = (7 * avg[oldN - 1] + avg[oldN - 2]) / 8;
                    for (int i = 1; i < oldN - 1; i++) tmp[i] = (6 * avg[i] + avg[i - 1] + avg[i + 1]) / 8;
                    double sum = 0;
                    foreach (double v in tmp) sum += v;
                    for (int i = 0; i < oldN; i++) avg[i] = sum > 0 ? tmp[i] / sum + Tiny : Tiny;
                }
                else avg[0] = 1;
                for (int i = 0; i < oldN; i++)
                    if (avg[i] > 0 && avg[i] <= 0.99999999) avg[i] = Math.Pow(-(1 - avg[i]) / Math.Log(avg[i]), alpha);
            }
            else Array.Fill(avg, 1.0);
            if (!trained && newN == oldN) continue;
            _grid[d] = Regrid(_grid[d], _inc[d], avg, newN);
            _inc[d] = new double[newN];
            UpdateIncrements(d);
        }
        _sumF = null;
        _countF = null;
    }

    /// <summary>New grid with <paramref name="newN"/> increments, each holding an equal share of Σ weights (linear within an old increment).</summary>
    private static double[] Regrid(double[] grid, double[] inc, double[] weights, int newN)
    {
        int oldN = inc.Length;
        var result = new double[newN + 1];
        result[0] = grid[0];
        result[newN] = grid[oldN];
        double total = 0;
        foreach (double w in weights) total += w;
        double perIncrement = total / newN, accumulated = 0;
        int j = -1;
        for (int i = 1; i < newN; i++)
        {
            while (accumulated < perIncrement && j < oldN - 1) accumulated += weights[++j];
            if (accumulated < perIncrement) { result[i] = grid[oldN]; continue; } // rounding at the far end
            accumulated -= perIncrement;
            result[i] = grid[j + 1] - accumulated / weights[j] * inc[j];
        }
        return result;
    }

    /// <summary>Trusted kernel: re-grids axis <paramref name="axis"/> to <paramref name="increments"/> increments keeping the increment density; clears training data.</summary>
    internal void SetIncrements(int axis, int increments)
    {
        if (_inc[axis].Length == increments) return;
        var uniform = new double[_inc[axis].Length];
        Array.Fill(uniform, 1.0);
        _grid[axis] = Regrid(_grid[axis], _inc[axis], uniform, increments);
        _inc[axis] = new double[increments];
        UpdateIncrements(axis);
        _sumF = null;
        _countF = null;
    }

    /// <summary>A deep copy (grid only; training data are not copied).</summary>
    public AdaptiveMap Clone() => new(_grid.Select(g => (double[])g.Clone()).ToArray());

    /// <summary>A map whose axis d is a copy of axis <paramref name="sourceAxes"/>[d] of this map, or the uniform map of
    /// [0, 1] where that entry is −1 (warm start of another integrand over related variables).</summary>
    /// <param name="sourceAxes">For each axis of the new map: an axis of this map, or −1.</param>
    internal AdaptiveMap Project(ReadOnlySpan<int> sourceAxes)
    {
        var grid = new double[sourceAxes.Length][];
        for (int d = 0; d < grid.Length; d++)
            grid[d] = sourceAxes[d] < 0 ? [0.0, 1.0] : (double[])_grid[sourceAxes[d]].Clone();
        return new AdaptiveMap(grid);
    }

    /// <summary>Writes the grid as text (format "DarkSector VEGAS map v1"; numbers in round-trip precision) so that <see cref="Load"/> restores it exactly.</summary>
    /// <param name="writer">Destination; not closed.</param>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(FormatHeader);
        writer.WriteLine($"dimension {Dimension}");
        for (int d = 0; d < Dimension; d++)
            writer.WriteLine($"axis {d} {Increments(d)} " + string.Join(' ', _grid[d].Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
    }

    private const string FormatHeader = "# DarkSector VEGAS map v1";

    /// <summary>Reads a map written by <see cref="Save"/>.</summary>
    /// <param name="reader">Source.</param>
    /// <exception cref="FormatException">The text is not a valid map (wrong header, counts, non-finite or non-increasing grid).</exception>
    public static AdaptiveMap Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != FormatHeader) throw new FormatException($"not a VEGAS map: the first line must be '{FormatHeader}'");
        var head = reader.ReadLine()?.Split(' ');
        if (head is not ["dimension", var ds] || !int.TryParse(ds, CultureInfo.InvariantCulture, out int dim) || dim < 1)
            throw new FormatException("VEGAS map: second line must be 'dimension D' with D >= 1");
        var grid = new double[dim][];
        for (int d = 0; d < dim; d++)
        {
            var parts = reader.ReadLine()?.Split(' ') ?? throw new FormatException($"VEGAS map: axis {d} is missing (file truncated)");
            if (parts.Length < 3 || parts[0] != "axis" || parts[1] != d.ToString(CultureInfo.InvariantCulture)
                || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out int n) || n < 1 || n > 65535 || parts.Length != n + 4)
                throw new FormatException($"VEGAS map: line for axis {d} must be 'axis {d} N x_0 ... x_N'");
            grid[d] = new double[n + 1];
            for (int i = 0; i <= n; i++)
            {
                if (!double.TryParse(parts[3 + i], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                    throw new FormatException($"VEGAS map: axis {d}, node {i} = '{parts[3 + i]}' is not a finite number");
                if (i > 0 && !(v > grid[d][i - 1])) throw new FormatException($"VEGAS map: axis {d} grid is not increasing at node {i}");
                grid[d][i] = v;
            }
        }
        return new AdaptiveMap(grid);
    }

    private void EnsureTraining()
    {
        if (_sumF is not null) return;
        _sumF = new double[Dimension][];
        _countF = new double[Dimension][];
        for (int d = 0; d < Dimension; d++)
        {
            _sumF[d] = new double[_inc[d].Length];
            _countF[d] = new double[_inc[d].Length];
        }
    }

    private void UpdateIncrements(int d)
    {
        for (int i = 0; i < _inc[d].Length; i++) _inc[d][i] = _grid[d][i + 1] - _grid[d][i];
    }

    private static void CheckIncrements(int n, string name)
    {
        if (n < 1 || n > 65535) throw new ArgumentOutOfRangeException(name, n, $"{name} = {n} is outside [1, 65535]");
    }
}
