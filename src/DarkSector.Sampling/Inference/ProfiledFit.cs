using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// Profile likelihood: −2 ln L minimised over the parameters that are not on the plot axes, point by point, and the
/// best fit of a plane with those profiled values.
/// </summary>
/// <remarks>
/// <para>The profile λ(x, y) = min over θ of −2 ln L(x, y, θ) (Cowan, Cranmer, Gross, Vitells, EPJ C 71 (2011) 1554,
/// eq. 7; method.md "Statistics"): its Δ against the overall minimum is the plane's test statistic with the nuisances
/// θ profiled. Each θ_j runs over [Min, Max] in its scale (<see cref="ProfiledParameter"/>); the minimum is searched
/// on the coarse grid Π Points_j, then refined from the grid's best point by Math.NET's Nelder-Mead simplex in the unit
/// coordinates (bounded by clamping into the range, with a quadratic penalty outside it so the simplex returns; the
/// reported values are inside the range). MC-noisy −2 ln L (deterministic for a seed) is fine for the simplex; the
/// refinement never returns worse than the grid point. Evaluations at different plot points run in parallel when
/// the function is thread-safe (<see cref="BestFit"/>'s <c>parallel</c>).</para>
/// </remarks>
public static class ProfiledFit
{
    /// <summary>Penalty per unit² of a simplex vertex outside the unit box.</summary>
    private const double OutsidePenalty = 1e4;

    /// <summary>The minimum of <paramref name="minusTwoLnL"/> over <paramref name="profiled"/> with the other parameters
    /// held at <paramref name="fixedValues"/>.</summary>
    /// <param name="minusTwoLnL">−2 ln L of a full set of parameter values (NaN: not evaluable, treated as +∞).</param>
    /// <param name="fixedValues">The parameters held fixed (plot axes and any --fix).</param>
    /// <param name="profiled">At least one parameter to profile over, not among the fixed ones.</param>
    /// <param name="refine">Refine the grid minimum by Nelder-Mead (default true).</param>
    /// <exception cref="ArgumentException">No profiled parameter, or one also fixed, or duplicated.</exception>
    public static ProfiledPoint Profile(Func<IReadOnlyDictionary<string, double>, double> minusTwoLnL,
        IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ProfiledParameter> profiled, bool refine = true)
    {
        ArgumentNullException.ThrowIfNull(minusTwoLnL);
        ArgumentNullException.ThrowIfNull(fixedValues);
        ArgumentNullException.ThrowIfNull(profiled);
        Validate(fixedValues.Keys, profiled);
        int evaluations = 0;
        var values = new Dictionary<string, double>(fixedValues, StringComparer.Ordinal);
        double Evaluate(ReadOnlySpan<double> u)
        {
            for (int j = 0; j < profiled.Count; j++) values[profiled[j].Name] = profiled[j].At(u[j]);
            evaluations++;
            double v = minusTwoLnL(values);
            return double.IsNaN(v) ? double.PositiveInfinity : v;
        }

        // coarse grid: every combination of the parameters' grid points
        int d = profiled.Count;
        var index = new int[d];
        var u = new double[d];
        var best = new double[d];
        double bestValue = double.PositiveInfinity;
        while (true)
        {
            for (int j = 0; j < d; j++) u[j] = (double)index[j] / (profiled[j].Points - 1);
            double v = Evaluate(u);
            if (v < bestValue) (bestValue, best) = (v, (double[])u.Clone());
            int k = 0;
            while (k < d && ++index[k] == profiled[k].Points) index[k++] = 0;
            if (k == d) break;
        }

        if (refine && double.IsFinite(bestValue))
        {
            double Objective(Vector<double> p)
            {
                double outside = 0;
                Span<double> clamped = stackalloc double[p.Count];
                for (int j = 0; j < p.Count; j++)
                {
                    clamped[j] = Math.Clamp(p[j], 0, 1);
                    outside += (p[j] - clamped[j]) * (p[j] - clamped[j]);
                }
                double v = Evaluate(clamped);
                return double.IsFinite(v) ? v + OutsidePenalty * outside : double.MaxValue;
            }
            var step = Vector<double>.Build.Dense(d, j => 0.5 / (profiled[j].Points - 1));
            try
            {
                var result = new NelderMeadSimplex(1e-6, 400).FindMinimum(ObjectiveFunction.Value(Objective), Vector<double>.Build.DenseOfArray(best), step);
                var p = result.MinimizingPoint.Select(x => Math.Clamp(x, 0, 1)).ToArray();
                double v = Evaluate(p);
                if (v < bestValue) (bestValue, best) = (v, p);
            }
            catch (MaximumIterationsException) { }   // keep the grid's point: the refinement never makes it worse
        }

        for (int j = 0; j < d; j++) values[profiled[j].Name] = profiled[j].At(best[j]);
        return new ProfiledPoint(values, bestValue, evaluations);
    }

