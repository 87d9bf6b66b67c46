using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>A <c>generate &lt;family&gt;</c> command: the family's options (<c>define</c> adds them and returns
/// the builder of the library model (<see cref="GenerationModels"/>) and its one-line description for the event file),
/// then the shared ones (<see cref="GenerationCliOptions"/>); the library runs the job (<see cref="GenerationJob"/>: whole,
/// or one shard or resumable with checkpoints) and writes the events; the summary is <see cref="Finish"/>'s.</summary>
internal sealed class GenerateCommand(string path, string description, Func<Command, GenerateCommand.ModelBuilder> define) : CliCommand(path, description)
{
    /// <summary>The model and its description (<see cref="GenerationModels"/>) for the beam of <paramref name="flavour"/> on <paramref name="targets"/>.</summary>
    internal delegate (GenerationModel Model, string Description) ModelBuilder(ParseResult parse, IReadOnlyList<Nucleus> targets, LeptonFlavour flavour);

    private readonly GenerationCliOptions _g = new();
    private readonly Dictionary<Command, ModelBuilder> _builders = [];

    /// <summary>New instances of the three families' commands (one set per command tree).</summary>
    public static IEnumerable<CliCommand> Create() =>
    [
        new GenerateCommand("generate dark-photon", "Weighted dark-photon events: nu T -> N T (coherent + nucleon elastic), N -> nu l+ l- via Z'.", c =>
        {
            var options = new DarkPhotonOptions().AddTo(c);
            return (p, targets, flavour) =>
            {
                var m = options.Parse(p);
                if (m.Hnls.Count != 1) throw new ArgumentException("generate dark-photon supports one HNL; drop --m4 (N5 -> N4 l l decays are not wired yet)");
                return (GenerationModels.DarkPhoton(m, targets, flavour, GenerationModels.NeutrinoPdg(flavour)), GenerationModels.Describe(m, flavour));
            };
        }),
        new GenerateCommand("generate dipole", "Weighted dipole-portal events: nu T -> N T (coherent + nucleon elastic), N -> nu gamma and nu l+ l-.", c =>
        {
            var options = new DipoleOptions().AddTo(c);
            return (p, targets, flavour) =>
            {
                var d = options.Parse(p);
                if (d.LighterHnl is not null) throw new ArgumentException("generate dipole supports one HNL; drop --m4 (N5 -> N4 gamma is not wired yet)");
                return (GenerationModels.Dipole(d, targets, flavour, GenerationModels.NeutrinoPdg(flavour)), GenerationModels.Describe(d, flavour));
            };
        }),
        new GenerateCommand("generate dark-seesaw", "Weighted dark-seesaw events from a model card: nu T -> N_j T, N_j -> N_k l+ l- and N_j -> nu l+ l- via Z'.", c =>
        {
            var card = new DarkSeesawOptions().AddTo(c);
            var hnl = ReportCommand.Add(c, new Option<string?>("--hnl")
            {
                Description = "Upscattered heavy state (N4, N5, ... as `spectrum dark-seesaw` names them). "
                    + "Default: the heavy state with the largest production vertex |V_alpha j|^2 for the beam flavour.",
            });
            return (p, targets, flavour) =>
            {
                var s = card.Spectrum(p);
                int state = p.GetValue(hnl) is { } name ? s.IndexOf(name) : GenerationCliOptions.Naming("--flavor", () => GenerationModels.DarkSeesawDefaultState(s, flavour));
                var model = GenerationCliOptions.Naming("--hnl", () => GenerationModels.DarkSeesaw(s, state, targets, flavour, GenerationModels.NeutrinoPdg(flavour)));
                return (model, GenerationModels.Describe(s, state, model, p.GetValue(card.Card)!.Name, flavour));
            };
        }),
    ];

