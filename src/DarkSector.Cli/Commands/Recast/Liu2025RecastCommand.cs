using System.CommandLine;
using System.Globalization;
using DarkSector.Cli.Hosting;
using DarkSector.Experiments.T2K.Validation;
using DarkSector.Physics.Models.Dipole;
using Spectre.Console;

namespace DarkSector.Cli.Commands.Recast;

/// <summary>
/// <c>darksector recast t2k-liu2025 [--point m,mu_tr ...] [--step asis|survival|width|volume|darksector|all]</c>: the ND280
/// dipole pipeline of Liu, Kamp, Argüelles 2025 (<see cref="Liu2025Pipeline"/>), flaw included (step <c>asis</c>), and
/// the flaw removed one switch at a time (<see cref="Liu2025Options.Steps"/>), next to their published counts.
/// </summary>
/// <remarks>
/// Points are their grid coordinates (m_N in GeV, DarkNews μ_tr in GeV⁻¹; d = μ_tr/2); the published count is the grid
/// point nearest in log space (<see cref="Liu2025PublishedCounts"/>). Counts are N → νγ decays in the three TPC fiducial
/// boxes at 3.6e21 POT (their MC exposure, their csv's quantity); <c>eeFhc</c> is the e⁺e⁻ signal at 12.34e20 POT (× BR
/// of the step), which their limit compares with <see cref="Liu2025Pipeline.TheirSignalThreshold"/>.
/// JSON: {threshold, rows: [{massGeV, muTrGeVm1, dGeVm1, step, tpc: [3], total, published: [3] | null, publishedTotal, eeFhc}]}.
/// </remarks>
internal sealed class Liu2025RecastCommand : CliCommand
{
    private static readonly string[] DefaultPoints =
        ["0.342,1e-7", "0.342,2.783e-7", "0.342,7.743e-7", "0.342,2.154e-6", "0.342,1e-5", "0.616,2.783e-7", "0.616,1.292e-6", "0.616,2.154e-6", "1.11,4.642e-7"];

    private readonly Option<string[]> _points = new("--point")
    {
        Description = "Grid point m_N,mu_tr (GeV, GeV^-1; d = mu_tr/2), repeatable (default: nine points of their grid).",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string> _step = new Option<string>("--step")
    {
        Description = "Which step: asis (their pipeline, flaw included), survival, width, volume, darksector, or all (default).",
        DefaultValueFactory = _ => "all",
    }.AcceptOnlyFromAmong([.. Liu2025Options.Steps.Select(s => s.Id), "all"]);

    private readonly Option<string?> _plot = new("--plot")
    {
        Description = "Also write an SVG of the exclusion contours (e+e- FHC signal = their threshold) on their 10 x 10 grid: published, flaw reproduced (asis), DarkSector (darksector), with the MiniBooNE region. About 200 pipeline evaluations.",
    };

    public override string Path => "recast t2k-liu2025";

    public override string Description =>
        "Liu-Kamp-Arguelles 2025 ND280 dipole counts: their pipeline (no survival factor, DarkNews width, their cuts and efficiency) and the flaw removed one switch at a time.";

    protected override void Configure(Command command)
    {
        command.Options.Add(_points);
        command.Options.Add(_step);
        command.Options.Add(_plot);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var points = (parse.GetValue(_points) is { Length: > 0 } given ? given : DefaultPoints).Select(ParsePoint).ToArray();
        string stepId = parse.GetValue(_step)!;
        var steps = Liu2025Options.Steps.Where(s => stepId == "all" || s.Id == stepId).ToArray();
        var published = Liu2025PublishedCounts.Embedded;
        var pipeline = Liu2025Pipeline.Embedded;
        double scale = Liu2025Pipeline.FhcDataPot / Liu2025Pipeline.TheirMonteCarloPot;
        var rows = new List<Row>();
        foreach (var (m, muTr) in points)
        {
            int index = published.Nearest(m, muTr);
            var (pm, pmu) = published.Point(index);
            bool exact = Math.Abs(pm / m - 1) < 2e-3 && Math.Abs(pmu / muTr - 1) < 2e-3;
            double[]? theirs = exact ? [.. Enumerable.Range(1, 3).Select(t => published.Count(index, t) ?? double.NaN)] : null;
            foreach (var (id, _, options) in steps)
            {
                var counts = pipeline.Counts(m, DipoleConvention.DFromMuTr(muTr), options);
                rows.Add(new Row(m, muTr, DipoleConvention.DFromMuTr(muTr), id, [.. counts.PhotonCountsPerTpc], counts.PhotonTotal,
                    theirs, theirs?.Sum(), counts.PairTotal * scale));
            }
        }
        double threshold = Liu2025Pipeline.TheirSignalThreshold();
        if (parse.GetValue(_plot) is string plotPath)
        {
            using var progress = CliProgress.Start(context, "recast t2k-liu2025 --plot", 100);
            Liu2025RecastPlot.Save(plotPath, threshold, () => progress.Advance());
        }
        if (context.Json)
        {
            context.WriteJson(new { threshold, rows });
            return ExitCodes.Success;
        }
        var grid = new Table().AddColumns("m_N [[GeV]]", "mu_tr [[GeV^-1]]", "step", "TPC1", "TPC2", "TPC3", "total", "published", "ratio", "e+e- FHC 12.34e20");
        foreach (var r in rows)
            grid.AddRow(F(r.MassGeV), F(r.MuTrGeVm1), r.Step, F(r.Tpc[0]), F(r.Tpc[1]), F(r.Tpc[2]), F(r.Total),
                r.PublishedTotal is double p ? F(p) : "-", r.PublishedTotal is double q && q > 0 ? F(r.Total / q) : "-", F(r.EeFhc));
        context.Console.Write(grid);
        context.Console.WriteLine($"Counts: N -> nu gamma in the fiducial boxes at 3.6e21 POT (their csv). Their limit: e+e- (FHC) > {threshold:G4} events (b = 0.563, 95% CL).");
        return ExitCodes.Success;

        static string F(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
    }

    private static (double Mass, double MuTr) ParsePoint(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double m)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double mu)
            || !(m > 0) || !(mu > 0))
            throw new ArgumentException($"--point: '{text}' is not m_N,mu_tr with both > 0 (GeV, GeV^-1)");
        return (m, mu);
    }

    private sealed record Row(double MassGeV, double MuTrGeVm1, double DGeVm1, string Step, double[] Tpc, double Total,
        double[]? Published, double? PublishedTotal, double EeFhc);
}
