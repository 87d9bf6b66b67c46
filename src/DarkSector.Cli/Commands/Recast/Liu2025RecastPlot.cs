using DarkSector.Reporting.Plotting;
using DarkSector.Experiments.T2K.Validation;
using DarkSector.Sampling.Limits;

namespace DarkSector.Cli.Commands.Recast;

/// <summary>
/// The figure of docs/t2k-dipole-recast.md: in (m_N, d = μ_tr/2), the MiniBooNE E_QE 95% CL region and the contours where
/// the 2019 FHC e⁺e⁻ signal equals their threshold, from their published counts, from the re-implementation with their
/// flaw (<c>asis</c>) and with every correction (<c>darksector</c>), on their grid m = geomspace(0.01, 2, 10) GeV ×
/// μ_tr = geomspace(1e-7, 1e-5, 10) GeV⁻¹ (marching squares in log–log).
/// </summary>
internal static class Liu2025RecastPlot
{
    /// <summary>Evaluates the grid (two pipeline steps, 100 points each) and writes the SVG to <paramref name="path"/>;
    /// <paramref name="pointDone"/> is called after each grid point (progress).</summary>
    public static void Save(string path, double threshold, Action? pointDone = null)
    {
        double[] masses = Geomspace(0.01, 2, 10), muTr = Geomspace(1e-7, 1e-5, 10);
        double[] d = [.. muTr.Select(mu => mu / 2)];
        var published = Liu2025PublishedCounts.Embedded;
        double scale = Liu2025Pipeline.FhcDataPot / Liu2025Pipeline.TheirMonteCarloPot;
        var pub = new double[100];
        var asis = new double[100];
        var corrected = new double[100];
        var pipeline = Liu2025Pipeline.Embedded;
        Parallel.For(0, 100, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
        {
            int iy = k / 10, ix = k % 10;
            double m = masses[ix];
            int index = published.Nearest(m, muTr[iy]);
            double sum = Enumerable.Range(1, 3).Sum(t => published.Count(index, t) ?? double.NaN);
            pub[k] = sum * Liu2025Pipeline.TheirPairBranchingRatio(m) * scale;
            asis[k] = pipeline.Counts(m, d[iy], Liu2025Options.AsIs).PairTotal * scale;
            corrected[k] = pipeline.Counts(m, d[iy], Liu2025Options.DarkSector).PairTotal * scale;
            pointDone?.Invoke();
        });
        var plot = new SvgPlot(new PlotAxis(0.01, 2, AxisScale.Logarithmic, "m_N [GeV]"), new PlotAxis(5e-8, 5e-6, AxisScale.Logarithmic, "d = mu_tr/2 [GeV^-1]"),
            $"ND280 TPC e+e- (FHC 1.234e21 POT): signal = {threshold:0.00} events; max DarkSector {corrected.Max():0.00}");
        plot.AddRegion(MiniBooNEDipoleRegion.Embedded.Polygon.Select(p => new ContourPoint(p.MassGeV, p.DGeVm1)), "#f4a261", "MiniBooNE E_QE 95% CL", 0.5);
        Draw(plot, masses, d, pub, threshold, "#000000", "Liu et al. published", null);
        Draw(plot, masses, d, asis, threshold, "#d62728", "flaw reproduced (asis)", "6,4");
        Draw(plot, masses, d, corrected, threshold, "#1f77b4", "DarkSector (all corrections)", null);
        plot.Save(path);
    }

    private static void Draw(SvgPlot plot, double[] x, double[] y, double[] values, double level, string color, string label, string? dash)
    {
        bool first = true;
        foreach (var contour in MarchingSquares.Extract(x, y, values, level, AxisScale.Logarithmic, AxisScale.Logarithmic))
        {
            plot.AddLine(contour.Points, color, first ? label : null, contour.IsClosed, 2, dash);
            first = false;
        }
    }

    private static double[] Geomspace(double a, double b, int n) =>
        [.. Enumerable.Range(0, n).Select(i => Math.Exp(Math.Log(a) + i * (Math.Log(b) - Math.Log(a)) / (n - 1)))];
}
