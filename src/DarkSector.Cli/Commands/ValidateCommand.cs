using System.CommandLine;
using System.Globalization;
using System.Text;
using DarkSector.Cli.Commands.Experiments;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Validation;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector validate [--experiment ID] [--quick] [--json] [--report FILE.md]</c>: computes every validation row the
/// core declares for the model quantities (<see cref="CoreValidation"/>, experiment id "core") and the discovered plugins
/// declare (<see cref="IValidationSource"/>) and prints quantity, published value, ours ± MC error,
/// ratio and verdict (rules: <see cref="ValidationRow"/>); exit code 0 when every row agrees or is explained, 1 otherwise.
/// </summary>
/// <remarks>JSON: an array of {id, experiment, quantity, published, publishedUncertainty, source, assumptions, tolerance,
/// toleranceReason, value, mcError, baseline, ratio, allowed, verdict, note, knownDifference}. --report writes the
/// Markdown table (<see cref="Markdown"/>) atomically.</remarks>
internal sealed class ValidateCommand : CliCommand
{
    private readonly PluginFolderOption _plugins = new();

    private readonly Option<string?> _experiment = new("--experiment") { Description = "Only the rows of this experiment id (core: the model quantities)." };

    private readonly Option<bool> _quick = new("--quick") { Description = "Small samples (2e4 events per simulation) for CI; MC errors widen the tolerances." };

    private readonly Option<string?> _report = new("--report") { Description = "Write the rows as a Markdown table to this file." };

    private readonly Option<ulong> _seed = new("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1UL };

    public override string Path => "validate";

    public override string Description => "Reproduce the published numbers under the publications' assumptions; explain every difference.";

    protected override void Configure(Command command)
    {
        foreach (Option option in new Option[] { _experiment, _quick, _report, _seed }) command.Options.Add(option);
        _plugins.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        OutputPaths.Check("--report", parse.GetValue(_report), ".md");
        var catalog = _plugins.Discover(parse);
        string? only = parse.GetValue(_experiment);
        if (only is not null && only != CoreValidation.Experiment && !catalog.Ids.Contains(only))
            throw new ArgumentException($"--experiment: unknown experiment '{only}'; known: {CoreValidation.Experiment} (model quantities), {string.Join(", ", catalog.Ids)}");
        // the core's model quantities first, then every plugin's rows
        var rows = (only is null || only == CoreValidation.Experiment ? CoreValidation.Rows : [])
            .Concat(catalog.LoadAll().Where(e => only is null || e.Info.Id == only).OfType<IValidationSource>().SelectMany(s => s.ValidationRows)).ToArray();
        var settings = new ValidationSettings(parse.GetValue(_quick), parse.GetValue(_seed));
        var outcomes = Validator.Run(rows, settings, new RateCommand.SynchronousProgress(context));
        if (parse.GetValue(_report) is string path)
        {
            string text = Markdown(outcomes, settings);
            AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
        }
        if (context.Json)
            context.WriteJson(outcomes.Select(o => new
            {
                id = o.Row.Id, experiment = o.Row.Experiment, quantity = o.Row.Quantity, published = o.Row.Published,
                publishedUncertainty = o.Row.PublishedUncertainty, source = o.Row.Source, assumptions = o.Row.Assumptions,
                tolerance = o.Row.RelativeTolerance, toleranceReason = o.Row.ToleranceReason, value = o.Ours.Value, mcError = o.Ours.McError,
                baseline = o.Ours.Baseline, ratio = o.Ratio, allowed = o.Allowed, verdict = Verdict(o.Verdict), note = o.Ours.Note,
                knownDifference = o.Row.KnownDifference,
            }).ToArray());
        else
        {
            foreach (var o in outcomes)
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Verdict(o.Verdict),-9} {o.Row.Id,-42} published {o.Row.Published,10:0.###e+00}  ours {o.Ours.Value,10:0.###e+00} +- {o.Ours.McError:0.##e+00}  ratio {o.Ratio:0.###} (allowed +-{o.Allowed:0.###})"));
            context.Out.WriteLine($"{outcomes.Count(o => o.Verdict == ValidationVerdict.Agrees)} agree, {outcomes.Count(o => o.Verdict == ValidationVerdict.Explained)} explained, {outcomes.Count(o => o.Verdict == ValidationVerdict.Differs)} differ");
        }
        return outcomes.Any(o => o.Verdict == ValidationVerdict.Differs) ? 1 : 0;
    }

    private static string Verdict(ValidationVerdict verdict) => verdict switch
    {
        ValidationVerdict.Agrees => "agrees",
        ValidationVerdict.Explained => "explained",
        _ => "DIFFERS",
    };

    /// <summary>The rows as a Markdown table, then each row's assumptions, tolerance reason and note.</summary>
    internal static string Markdown(IReadOnlyList<ValidationOutcome> outcomes, ValidationSettings settings)
    {
        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine(inv, $"Generated by `darksector validate{(settings.Quick ? " --quick" : "")} --seed {settings.Seed}` ({settings.Events} events per simulation).");
        b.AppendLine();
        b.AppendLine("| row | quantity | published | source | ours ± MC | ratio | allowed | verdict |");
        b.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var o in outcomes)
            b.AppendLine(inv, $"| {Cell(o.Row.Id)} | {Cell(o.Row.Quantity)} | {o.Row.Published:0.###e+00} ± {o.Row.PublishedUncertainty:0.#e+00} | {Cell(o.Row.Source)} | {o.Ours.Value:0.###e+00} ± {o.Ours.McError:0.#e+00} | {o.Ratio:0.###} | ±{o.Allowed:0.###} | {Verdict(o.Verdict)} |");
        b.AppendLine();
        b.AppendLine("Assumptions, tolerances and notes per row:");
        b.AppendLine();
        foreach (var o in outcomes)
        {
            b.AppendLine(inv, $"- **{o.Row.Id}**: assumptions: {o.Row.Assumptions}. Tolerance {o.Row.RelativeTolerance:0.###} ({o.Row.ToleranceReason}).");
            if (o.Ours.Baseline is double baseline)
                b.AppendLine(inv, $"  Under the source's assumptions: {baseline:0.###e+00} ± {o.Ours.BaselineMcError:0.#e+00} (ratio {baseline / o.Row.Published:0.###}).");
            if (o.Ours.Note.Length > 0) b.AppendLine(inv, $"  {o.Ours.Note}.");
            if (o.Row.KnownDifference is string known) b.AppendLine(inv, $"  Known difference: {known}.");
        }
        return b.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
