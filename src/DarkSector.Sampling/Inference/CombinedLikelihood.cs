namespace DarkSector.Sampling.Inference;

/// <summary>The likelihood of several independent experiments or analyses together: −2 ln L = Σ_k −2 ln L_k, with and
/// without the signal (the building block of global fits and of combined scans).</summary>
/// <remarks>
/// The terms must be statistically independent (distinct data; shared systematics are not correlated here). The same
/// parameter point is passed to every term, so each term's family must understand the point's names (e.g. one
/// <see cref="FamilyScan"/> per experiment of the same family and slice). Thread-safe if the terms are.
/// </remarks>
public sealed class CombinedLikelihood : ILikelihoodTerm
{
    private readonly ILikelihoodTerm[] _terms;

    /// <summary>Combines <paramref name="terms"/>.</summary>
    /// <param name="terms">At least one term.</param>
    /// <exception cref="ArgumentException">No terms.</exception>
    public CombinedLikelihood(IEnumerable<ILikelihoodTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms = [.. terms];
        if (_terms.Length == 0) throw new ArgumentException("a combined likelihood needs at least one term", nameof(terms));
        if (_terms.Any(t => t is null)) throw new ArgumentException("a term is null", nameof(terms));
    }

    /// <summary>The terms.</summary>
    public IReadOnlyList<ILikelihoodTerm> Terms => _terms;

    /// <summary>Σ_k −2 ln L_k at the point.</summary>
    /// <param name="values">Every parameter of the point.</param>
    public double MinusTwoLnL(IReadOnlyDictionary<string, double> values) => _terms.Sum(t => t.MinusTwoLnL(values));

    /// <summary>Σ_k of the background-only −2 ln L_k.</summary>
    public double BackgroundOnly() => _terms.Sum(t => t.BackgroundOnly());

    /// <summary>Scans the same 2-D slice of several analyses together: −2 ln L = Σ_k −2 ln L_k at every grid point, relative
    /// to the minimum over the grid and the summed background-only −2 ln L, with the contour at the confidence level.</summary>
    /// <param name="scans">One <see cref="FamilyScan"/> per analysis, all over the same two axes (names and values).</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom of the threshold.</param>
    /// <exception cref="ArgumentException">No scans, or scans over different axes.</exception>
    public static Scans.ScanResult Scan(IReadOnlyList<FamilyScan> scans, double confidenceLevel, int degreesOfFreedom = 2)
    {
        ArgumentNullException.ThrowIfNull(scans);
        if (scans.Count == 0) throw new ArgumentException("give at least one scan", nameof(scans));
        var axes = scans[0].Axes;
        if (axes.Count != 2) throw new ArgumentException("a combined scan is over a 2-D slice", nameof(scans));
        foreach (var s in scans)
            if (s.Axes.Count != 2 || Enumerable.Range(0, 2).Any(k => s.Axes[k].Name != axes[k].Name || !s.Axes[k].Values.SequenceEqual(axes[k].Values)))
                throw new ArgumentException($"the scans of {s.Setup.Experiment.Info.Id} and {scans[0].Setup.Experiment.Info.Id} are over different axes", nameof(scans));
        var combined = new CombinedLikelihood(scans);
        return Scans.LikelihoodScan.Run(axes[0].Values, axes[0].Scale, axes[1].Values, axes[1].Scale,
            (i, j) => scans.Sum(s => s.Evaluate(s.PointAt(i, j)).MinusTwoLnL), confidenceLevel, degreesOfFreedom, combined.BackgroundOnly());
    }
}
