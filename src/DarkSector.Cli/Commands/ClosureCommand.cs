using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Inference;
using System.CommandLine;
using System.Globalization;
using System.Text;
using DarkSector.Reporting.Reweighting;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Plotting;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector closure SAMPLE.dsev --points N [--events M] [--seed S] [--bandwidth H] [--out FILE.json]
/// [--plot FILE.svg] [--json]</c>: checks a joint sample against dedicated simulations (issue 27): at N random points of
/// the sample's box, the kernel prediction <c>scan --sample</c> makes (<see cref="JointSamplePrediction"/>: local-linear,
/// cross-validated half-widths unless --bandwidth) against a simulation of M events at the point, both at the sample's
/// reference couplings (<see cref="Closure"/>).
/// </summary>
/// <remarks>Output: <see cref="ClosureRunReport"/>, JSON to --out (atomic) and to stdout with --json; --plot draws the pulls
/// against the first axis with the ±2 band.</remarks>
internal sealed class ClosureCommand : CliCommand
{
    private readonly Experiments.PluginFolderOption _plugins = new();

    private readonly Argument<string> _sample = new("sample") { Description = "Joint sample file (.dsev) written by darksector sample." };

    private readonly Option<int> _points = new("--points") { Description = "Number of random points in the sample's box (1 to 10000).", Required = true };

    private readonly Option<int> _events = new("--events") { Description = "Events of each dedicated simulation (>= 100).", DefaultValueFactory = _ => 20_000 };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Seed of the points and of the dedicated simulations.", DefaultValueFactory = _ => 1UL };

    private readonly Option<double?> _bandwidth = new("--bandwidth") { Description = "Kernel half-width in decades (default: leave-one-mass-point-out cross-validation)." };

    private readonly Option<string?> _out = new("--out") { Description = "Write the JSON report to this file (.json)." };

    private readonly Option<string?> _plot = new("--plot") { Description = "Plot of the pulls (.svg, .pdf or .png)." };

    public override string Path => "closure";

    public override string Description => "Check a joint sample's kernel predictions against dedicated simulations at random points (bias, pulls, coverage).";

    protected override void Configure(Command command)
    {
        _plugins.AddTo(command);
        command.Arguments.Add(_sample);
        foreach (Option option in new Option[] { _points, _events, _seed, _bandwidth, _out, _plot }) command.Options.Add(option);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        OutputPaths.Check("--out", parse.GetValue(_out), ".json");
        OutputPaths.Check("--plot", parse.GetValue(_plot), FigureFile.Extensions);
        int points = Checks.InRange("--points", parse.GetValue(_points), 1, 10_000);
        string path = parse.GetValue(_sample)!;
        int events = Checks.Events(parse.GetValue(_events));
        var sample = JointSamplePrediction.Read(path, "sample");
        var m = sample.Metadata;
        var family = ModelFamilies.Get(m.Family);
        var signal = AnalysisInference.For(_plugins.Discover(parse).Get(m.ExperimentId), m.AnalysisId,
            new SimulationOptions { Events = events, Seed = parse.GetValue(_seed) });
        var joint = new JointSamplePrediction(sample, family, signal, parse.GetValue(_bandwidth), path);
        var (_, modelAt) = JointSamplePrediction.Plan(signal, family, m.Axes, m.FixedParameters, m.PointCount, m.Seed);
        ClosureReport result;
        using (var progress = CliProgress.Start(context, $"closure {m.ExperimentId}", points))
            result = Closure.Run(joint.Reweighter, m, signal.Experiment, signal.Analysis, modelAt, points, signal.Options,
                (mu, w2) => signal.MinusTwoLnL(mu, w2), () => progress.Advance());
        var report = new ClosureRunReport
        {
            SamplePath = path, Joint = joint, Report = result, Events = signal.Options.Events, Seed = signal.Options.Seed,
            Seconds = clock.Elapsed.TotalSeconds, CpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,
        };
        string json = context.Serialize(report.ToJson());
        // Render every output first, then write them: all or none.
        var files = new List<(string Path, byte[] Bytes)>();
        if (parse.GetValue(_out) is string outPath) files.Add((outPath, new UTF8Encoding(false).GetBytes(json)));
        if (parse.GetValue(_plot) is string plotPath) files.Add((plotPath, FigureFile.Render([report.PullPlot()], 1, null, FigureFile.FormatOf(plotPath))));
        foreach (var (file, bytes) in files) AtomicFile.Write(file, stream => stream.Write(bytes));
        if (context.Json) context.Out.WriteLine(json);
        else report.WriteText(context.Out);
        return 0;
    }
}
