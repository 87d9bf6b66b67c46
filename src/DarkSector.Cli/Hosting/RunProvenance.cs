using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;

namespace DarkSector.Cli.Hosting;

/// <summary>What makes an output self-describing: the schema version of DarkSector's JSON and Parquet outputs, the tool
/// and its version, and the full command line that produced it.</summary>
/// <param name="CommandLine">The command line as typed, "darksector scan ...", arguments quoted where needed.</param>
internal sealed record RunProvenance(string CommandLine)
{
    /// <summary>Version of the output layout; raised when a key changes meaning (keys are only ever added).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The tool's name.</summary>
    public const string Tool = "darksector";

    /// <summary>The provenance of the command <paramref name="parse"/> describes.</summary>
    public static RunProvenance Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new RunProvenance(string.Join(' ', new[] { Tool }.Concat(parse.Tokens.Select(t => Quote(t.Value)))));
    }

    /// <summary>Adds schemaVersion, tool, toolVersion and commandLine to <paramref name="json"/> (keys already present are kept).</summary>
    public JsonObject AddTo(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.TryAdd("schemaVersion", SchemaVersion);
        json.TryAdd("tool", Tool);
        json.TryAdd("toolVersion", VersionAction.Version);
        json.TryAdd("commandLine", CommandLine);
        return json;
    }

    /// <summary>The same fields as Parquet file metadata (snake_case keys), with <paramref name="extra"/> pairs.</summary>
    public Dictionary<string, string> Metadata(params IEnumerable<(string Key, string Value)> extra)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["schema_version"] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
            ["tool"] = Tool,
            ["tool_version"] = VersionAction.Version,
            ["command_line"] = CommandLine,
        };
        foreach (var (key, value) in extra) metadata[key] = value;
        return metadata;
    }

    private static string Quote(string token) =>
        token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || "-_.,:=/+@%".Contains(c)) ? token : $"'{token.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
