using DarkSector.Experiments.T2K.Validation;
using DarkSector.Sampling.Limits;
using DarkSector.Reporting.Tables;
using static DarkSector.Cli.Hosting.ReportCommand;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Cli.Commands.Recast;

/// <summary><c>darksector recast t2k-liu2025 [--point m,mu_tr ...] [--step ID|all] [--plot FILE]</c>: the library's recast
/// of Liu, Kamp, Argüelles 2025 (<see cref="Liu2025Recast"/>). JSON: {threshold, rows: [<see cref="Liu2025RecastRow"/>]}.
/// --plot: the MiniBooNE E_QE 95% CL region and the contours where the 2019 FHC e⁺e⁻ signal equals their threshold
/// (<see cref="Liu2025Recast.Grid"/>, <see cref="ThresholdFigure"/>: marching squares in log–log).</summary>
internal static class Liu2025RecastCommand
{
    /// <summary>A new instance of the command.</summary>
    public static CliCommand Create() => new ReportCommand("recast t2k-liu2025",
        "Liu-Kamp-Arguelles 2025 ND280 dipole counts: their pipeline (no survival factor, DarkNews width, their cuts and efficiency) and the flaw removed one switch at a time.", c =>
        {
            var points = Add(c, new Option<string[]>("--point")
            {
                Description = "Grid point m_N,mu_tr (GeV, GeV^-1; d = mu_tr/2), repeatable (default: nine points of their grid).",
                AllowMultipleArgumentsPerToken = false,
            });
            var step = Add(c, new Option<string>("--step")
            {
                Description = "Which step: asis (their pipeline, flaw included), survival, width, volume, darksector, or all (default).",
                DefaultValueFactory = _ => "all",
            }.AcceptOnlyFromAmong([.. Liu2025Options.Steps.Select(s => s.Id), "all"]));
            var plot = Add(c, new Option<string?>("--plot")
            {
                Description = "Also write an SVG of the exclusion contours (e+e- FHC signal = their threshold) on their 10 x 10 grid: published, flaw reproduced (asis), DarkSector (darksector), with the MiniBooNE region. About 200 pipeline evaluations.",
            });
            return (p, context) =>
            {
                var chosen = p.GetValue(points) is { Length: > 0 } given ? given.Select(ParsePoint).ToArray() : Liu2025Recast.DefaultPoints;
                var report = new RecastReport(Liu2025Pipeline.TheirSignalThreshold(), Liu2025Recast.Rows(chosen, p.GetValue(step)!));
                if (p.GetValue(plot) is string plotPath)
                {
                    using var progress = CliProgress.Start(context, "recast t2k-liu2025 --plot", 100);
                    var grid = Liu2025Recast.Grid(() => progress.Advance());   // the figure of docs/t2k-dipole-recast.md, in (m_N, d = mu_tr/2)
                    ThresholdFigure.Build(new PlotAxis(0.01, 2, AxisScale.Logarithmic, "m_N [GeV]"), new PlotAxis(5e-8, 5e-6, AxisScale.Logarithmic, "d = mu_tr/2 [GeV^-1]"),
                        $"ND280 TPC e+e- (FHC 1.234e21 POT): signal = {report.Threshold:0.00} events; max DarkSector {grid.Corrected.Max():0.00}", grid.MassesGeV, grid.DGeVm1, report.Threshold,
                        [(grid.Published, "#000000", "Liu et al. published", null), (grid.AsIs, "#d62728", "flaw reproduced (asis)", "6,4"),
                            (grid.Corrected, "#1f77b4", "DarkSector (all corrections)", null)],
                        ([.. MiniBooNEDipoleRegion.Embedded.Polygon.Select(q => new ContourPoint(q.MassGeV, q.DGeVm1))], "#f4a261", "MiniBooNE E_QE 95% CL")).Save(plotPath);
                }
                return report;
            };
        });

    private static (double, double) ParsePoint(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2 && StrictNumbers.TryReal(parts[0], out double m) && StrictNumbers.TryReal(parts[1], out double mu) && m > 0 && mu > 0 ? (m, mu)
            : throw new ArgumentException($"--point: '{text}' is not m_N,mu_tr with both > 0 (GeV, GeV^-1)");
    }

    private sealed record RecastReport(double Threshold, IReadOnlyList<Liu2025RecastRow> Rows) : ITextReport
    {
        public IEnumerable<ReportBlock> Text()
        {
            yield return Table(["m_N [GeV]", "mu_tr [GeV^-1]", "step", "TPC1", "TPC2", "TPC3", "total", "published", "ratio", "e+e- FHC 12.34e20"], Rows.Select(r => new[]
            {
                F(r.MassGeV, "G4"), F(r.MuTrGeVm1, "G4"), r.Step, F(r.Tpc[0], "G4"), F(r.Tpc[1], "G4"), F(r.Tpc[2], "G4"), F(r.Total, "G4"),
                r.PublishedTotal is double p ? F(p, "G4") : "-", r.PublishedTotal is double q && q > 0 ? F(r.Total / q, "G4") : "-", F(r.EeFhc, "G4"),
            }));
            yield return new ReportLine($"Counts: N -> nu gamma in the fiducial boxes at 3.6e21 POT (their csv). Their limit: e+e- (FHC) > {F(Threshold, "G4")} events (b = 0.563, 95% CL).");
        }
    }
}
