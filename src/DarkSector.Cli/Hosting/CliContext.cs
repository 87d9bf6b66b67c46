using System.Text.Json;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;
using Spectre.Console;

namespace DarkSector.Cli.Hosting;

/// <summary>Where a command writes: stdout, stderr, whether JSON output was requested, and the command's provenance
/// (added to every JSON object written, <see cref="RunProvenance"/>).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Json = false)
{
    /// <summary>Whether progress display is off (<c>--quiet</c>).</summary>
    public bool Quiet { get; init; }

    /// <summary>The parts' request and every work unit's payload when the command runs as the merge of its sharded parts
    /// (<see cref="CliCommand.Merge"/>), else null.</summary>
    public (JobRequest Request, IReadOnlyList<byte[]> Units)? Merged { get; init; }

    /// <summary>The command line and tool version of the running command.</summary>
    public RunProvenance Provenance { get; init; } = new(RunProvenance.Tool);

    /// <summary>Writes <paramref name="value"/> as indented JSON with camelCase keys to stdout (an object with the provenance keys).</summary>
    public void WriteJson<T>(T value) => Out.WriteLine(Serialize(value));

    /// <summary>The JSON text of <paramref name="value"/>'s runtime type (camelCase keys, indented; an object with the provenance keys).</summary>
    public string Serialize<T>(T value)
    {
        var node = JsonSerializer.SerializeToNode(value, value?.GetType() ?? typeof(T), ReportJson.Options);
        if (node is System.Text.Json.Nodes.JsonObject json) Provenance.AddTo(json);
        return node?.ToJsonString(ReportJson.Options) ?? "null";
    }

    /// <summary>Writes a library report: <paramref name="json"/> (with the provenance keys) with <c>--json</c>, else <paramref name="text"/>.</summary>
    public int Report(System.Text.Json.Nodes.JsonNode json, Action<TextWriter> text)
    {
        if (Json) WriteJson(json);
        else text(Out);
        return ExitCodes.Success;
    }

    /// <summary>Writes a report: its JSON with <c>--json</c>, else its text (lines as they are, tables drawn by Spectre).</summary>
    public int Report(ITextReport report)
    {
        if (Json)
        {
            WriteJson(report);
            return ExitCodes.Success;
        }
        foreach (var block in report.Text())
        {
            if (block is ReportLine line) Out.WriteLine(line.Text);
            else if (block is ReportTable t)
            {
                var table = new Table();
                foreach (string header in t.Headers) table.AddColumn(t.RightAligned ? new TableColumn(new Text(header)).RightAligned() : new TableColumn(new Text(header)));
                foreach (var row in t.Rows) table.AddRow(row.Select(c => new Text(c)));
                Console.Write(table);
            }
        }
        return ExitCodes.Success;
    }

    /// <summary>A Spectre console on stdout: colours and the terminal's width on a terminal; plain text 200 wide when redirected.</summary>
    private IAnsiConsole Console
    {
        get
        {
            bool interactive = ReferenceEquals(Out, System.Console.Out) && !System.Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(Out),
                Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            });
            if (!interactive) console.Profile.Width = 200;
            return console;
        }
    }
}
