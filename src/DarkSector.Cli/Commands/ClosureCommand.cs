using DarkSector.Reporting.Reweighting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector closure SAMPLE.dsev --points N [--events M] [--seed S] [--bandwidth H] [--out FILE.json]
/// [--plot FILE.svg] [--json]</c>: checks a joint sample against dedicated simulations at N random points of its box
/// (<see cref="ClosureRun"/>).
/// </summary>
/// <remarks>Output: <see cref="ClosureRunReport"/>, JSON to --out (atomic) and to stdout with --json; --plot draws the pulls
/// against the first axis with the ±2 band.</remarks>
internal sealed class ClosureCommand() : CliCommand("closure",
    "Check a joint sample's kernel predictions against dedicated simulations at random points (bias, pulls, coverage).")
{
    private readonly Experiments.PluginFolderOption _plugins = new();

    private readonly Argument<string> _sample = new("sample") { Description = "Joint sample file (.dsev) written by darksector sample." };

    private readonly Option<int> _points = new("--points") { Description = "Number of random points in the sample's box (1 to 10000).", Required = true };

    private readonly Option<int> _events = new("--events") { Description = "Events of each dedicated simulation (>= 100).", DefaultValueFactory = _ => 20_000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Seed of the points and of the dedicated simulations.", DefaultValueFactory = _ => 1UL };

    private readonly Option<double?> _bandwidth = new("--bandwidth") { Description = "Kernel half-width in decades (default: leave-one-mass-point-out cross-validation)." };

    private readonly Option<string?> _out = new("--out") { Description = "Write the JSON report to this file (.json)." };

    private readonly Option<string?> _plot = new("--plot") { Description = "Plot of the pulls (.svg, .pdf or .png)." };

    protected override void Configure(Command command)
    {
        _plugins.AddTo(command);
        command.Arguments.Add(_sample);
        foreach (Option option in new Option[] { _points, _events, _seed, _bandwidth, _out, _plot }) command.Options.Add(option);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        OutputPaths.Check("--out", parse.GetValue(_out), ".json");
        OutputPaths.Check("--plot", parse.GetValue(_plot), FigureFile.Extensions);
        int points = (int)Physics.Check.InRange(parse.GetValue(_points), 1, 10_000, "--points");
        var options = new SimulationOptions { Events = Physics.Check.AtLeast(parse.GetValue(_events), 100, "--events"), Seed = parse.GetValue(_seed) };
        ClosureRunReport report;
        using (var progress = CliProgress.Start(context, $"closure {System.IO.Path.GetFileName(parse.GetValue(_sample))}", points))
            report = ClosureRun.Run(parse.GetValue(_sample)!, _plugins.Discover(parse), points, options, parse.GetValue(_bandwidth), () => progress.Advance());
        string json = context.Serialize(report.ToJson());
        OutputFiles.Write(report.Files(json, parse.GetValue(_out), parse.GetValue(_plot)));
        if (context.Json) context.Out.WriteLine(json);
        else report.WriteText(context.Out);
        return 0;
    }
}
