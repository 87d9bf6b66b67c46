using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace DarkSector.Cli.Hosting;

/// <summary>Where a command writes: stdout, stderr, and whether JSON output was requested.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Json = false)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The same context with the JSON flag set.</summary>
    public CliContext WithJson(bool json) => this with { Json = json };

    /// <summary>Writes <paramref name="value"/> as indented JSON with camelCase keys to stdout.</summary>
    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>A Spectre console that renders to stdout (tables, rules) without colours when redirected.</summary>
    public IAnsiConsole Console => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
    });
}