    protected override void Configure(Command command)
    {
        lock (_builders) _builders[command] = define(command);
        _g.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        string? outPath = parse.GetValue(_g.Out);
        if (outPath is not null) GenerationCliOptions.Naming("--out", () => EventFiles.FormatOf(outPath));   // fail before the run
        OutputPaths.Check("--out", outPath);
        if (context.Merged is var (_, units))   // a merge: the parts' events, written as the single run writes them
        {
            var merged = GenerationShards.Merge(units);
            if (merged.Events.Count == 0) throw new DarkSectorException("the merged generation has no event with nonzero weight");
            return Finish(context, merged, parse.GetValue(_g.Seed), parse.GetValue(_g.Unweight), outPath);
        }
        Shard? shard = parse.GetValue(_g.Shard) is string shardText ? Shard.Parse(shardText) : null;
        bool resume = parse.GetValue(_g.Resume);
        if ((shard is not null || resume) && outPath is null) throw new ArgumentException($"{(shard is null ? "--resume" : "--shard")}: give --out (the part OUT.shard-i-of-n is written next to it)");
        var targets = Nuclei.ParseList(parse.GetValue(_g.Target) ?? "", "--target");
        var flavour = FlavorOption.Lepton(parse.GetValue(_g.Flavor)!);
        ModelBuilder build;
        lock (_builders) build = _builders[parse.CommandResult.Command];
        var (model, description) = build(parse, targets, flavour);
        model = GenerationCliOptions.Naming("--processes", () => GenerationModels.Restrict(model, UpscatteringProcessNames.Parse(parse.GetValue(_g.Processes)!)));
        var vegas = new VegasOptions
        {
            Seed = parse.GetValue(_g.Seed), WarmupIterations = parse.GetValue(_g.WarmupIterations), WarmupEvaluations = parse.GetValue(_g.WarmupEvaluations),
            Iterations = parse.GetValue(_g.Iterations), Evaluations = parse.GetValue(_g.Evaluations),
        };
        var options = new GenerationOptions { Vegas = vegas, Events = Check.AtLeast(parse.GetValue(_g.Events), 2, "--events"), Model = description, NeutrinoPdgCode = GenerationModels.NeutrinoPdg(flavour) };
        var request = CommandRequest.From(parse, "generate " + parse.CommandResult.Command.Name, _g.Out.Name, _g.Shard.Name, _g.Resume.Name);
        var flux = GenerationCliOptions.Naming("--flux", () => FluxSources.Load(parse.GetValue(_g.Flux)!));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        GenerationJobResult job;
        using (var progress = CliProgress.Start(context, "generate (VEGAS iterations)", vegas.WarmupIterations + vegas.Iterations))
            job = GenerationJob.Run(flux, model, options, outPath, request, shard, resume, progress.Per<VegasIteration>(), progress.AddTotal, () => progress.Advance());
        if (job.Result is not { } result)
        {
            var part = new ShardPartSummary(job.PartPath!, shard!.Value, "batches", job.Batches, job.TotalBatches, "event batches", request.Fingerprint, clock.Elapsed.TotalSeconds);
            return context.Report(part.ToJson(), part.WriteText);
        }
        int code = Finish(context, result, vegas.Seed, parse.GetValue(_g.Unweight), outPath);
        if (resume) File.Delete(Shard.Whole.PartPath(outPath!));   // complete: the checkpoint is no longer needed
        return code;
    }

    /// <summary>The end of a generation, single or merged: unweights if asked, writes the events (with the run's provenance,
    /// <see cref="GenerationJob.Write"/>) and prints the summary (<see cref="Reporting.Reports.GenerationReport"/>).</summary>
    private static int Finish(CliContext context, GenerationResult result, ulong seed, bool unweight, string? outPath)
    {
        var (events, efficiency) = GenerationJob.Write(result, seed, unweight, outPath, context.Provenance.Metadata());
        return context.Report(Reporting.Reports.GenerationReport.Of(result, events.Count, efficiency, seed, outPath, unweight));
    }
}