    /// <summary>The profile on a plot grid and its overall best fit with every parameter's value.</summary>
    /// <param name="minusTwoLnL">−2 ln L of a full set of parameter values; thread-safe if <paramref name="parallel"/>.</param>
    /// <param name="xName">Parameter on the x axis.</param>
    /// <param name="x">Its grid values (≥ 1).</param>
    /// <param name="yName">Parameter on the y axis.</param>
    /// <param name="y">Its grid values (≥ 1).</param>
    /// <param name="fixedValues">Other parameters held fixed (may be empty).</param>
    /// <param name="profiled">Parameters profiled at every grid point.</param>
    /// <param name="refine">Refine each grid minimum by Nelder-Mead.</param>
    /// <param name="parallel">Profile the grid points in parallel.</param>
    /// <exception cref="ArgumentException">An empty grid, an axis also profiled or fixed, or see <see cref="Profile"/>.</exception>
    public static ProfiledFitResult BestFit(Func<IReadOnlyDictionary<string, double>, double> minusTwoLnL,
        string xName, IReadOnlyList<double> x, string yName, IReadOnlyList<double> y,
        IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ProfiledParameter> profiled, bool refine = true, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(fixedValues);
        ArgumentNullException.ThrowIfNull(profiled);
        if (x.Count == 0 || y.Count == 0) throw new ArgumentException($"the grid is empty ({x.Count} x {y.Count} points)", nameof(x));
        if (xName == yName || fixedValues.ContainsKey(xName) || fixedValues.ContainsKey(yName))
            throw new ArgumentException($"the axes '{xName}', '{yName}' must be distinct and not fixed", nameof(fixedValues));
        Validate(fixedValues.Keys.Append(xName).Append(yName), profiled);
        int nx = x.Count;
        var points = new ProfiledPoint[nx * y.Count];
        void At(int i)
        {
            var values = new Dictionary<string, double>(fixedValues, StringComparer.Ordinal) { [xName] = x[i % nx], [yName] = y[i / nx] };
            points[i] = Profile(minusTwoLnL, values, profiled, refine);
        }
        if (parallel) Parallel.For(0, points.Length, At);
        else for (int i = 0; i < points.Length; i++) At(i);
        var best = points.Where(p => double.IsFinite(p.MinusTwoLnL)).MinBy(p => p.MinusTwoLnL) ?? points[0];
        return new ProfiledFitResult { XName = xName, YName = yName, Points = points, Best = best, Profiled = profiled.Select(p => p.Name).ToArray() };
    }

    private static void Validate(IEnumerable<string> fixedNames, IReadOnlyList<ProfiledParameter> profiled)
    {
        if (profiled.Count == 0) throw new ArgumentException("give at least one parameter to profile over", nameof(profiled));
        var names = profiled.Select(p => p.Name).ToArray();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            throw new ArgumentException($"profiled parameters must be distinct: {string.Join(", ", names)}", nameof(profiled));
        var clash = names.Intersect(fixedNames, StringComparer.Ordinal).ToArray();
        if (clash.Length > 0) throw new ArgumentException($"'{string.Join("', '", clash)}' cannot be both fixed (or an axis) and profiled", nameof(profiled));
    }
}
