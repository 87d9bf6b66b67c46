namespace DarkSector.Sampling.Validation;

/// <summary>Runs <see cref="ValidationRow"/>s and gives each its verdict (rules in the remarks of
/// <see cref="ValidationRow"/>).</summary>
public static class Validator
{
    /// <summary>Computes every row, in order.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="settings">Sample sizes and seed.</param>
    /// <param name="progress">Optional: one message per row.</param>
    public static IReadOnlyList<ValidationOutcome> Run(IEnumerable<ValidationRow> rows, ValidationSettings settings, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(settings);
        var outcomes = new List<ValidationOutcome>();
        foreach (var row in rows)
        {
            progress?.Report(row.Id);
            outcomes.Add(Judge(row, row.Compute(settings)));
        }
        return outcomes;
    }

    /// <summary>The verdict of one computed row.</summary>
    public static ValidationOutcome Judge(ValidationRow row, ValidationValue ours)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(ours);
        double ratio = ours.Value / row.Published;
        double allowed = Allowed(row, ours.McError);
        var verdict = Math.Abs(ratio - 1) <= allowed ? ValidationVerdict.Agrees
            : ours.Baseline is double b && Math.Abs(b / row.Published - 1) <= Allowed(row, ours.BaselineMcError) ? ValidationVerdict.Explained
            : row.KnownDifference is not null && row.ExplainedRatio is var (low, high) && ratio >= low && ratio <= high ? ValidationVerdict.Explained
            : ValidationVerdict.Differs;
        return new ValidationOutcome(row, ours, ratio, allowed, verdict);
    }

    /// <summary>The allowed |ratio − 1|: the row's tolerance, the published relative uncertainty and twice the MC error of
    /// the ratio (σ_MC / |published|, not σ_MC / |ours|: the latter is too strict for ratios above 1 and too lenient
    /// below), in quadrature.</summary>
    private static double Allowed(ValidationRow row, double mcError)
    {
        double published = row.PublishedUncertainty / Math.Abs(row.Published);
        double mc = 2 * mcError / Math.Abs(row.Published);   // the MC error of ratio = value / published, in the units of |ratio − 1|
        return Math.Sqrt(row.RelativeTolerance * row.RelativeTolerance + published * published + mc * mc);
    }
}
