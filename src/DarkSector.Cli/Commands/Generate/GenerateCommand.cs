using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;
using static System.FormattableString;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>The shape of every <c>generate &lt;family&gt;</c> command: the family's options, then the shared ones
/// (<see cref="GenerationCliOptions"/>); the family builds its library model (<see cref="GenerationModels"/>) and a
/// one-line description for the event file; the library runs the job (<see cref="GenerationJob"/>: whole, or one shard
/// or resumable with checkpoints) and writes the events; the summary is <see cref="GenerateRunner.Finish"/>'s.</summary>
internal abstract class GenerateCommand : CliCommand
{
    private readonly GenerationCliOptions _g = new();

    /// <summary>Adds the family's options.</summary>
    protected abstract void ConfigureModel(Command command);

    /// <summary>The generation model and its description for the beam of <paramref name="flavor"/> on <paramref name="targets"/>.</summary>
    protected abstract (GenerationModel Model, string Description) Build(ParseResult parse, IReadOnlyList<Nucleus> targets, LeptonFlavour flavor, int neutrinoPdg, string flavorName);

    protected sealed override void Configure(Command command)
    {
        ConfigureModel(command);
        _g.AddTo(command);
    }

    protected sealed override int Execute(ParseResult parse, CliContext context)
    {
        string? outPath = parse.GetValue(_g.Out);
        if (outPath is not null) GenerationCliOptions.Naming("--out", () => EventFiles.FormatOf(outPath));   // fail before the run
        OutputPaths.Check("--out", outPath);
        Shard? shard = parse.GetValue(_g.Shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_g.Resume);
        if ((shard is not null || resume) && outPath is null) throw new ArgumentException($"{(shard is null ? "--resume" : "--shard")}: give --out (the part OUT.shard-i-of-n is written next to it)");
        string[] names = (parse.GetValue(_g.Target) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new ArgumentException("--target needs at least one nucleus, e.g. C12");
        var targets = names.Select(n => Nuclei.TryGet(n, out var nucleus) ? nucleus : throw new ArgumentException($"--target: unknown target '{n}'; examples: C12, O16, Ar40, Pb208, H1"));
        string flavor = parse.GetValue(_g.Flavor)!;
        var (model, description) = Build(parse, [.. targets], FlavorOption.Lepton(flavor), FlavorOption.NeutrinoPdg(flavor), flavor);
        model = GenerationCliOptions.Naming("--processes", () => GenerationModels.Restrict(model, UpscatteringProcessNames.Parse(parse.GetValue(_g.Processes)!)));
        var vegas = new VegasOptions
        {
            Seed = parse.GetValue(_g.Seed), WarmupIterations = parse.GetValue(_g.WarmupIterations), WarmupEvaluations = parse.GetValue(_g.WarmupEvaluations),
            Iterations = parse.GetValue(_g.Iterations), Evaluations = parse.GetValue(_g.Evaluations),
        };
        var options = new GenerationOptions { Vegas = vegas, Events = Check.AtLeast(parse.GetValue(_g.Events), 2, "--events"), Model = description, NeutrinoPdgCode = FlavorOption.NeutrinoPdg(flavor) };
        var request = CommandRequest.From(parse, "generate " + parse.CommandResult.Command.Name, _g.Out.Name, _g.Shard.Name, _g.Resume.Name);
        var flux = GenerationCliOptions.Naming("--flux", () => FluxSources.Load(parse.GetValue(_g.Flux)!));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        GenerationJobResult job;
        using (var progress = CliProgress.Start(context, "generate (VEGAS iterations)", vegas.WarmupIterations + vegas.Iterations))
            job = GenerationJob.Run(flux, model, options, outPath, request, shard, resume, progress.Per<VegasIteration>(), progress.AddTotal, () => progress.Advance());
        if (job.Result is not { } result)
        {
            if (context.Json) context.WriteJson(new { part = job.PartPath, shard = shard.ToString(), batches = job.Batches, totalBatches = job.TotalBatches, fingerprint = request.Fingerprint, seconds = clock.Elapsed.TotalSeconds });
            else context.Out.WriteLine(Invariant($"shard {shard}: {job.Batches} of {job.TotalBatches} event batches, {clock.Elapsed.TotalSeconds:0.#} s; written {job.PartPath} (join the parts with darksector merge)"));
            return ExitCodes.Success;
        }
        int code = GenerateRunner.Finish(context, result, vegas.Seed, parse.GetValue(_g.Unweight), outPath);
        if (resume) File.Delete(Shard.Whole.PartPath(outPath!));   // complete: the checkpoint is no longer needed
        return code;
    }
}
