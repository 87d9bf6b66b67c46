using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace DarkSector.Reporting.Outputs;

/// <summary>What makes an output self-describing: the schema version of DarkSector's JSON and Parquet outputs, the tool
/// and its version, and the full command line that produced it.</summary>
/// <param name="CommandLine">The command line as typed, "darksector scan ...", arguments quoted where needed.</param>
public sealed record RunProvenance(string CommandLine)
{
    /// <summary>Version of the output layout; raised when a key changes meaning (keys are only ever added).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The tool's name.</summary>
    public const string Tool = "darksector";

    /// <summary>The informational version of the DarkSector.Physics package, e.g. "0.1.0+commit".</summary>
    public static string Version { get; } = typeof(Physics.PhysicalConstants).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Physics.PhysicalConstants).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The provenance of the command line <c>darksector</c> followed by <paramref name="tokens"/> (quoted where needed).</summary>
    /// <param name="tokens">The arguments as parsed.</param>
    public static RunProvenance Of(IEnumerable<string> tokens) => new(string.Join(' ', tokens.Select(Quote).Prepend(Tool)));

    /// <summary>Adds schemaVersion, tool, toolVersion and commandLine to <paramref name="json"/> (keys already present are kept).</summary>
    /// <param name="json">The object to complete.</param>
    public JsonObject AddTo(JsonObject json)
    {
        foreach (var (key, value) in Metadata()) json.TryAdd(JsonKey(key), key == "schema_version" ? JsonValue.Create(SchemaVersion) : JsonValue.Create(value));
        return json;
    }

    /// <summary>The same fields as Parquet file metadata (snake_case keys), with <paramref name="extra"/> pairs.</summary>
    /// <param name="extra">Further key/value pairs.</param>
    public Dictionary<string, string> Metadata(params IEnumerable<(string Key, string Value)> extra)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["schema_version"] = SchemaVersion.ToString(CultureInfo.InvariantCulture), ["tool"] = Tool, ["tool_version"] = Version, ["command_line"] = CommandLine,
        };
        foreach (var (key, value) in extra) metadata[key] = value;
        return metadata;
    }

    private static string JsonKey(string key) => string.Concat(key.Split('_').Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Quote(string token) =>
        token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || "-_.,:=/+@%".Contains(c)) ? token : $"'{token.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
