using DarkSector.Reporting.Validation;
using DarkSector.Sampling.Validation;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector validate [--experiment ID] [--quick] [--json] [--report FILE.md]</c>: computes every validation row the
/// core declares for the model quantities and the discovered plugins declare (<see cref="ValidationRows"/>) and prints
/// quantity, published value, ours ± MC error, ratio and verdict (rules: <see cref="ValidationRow"/>); exit code 0 when every row agrees or is explained, 1 otherwise.
/// </summary>
/// <remarks>Output: <see cref="ValidationReport"/>; --report writes its Markdown table atomically.</remarks>
internal sealed class ValidateCommand() : CliCommand("validate",
    "Reproduce the published numbers under the publications' assumptions; explain every difference.")
{
    private readonly PluginFolderOption _plugins = new();

    private readonly Option<string?> _experiment = new("--experiment") { Description = "Only the rows of this experiment id (core: the model quantities)." };

    private readonly Option<bool> _quick = new("--quick") { Description = "Small samples (2e4 events per simulation) for CI; MC errors widen the tolerances." };

    private readonly Option<string?> _report = new("--report") { Description = "Write the rows as a Markdown table to this file." };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };

    protected override void Configure(Command command)
    {
        foreach (Option option in new Option[] { _experiment, _quick, _report, _seed }) command.Options.Add(option);
        _plugins.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        OutputPaths.Check("--report", parse.GetValue(_report), ".md");
        var rows = ValidationRows.Of(_plugins.Discover(parse), parse.GetValue(_experiment));
        var settings = new ValidationSettings(parse.GetValue(_quick), parse.GetValue(_seed));
        var report = new ValidationReport(Validator.Run(rows, settings, new RateCommand.SynchronousProgress(context)), settings);
        if (parse.GetValue(_report) is string path) OutputFiles.WriteText(path, report.Markdown());
        context.Report(report.ToJson(), report.WriteText);
        return report.AnyDiffers ? 1 : 0;
    }
}
