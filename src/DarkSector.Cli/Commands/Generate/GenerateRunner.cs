using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>Runs a generation for a built model point, shows progress, writes the events and prints the summary.</summary>
internal static class GenerateRunner
{
    /// <summary>The JSON summary (keys fixed by the issue: integral, integralError, chi2PerDof, events, unweightingEfficiency).</summary>
    internal sealed record Summary(
        double Integral, double IntegralError, double Chi2PerDof, int Events, double UnweightingEfficiency,
        double VegasIntegral, double VegasError, ulong Seed, string? Out, bool Unweighted)
    {
        /// <summary>Units of the numbers (the integral is Σ weights: cm² per target nucleus per POT).</summary>
        public IReadOnlyDictionary<string, string> Units { get; } = new Dictionary<string, string>
        {
            ["integral"] = "cm^2 per target per POT",
            ["integralError"] = "cm^2 per target per POT",
            ["vegasIntegral"] = "cm^2 per target per POT",
            ["vegasError"] = "cm^2 per target per POT",
            ["unweightingEfficiency"] = "",
        };
    }

    /// <summary>Output format by file extension.</summary>
    /// <exception cref="ArgumentException">Unknown extension.</exception>
    internal static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".hepmc" or ".hepmc3" => "hepmc",
        ".dsev" => "dsev",
        ".parquet" => "parquet",
        var other => throw new ArgumentException($"--out '{path}': unknown extension '{other}'; use .csv, .hepmc, .dsev or .parquet"),
    };

    public static int Run(CliContext context, GenerationSettings settings, GenerationModel model, string modelDescription, int neutrinoPdg = 14)
    {
        model = GenerationCliOptions.Naming("--processes", () => GenerationModels.Restrict(model, settings.Processes));
        var generator = new EventGenerator(settings.Flux, model);
        var options = new GenerationOptions { Vegas = settings.Vegas, Events = settings.Events, Model = modelDescription, NeutrinoPdgCode = neutrinoPdg };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        GenerationResult result;
        int total = settings.Vegas.WarmupIterations + settings.Vegas.Iterations;
        using (var progress = CliProgress.Start(context, "generate (VEGAS iterations)", total))
        {
            if (settings.Shard is null && !settings.Resume) result = generator.Generate(options, new Progress(progress));
            else
            {
                // The batches of VEGAS's sampling pass are the work units: every shard adapts identically, then draws its batches.
                var pass = generator.Plan(options, new Progress(progress));
                var shard = settings.Shard ?? Shard.Whole;
                string partPath = shard.PartPath(settings.OutPath!);
                var start = ShardPartFile.OpenCheckpoint(partPath, settings.Request!, shard, pass.BatchCount, settings.Resume);
                progress.AddTotal(start.OwnedCount - start.Units.Count);
                var part = GenerationShards.Run(pass, start, p => ShardPartFile.Write(p, partPath), () => progress.Advance());
                if (settings.Shard is Shard s)
                {
                    if (context.Json)
                        context.WriteJson(new { part = partPath, shard = s.ToString(), batches = part.Units.Count, totalBatches = pass.BatchCount, fingerprint = settings.Request!.Fingerprint, seconds = clock.Elapsed.TotalSeconds });
                    else context.Out.WriteLine($"shard {s}: {part.Units.Count} of {pass.BatchCount} event batches, {clock.Elapsed.TotalSeconds:0.#} s; written {partPath} (join the parts with darksector merge)");
                    return ExitCodes.Success;
                }
                result = GenerationShards.Merge([.. part.Units.Values]);
            }
        }
        if (result.Events.Count == 0)
            throw new DarkSector.Physics.DarkSectorException(
                $"no events with nonzero weight: the flux ({settings.Flux.MinEnergyGeV}-{settings.Flux.MaxEnergyGeV} GeV) lies below the production threshold of m_N = {model.HnlMassGeV} GeV, or the production couplings are zero");
        Finish(context, result, settings.Vegas.Seed, settings.Unweight, settings.OutPath);
        if (settings.Resume) File.Delete(Shard.Whole.PartPath(settings.OutPath!));   // complete: the checkpoint is no longer needed
        return ExitCodes.Success;
    }

    /// <summary>Writes the events of a merged sharded generation to <paramref name="outPath"/> exactly as the single run
    /// writes them (unweighting, which needs every event, happens here) and prints the summary.</summary>
    /// <param name="request">The parts' request (kind "generate FAMILY", the generate command's arguments).</param>
    /// <param name="outPath">The --out of the merge.</param>
    /// <param name="units">Every batch's payload, in batch order.</param>
    /// <param name="context">Output writers.</param>
    internal static int WriteMerged(JobRequest request, string outPath, IReadOnlyList<byte[]> units, CliContext context)
    {
        FormatOf(outPath);
        OutputPaths.Check("--out", outPath);
        // --seed and --unweight of the parts' command line (the model options are not needed: the events carry them)
        var options = new GenerationCliOptions();
        var command = new System.CommandLine.Command("generate") { TreatUnmatchedTokensAsErrors = false };
        options.AddTo(command);
        var parse = new System.CommandLine.RootCommand { command }.Parse(["generate", .. request.Arguments]);
        if (parse.Errors.Count > 0) throw new ArgumentException($"the parts' generate arguments do not parse: {parse.Errors[0].Message}");
        var result = GenerationShards.Merge(units);
        if (result.Events.Count == 0) throw new DarkSector.Physics.DarkSectorException("the merged generation has no event with nonzero weight");
        Finish(context, result, parse.GetValue(options.Seed), parse.GetValue(options.Unweight), outPath);
        return ExitCodes.Success;
    }

    /// <summary>Unweights if asked, writes the events and prints the summary.</summary>
    private static void Finish(CliContext context, GenerationResult result, ulong seed, bool unweight, string? outPath)
    {
        var events = result.Events;
        var unweighting = Unweighter.Unweight(events, seed);
        var written = unweight ? unweighting.Events : events;
        if (outPath is { } path)
        {
            switch (FormatOf(path))
            {
                case "csv": EventCsvFile.Write(written, path); break;
                case "hepmc": HepMC3File.Write(written, path); break;
                case "parquet":
                    EventParquetFile.Write(written, path, context.Provenance.Metadata(
                        ("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("events", written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("unweighted", unweight ? "true" : "false")));
                    break;
                default: DsevFile.Write(written, path); break;
            }
        }
        var summary = new Summary(result.Integral, result.IntegralError, result.Integration.Chi2PerDof, written.Count, unweighting.Efficiency,
            result.Integration.Integral, result.Integration.Error, seed, outPath, unweight);
        if (context.Json) context.WriteJson(summary);
        else WriteText(context, summary);
    }

    private static void WriteText(CliContext context, Summary s)
    {
        var w = context.Out;
        w.WriteLine($"integral (sum of weights)  {s.Integral:G6} ± {s.IntegralError:G3} cm^2 per target per POT");
        w.WriteLine($"VEGAS production average   {s.VegasIntegral:G6} ± {s.VegasError:G3} (chi2/dof = {s.Chi2PerDof:F2})");
        w.WriteLine($"events                     {s.Events}{(s.Unweighted ? " (unweighted)" : " (weighted)")}");
        w.WriteLine($"unweighting efficiency     {s.UnweightingEfficiency:G4}");
        if (s.Out is not null) w.WriteLine($"written                    {s.Out}");
    }

    private sealed class Progress(CliProgress progress) : IProgress<VegasIteration>
    {
        public void Report(VegasIteration value) => progress.Advance();
    }
}
