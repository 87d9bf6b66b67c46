using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Vegas;
using static System.FormattableString;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>Runs a generation for a built model point through the library (<see cref="GenerationJob"/>), with progress,
/// and prints the summary (<see cref="GenerationReport"/>) or, for one shard, where its part went.</summary>
internal static class GenerateRunner
{
    public static int Run(CliContext context, GenerationSettings settings, GenerationModel model, string modelDescription, int neutrinoPdg = 14)
    {
        model = GenerationCliOptions.Naming("--processes", () => GenerationModels.Restrict(model, settings.Processes));
        var options = new GenerationOptions { Vegas = settings.Vegas, Events = settings.Events, Model = modelDescription, NeutrinoPdgCode = neutrinoPdg };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        GenerationJobResult job;
        using (var progress = CliProgress.Start(context, "generate (VEGAS iterations)", settings.Vegas.WarmupIterations + settings.Vegas.Iterations))
            job = GenerationJob.Run(new EventGenerator(settings.Flux, model), options, settings.OutPath, settings.Request, settings.Shard, settings.Resume,
                progress.Per<VegasIteration>(), progress.AddTotal, () => progress.Advance());
        if (job.Result is not { } result)
        {
            if (context.Json)
                context.WriteJson(new { part = job.PartPath, shard = settings.Shard.ToString(), batches = job.Batches, totalBatches = job.TotalBatches, fingerprint = settings.Request!.Fingerprint, seconds = clock.Elapsed.TotalSeconds });
            else context.Out.WriteLine(Invariant($"shard {settings.Shard}: {job.Batches} of {job.TotalBatches} event batches, {clock.Elapsed.TotalSeconds:0.#} s; written {job.PartPath} (join the parts with darksector merge)"));
            return ExitCodes.Success;
        }
        if (result.Events.Count == 0)
            throw new DarkSectorException(Invariant($"no events with nonzero weight: the flux ({settings.Flux.MinEnergyGeV}-{settings.Flux.MaxEnergyGeV} GeV) lies below the production threshold of m_N = {model.HnlMassGeV} GeV, or the production couplings are zero"));
        int code = Finish(context, result, settings.Vegas.Seed, settings.Unweight, settings.OutPath);
        if (settings.Resume) File.Delete(Shard.Whole.PartPath(settings.OutPath!));   // complete: the checkpoint is no longer needed
        return code;
    }

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

    private static int Finish(CliContext context, GenerationResult result, ulong seed, bool unweight, string? outPath)
    {
        var (events, efficiency) = GenerationJob.Write(result, seed, unweight, outPath, context.Provenance.Metadata());
        return context.Report(GenerationReport.Of(result, events.Count, efficiency, seed, outPath, unweight));
    }
}
