using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Generation;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>The end of a generation, single or merged: unweighting and the event file (<see cref="GenerationJob.Write"/>),
/// then the summary (<see cref="GenerationReport"/>).</summary>
internal static class GenerateRunner
{
    /// <summary>Writes the events of a merged sharded generation to <paramref name="outPath"/> as the single run writes them
    /// (--seed and --unweight from the parts' command line) and prints the summary.</summary>
    internal static int WriteMerged(JobRequest request, string outPath, IReadOnlyList<byte[]> units, CliContext context)
    {
        GenerationCliOptions.Naming("--out", () => Sampling.IO.EventFiles.FormatOf(outPath));
        OutputPaths.Check("--out", outPath);
        var options = new GenerationCliOptions();
        var command = new System.CommandLine.Command("generate") { TreatUnmatchedTokensAsErrors = false };
        options.AddTo(command);
        var parse = new System.CommandLine.RootCommand { command }.Parse(["generate", .. request.Arguments]);
        if (parse.Errors.Count > 0) throw new ArgumentException($"the parts' generate arguments do not parse: {parse.Errors[0].Message}");
        var result = GenerationShards.Merge(units);
        if (result.Events.Count == 0) throw new DarkSectorException("the merged generation has no event with nonzero weight");
        return Finish(context, result, parse.GetValue(options.Seed), parse.GetValue(options.Unweight), outPath);
    }

    /// <summary>Unweights if asked, writes the events (with the run's provenance) and prints the summary.</summary>
    internal static int Finish(CliContext context, GenerationResult result, ulong seed, bool unweight, string? outPath)
    {
        var (events, efficiency) = GenerationJob.Write(result, seed, unweight, outPath, context.Provenance.Metadata());
        return context.Report(GenerationReport.Of(result, events.Count, efficiency, seed, outPath, unweight));
    }
}
