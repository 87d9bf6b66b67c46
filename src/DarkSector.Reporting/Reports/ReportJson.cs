using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace DarkSector.Reporting.Reports;

/// <summary>The JSON conventions of every report the tool writes: camelCase keys, indented, NaN and ∞ as named literals,
/// null values left out.</summary>
public static class ReportJson
{
    /// <summary>The serializer options of the reports.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary><paramref name="value"/> as a JSON node under <see cref="Options"/>.</summary>
    /// <param name="value">An object (typically anonymous) whose properties are the report's keys, in order.</param>
    public static JsonNode Node(object value) => JsonSerializer.SerializeToNode(value, Options) ?? throw new ArgumentException("null report", nameof(value));

    /// <summary><paramref name="value"/> as a JSON object under <see cref="Options"/>.</summary>
    /// <param name="value">An object whose properties are the report's keys, in order.</param>
    public static JsonObject Object(object value) => Node(value).AsObject();

    /// <summary>A breakdown as JSON: key → {value, mcError}.</summary>
    /// <param name="split">The breakdown.</param>
    public static Dictionary<string, object> Estimates(IReadOnlyDictionary<string, Sampling.Simulation.EventEstimate> split)
    {
        ArgumentNullException.ThrowIfNull(split);
        return split.ToDictionary(kv => kv.Key, kv => (object)new { value = kv.Value.Value, mcError = kv.Value.McError }, StringComparer.Ordinal);
    }
}
