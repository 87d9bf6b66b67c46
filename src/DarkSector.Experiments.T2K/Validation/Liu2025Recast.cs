using DarkSector.Physics.Models.Dipole;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// The recast of Liu, Kamp, Argüelles 2025 (docs/t2k-dipole-recast.md): their ND280 dipole pipeline with the flaw
/// (step asis) and the flaw removed one switch at a time (<see cref="Liu2025Options.Steps"/>), next to their published
/// counts (<see cref="Rows"/>), and the grid of their exclusion figure (<see cref="Grid"/>).
/// </summary>
public static class Liu2025Recast
{
    /// <summary>Nine points of their grid (m_N in GeV, μ_tr in GeV⁻¹).</summary>
    public static IReadOnlyList<(double MassGeV, double MuTrGeVm1)> DefaultPoints { get; } =
        [(0.342, 1e-7), (0.342, 2.783e-7), (0.342, 7.743e-7), (0.342, 2.154e-6), (0.342, 1e-5), (0.616, 2.783e-7), (0.616, 1.292e-6), (0.616, 2.154e-6), (1.11, 4.642e-7)];

    /// <summary>The counts of every point and step; the published counts where the point is their grid point
    /// (nearest in log space, within 0.2%).</summary>
    /// <param name="points">Points (m_N GeV, μ_tr GeV⁻¹).</param>
    /// <param name="stepId">A step id, or "all".</param>
    public static IReadOnlyList<Liu2025RecastRow> Rows(IEnumerable<(double MassGeV, double MuTrGeVm1)> points, string stepId)
    {
        ArgumentNullException.ThrowIfNull(points);
        var steps = Liu2025Options.Steps.Where(s => stepId == "all" || s.Id == stepId).ToArray();
        var published = Liu2025PublishedCounts.Embedded;
        double scale = Liu2025Pipeline.FhcDataPot / Liu2025Pipeline.TheirMonteCarloPot;
        var rows = new List<Liu2025RecastRow>();
        foreach (var (m, muTr) in points)
        {
            int index = published.Nearest(m, muTr);
            var (pm, pmu) = published.Point(index);
            bool exact = Math.Abs(pm / m - 1) < 2e-3 && Math.Abs(pmu / muTr - 1) < 2e-3;
            double[]? theirs = exact ? [.. Enumerable.Range(1, 3).Select(t => published.Count(index, t) ?? double.NaN)] : null;
            double d = DipoleConvention.DFromMuTr(muTr);
            foreach (var (id, _, options) in steps)
            {
                var counts = Liu2025Pipeline.Embedded.Counts(m, d, options);
                rows.Add(new(m, muTr, d, id, [.. counts.PhotonCountsPerTpc], counts.PhotonTotal, theirs, theirs?.Sum(), counts.PairTotal * scale));
            }
        }
        return rows;
    }

    /// <summary>The grid of their figure: m = geomspace(0.01, 2, 10) GeV × μ_tr = geomspace(1e-7, 1e-5, 10) GeV⁻¹
    /// (two pipeline steps, 100 points each, two at a time).</summary>
    /// <param name="pointDone">Called after each grid point (progress), or null.</param>
    public static Liu2025RecastGrid Grid(Action? pointDone = null)
    {
        double[] masses = Geomspace(0.01, 2, 10), d = [.. Geomspace(1e-7, 1e-5, 10).Select(DipoleConvention.DFromMuTr)];
        var published = Liu2025PublishedCounts.Embedded;
        double scale = Liu2025Pipeline.FhcDataPot / Liu2025Pipeline.TheirMonteCarloPot;
        double[] pub = new double[100], asis = new double[100], corrected = new double[100];
        Parallel.For(0, 100, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            double m = masses[k % 10];
            int index = published.Nearest(m, DipoleConvention.MuTrFromD(d[k / 10]));
            pub[k] = Enumerable.Range(1, 3).Sum(t => published.Count(index, t) ?? double.NaN) * Liu2025Pipeline.TheirPairBranchingRatio(m) * scale;
            asis[k] = Liu2025Pipeline.Embedded.Counts(m, d[k / 10], Liu2025Options.AsIs).PairTotal * scale;
            corrected[k] = Liu2025Pipeline.Embedded.Counts(m, d[k / 10], Liu2025Options.DarkSector).PairTotal * scale;
            pointDone?.Invoke();
        });
        return new(masses, d, pub, asis, corrected);
    }

    private static double[] Geomspace(double a, double b, int n) =>
        [.. Enumerable.Range(0, n).Select(i => Math.Exp(Math.Log(a) + i * (Math.Log(b) - Math.Log(a)) / (n - 1)))];
}
