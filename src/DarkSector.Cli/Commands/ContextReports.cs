using System.Text.Json.Nodes;
using DarkSector.Cli.Hosting;

namespace DarkSector.Cli.Commands;

/// <summary>How an analysis command prints a library report: its JSON (with the provenance keys) under --json, else its text.</summary>
internal static class ContextReports
{
    /// <summary>Prints <paramref name="json"/> or <paramref name="text"/>; returns success.</summary>
    public static int Report(this CliContext context, JsonNode json, Action<TextWriter> text)
    {
        if (context.Json) context.WriteJson(json);
        else text(context.Out);
        return ExitCodes.Success;
    }
}
