using DarkSector.Reporting.Limits;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector limit &lt;experiment&gt; &lt;family&gt; &lt;model options&gt; --param ctau0-cm [--min --max --points]
/// [--cl CL] [--events N] [--seed S] [--data observed|asimov] [--json]</c>: the excluded interval(s) of c τ₀ with all else
/// fixed, an adapter over <see cref="LifetimeLimit"/> (one simulation, exact lifetime reweighting, 1 dof).
/// </summary>
/// <remarks>With <c>--data asimov</c> the data are the expected background (<see cref="DataSet.Asimov"/>): the expected
/// exclusion. Output: <see cref="LimitReport"/>.</remarks>
internal sealed class LimitCommand() : CliCommand("limit",
    "Excluded range of one parameter (c tau0 through |V_N|^2) with the rest of the model fixed.")
{
    private readonly AnalysisOptions _a = new("Experiment id, e.g. t2k-nd280.", "Generated events per grid point (>= 100).", 20_000, "Random seed.", "the expected exclusion");

    private readonly Argument<string> _family = new Argument<string>("family") { Description = "Model family: dark-photon or dipole (their model options are listed below)." }
        .AcceptOnlyFromAmong(FamilySignal.Families);

    private readonly Option<string> _param = new Option<string>("--param") { Description = "Parameter to scan: ctau0-cm.", Required = true }
        .AcceptOnlyFromAmong("ctau0-cm");

    private readonly Option<double> _min = new("--min") { Description = "Smallest c tau0 in cm.", DefaultValueFactory = _ => 1e-2 };

    private readonly Option<double> _max = new("--max") { Description = "Largest c tau0 in cm.", DefaultValueFactory = _ => 1e7 };

    private readonly Option<int> _points = new("--points") { Description = "Grid points, log-spaced (2 to 1000).", DefaultValueFactory = _ => 200 };

    private readonly Option<double?> _cl = CommonOptions.Cl();

    /// <inheritdoc />
    public override string? HelpSection => Reporting.Reports.ModelOptionsHelp.ModelOptions();

    protected override void Configure(Command command)
    {
        _a.AddTo(command, _family, _param, _min, _max, _points, _a.Analysis, _cl, _a.Events, _a.Seed, _a.Data!);
        command.TreatUnmatchedTokensAsErrors = false;   // the family's model options, parsed in Execute
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        double? requestedCl = parse.GetValue(_cl);
        int points = parse.GetValue(_points);
        double min = parse.GetValue(_min), max = parse.GetValue(_max);
        LifetimeLimit.CheckGrid(min, max, points, requestedCl);   // before the simulation
        var setup = _a.Setup(parse);
        var signal = FamilySignal.Parse(parse.GetValue(_family)!, parse.UnmatchedTokens, setup.Analysis);
        Sampling.Reweighting.ReweightingEvents sample;
        using (var progress = CliProgress.Start(context, $"limit {setup.Experiment.Info.Id}", 1))
        {
            sample = setup.Sample(signal);
            progress.Advance();
        }
        var report = LimitReport.Of(setup, signal, LifetimeLimit.Scan(setup, sample, min, max, points, requestedCl ?? setup.Experiment.Defaults.ConfidenceLevel));
        return context.Report(report.ToJson(), report.WriteText);
    }
}
