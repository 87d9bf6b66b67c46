using DarkSector.Experiments.T2K.Validation;
using DarkSector.Sampling.Limits;

namespace DarkSector.Cli.Commands.Recast;

/// <summary>The figure of docs/t2k-dipole-recast.md: in (m_N, d = μ_tr/2), the MiniBooNE E_QE 95% CL region and the
/// contours where the 2019 FHC e⁺e⁻ signal equals their threshold (<see cref="Liu2025Recast.Grid"/>; marching squares in log–log).</summary>
internal static class Liu2025RecastPlot
{
    /// <summary>Writes the SVG of <paramref name="grid"/> to <paramref name="path"/>.</summary>
    public static void Save(string path, double threshold, Liu2025RecastGrid grid)
    {
        var plot = new SvgPlot(new PlotAxis(0.01, 2, AxisScale.Logarithmic, "m_N [GeV]"), new PlotAxis(5e-8, 5e-6, AxisScale.Logarithmic, "d = mu_tr/2 [GeV^-1]"),
            $"ND280 TPC e+e- (FHC 1.234e21 POT): signal = {threshold:0.00} events; max DarkSector {grid.Corrected.Max():0.00}");
        plot.AddRegion(MiniBooNEDipoleRegion.Embedded.Polygon.Select(p => new ContourPoint(p.MassGeV, p.DGeVm1)), "#f4a261", "MiniBooNE E_QE 95% CL", 0.5);
        foreach (var (values, color, label, dash) in new[] { (grid.Published, "#000000", "Liu et al. published", (string?)null),
            (grid.AsIs, "#d62728", "flaw reproduced (asis)", "6,4"), (grid.Corrected, "#1f77b4", "DarkSector (all corrections)", null) })
        {
            var contours = MarchingSquares.Extract([.. grid.MassesGeV], [.. grid.DGeVm1], [.. values], threshold, AxisScale.Logarithmic, AxisScale.Logarithmic);
            foreach (var (contour, i) in contours.Select((c, i) => (c, i)))
                plot.AddLine(contour.Points, color, i == 0 ? label : null, contour.IsClosed, 2, dash);
        }
        plot.Save(path);
    }
}
