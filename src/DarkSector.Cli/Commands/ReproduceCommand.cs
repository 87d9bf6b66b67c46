using System.CommandLine;
using System.Text.Json;
using DarkSector.Cli.Commands.Reproduce;
using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector reproduce [figure] [--out-dir DIR] [--events N] [--formats svg,pdf,png] [--list] [--json]</c>: recomputes a
/// published limit with <c>scan</c> from the embedded data and the published model slice, writing <c>DIR/figure.json</c>,
/// <c>DIR/figure.parquet</c> (the grid) and the figure in each format (default <c>DIR/figure.svg</c>), and prints where
/// the excluded region's lower edge lies at each mass.
/// </summary>
/// <remarks>The figures and their scan arguments: <see cref="PublishedFigures"/>. With --json the scan's JSON is printed.</remarks>
internal sealed class ReproduceCommand : CliCommand
{
    private readonly Argument<string> _figure = new("figure")
    {
        Description = "Figure id (see --list).",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => PublishedFigures.All[0].Id,
    };

    private readonly Option<string> _outDir = new("--out-dir") { Description = "Folder for figure.json, figure.parquet and the figure files.", DefaultValueFactory = _ => "." };

    private readonly Option<string> _formats = new("--formats") { Description = "Figure formats, comma-separated: svg, pdf, png.", DefaultValueFactory = _ => "svg" };

    private readonly Option<int?> _events = new("--events") { Description = "Override the figure's events per simulation (>= 100)." };

    private readonly Option<bool> _list = new("--list") { Description = "List the figures and exit." };

    public override string Path => "reproduce";

    public override string Description => "Recompute a published limit (default: the T2K ND280 heavy-mediator plane) as JSON, Parquet and a figure (SVG, PDF, PNG).";

    protected override void Configure(Command command)
    {
        command.Arguments.Add(_figure);
        foreach (Option option in new Option[] { _outDir, _events, _formats, _list }) command.Options.Add(option);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        if (parse.GetValue(_list))
        {
            if (context.Json) context.WriteJson(PublishedFigures.All.Select(f => new { id = f.Id, source = f.Source, description = f.Description }));
            else
                foreach (var f in PublishedFigures.All)
                    context.Out.WriteLine($"{f.Id,-18} {f.Description}\n{"",-18} {f.Source}");
            return 0;
        }
        var figure = PublishedFigures.Get(parse.GetValue(_figure)!);
        var formats = parse.GetValue(_formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        foreach (string format in formats)
            if (!Plotting.FigureFile.Extensions.Contains("." + format))
                throw new ArgumentException($"--formats: '{format}' is not a figure format; formats: svg, pdf, png");
        if (formats.Length == 0) throw new ArgumentException("--formats: give at least one of svg, pdf, png");
        string folder = parse.GetValue(_outDir)!;
        OutputPaths.EnsureFolder("--out-dir", folder);
        string json = System.IO.Path.Combine(folder, figure.Id + ".json"), parquet = System.IO.Path.Combine(folder, figure.Id + ".parquet");
        var plots = formats.Select(f => System.IO.Path.Combine(folder, figure.Id + "." + f)).ToArray();
        var args = new List<string> { "scan" };
        args.AddRange(figure.ScanArguments);
        if (parse.GetValue(_events) is int events)
        {
            int at = args.IndexOf("--events");
            if (at >= 0) args.RemoveRange(at, 2);
            args.AddRange(["--events", events.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        args.AddRange(["--out", json, "--out", parquet]);
        foreach (string plot in plots) args.AddRange(["--plot", plot]);
        if (context.Json) args.Add("--json");
        if (context.Quiet) args.Add("--quiet");
        else context.Out.WriteLine($"{figure.Description}\nsource: {figure.Source}");
        int code = CliApplication.Run([.. args], context.Out, context.Error);
        if (code != 0 || context.Json) return code;

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        var x = root.GetProperty("x").GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var y = root.GetProperty("y").GetProperty("values").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var delta = root.GetProperty("delta").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        double threshold = root.GetProperty("threshold").GetDouble();
        context.Out.WriteLine($"lowest excluded {root.GetProperty("y").GetProperty("name").GetString()} per {root.GetProperty("x").GetProperty("name").GetString()} (grid resolution):");
        for (int i = 0; i < x.Length; i++)
        {
            int j = Enumerable.Range(0, y.Length).FirstOrDefault(k => delta[k * x.Length + i] >= threshold, -1);
            context.Out.WriteLine(j < 0 ? $"  {x[i]:G4}: none" : $"  {x[i]:G4}: {y[j]:G3}");
        }
        context.Out.WriteLine($"written {string.Join(", ", new[] { json, parquet }.Concat(plots))}");
        return 0;
    }
}
