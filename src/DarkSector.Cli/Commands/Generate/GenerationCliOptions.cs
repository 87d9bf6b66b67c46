namespace DarkSector.Cli.Commands.Generate;

/// <summary>The options every <c>generate &lt;family&gt;</c> command shares: <c>--flux --target --events --seed --out
/// --unweight</c>, the VEGAS sizes, <c>--flavor</c>, <c>--processes</c> and the distributed-run options <c>--shard i/n --resume</c>.</summary>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command).</remarks>
internal sealed class GenerationCliOptions
{
    public Option<string> Flux { get; } = new("--flux")
    {
        Description = "Neutrino flux: a two-column text file (E in GeV, flux per GeV per cm^2 per POT; linear interpolation, zero outside), "
            + "or FILE:COLUMN for a DarkNews-layout table (E, nue, numu, nutau, nuebar, numubar, nutaubar), e.g. MiniBooNE_FHC.dat:numu, "
            + "or a built-in beam EXPERIMENT:MODE[:FLAVOUR] of a discovered experiment plugin, e.g. miniboone:fhc:numu or t2k-nd280:rhc:numubar "
            + "(flavour numu by default; see `darksector experiments`).",
        Required = true,
    };

    public Option<string> Target { get; } = new("--target") { Description = "Target nucleus or nuclei, comma separated (e.g. C12 or C12,H1).", DefaultValueFactory = _ => "C12" };

    public Option<int> Events { get; } = new("--events") { Description = "Number of weighted events to draw.", DefaultValueFactory = _ => 10_000 };

    public Option<ulong> Seed { get; } = new("--seed") { Description = "Random seed (same seed, same events on any number of cores).", DefaultValueFactory = _ => 1UL };

    public Option<string?> Out { get; } = new("--out") { Description = "Output file: .csv, .hepmc (HepMC3 ASCII), .dsev (binary) or .parquet (Apache Parquet, docs/outputs.md). Omit to only print the summary." };

    public Option<bool> Unweight { get; } = new("--unweight") { Description = "Write equal-weight events (accept-reject) instead of weighted ones." };

    public Option<int> WarmupIterations { get; } = new("--warmup-iterations") { Description = "VEGAS warm-up iterations.", DefaultValueFactory = _ => 10 };

    public Option<int> WarmupEvaluations { get; } = new("--warmup-evaluations") { Description = "Integrand evaluations per warm-up iteration.", DefaultValueFactory = _ => 10_000 };

    public Option<int> Iterations { get; } = new("--iterations") { Description = "VEGAS production iterations.", DefaultValueFactory = _ => 10 };

    public Option<int> Evaluations { get; } = new("--evaluations") { Description = "Integrand evaluations per production iteration.", DefaultValueFactory = _ => 100_000 };

    public Option<string> Flavor { get; } = FlavorOption.Create("Flavour of the incoming neutrino: e, mu or tau.");

    public Option<string> Processes { get; } = new("--processes") { Description = "Upscattering processes to generate: comma-separated coherent, proton, neutron, or all (default).", DefaultValueFactory = _ => "all" };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Draw only shard i/n (0-based) of the events and write the part OUT.shard-i-of-n next to --out (join the parts with darksector merge; "
            + "every shard adapts VEGAS identically, so the merged file equals a single run's).",
    };

    public Option<bool> Resume { get; } = new("--resume") { Description = "Checkpoint finished event batches in OUT.shard-i-of-n (OUT.shard-0-of-1 without --shard) and continue from it if it exists." };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Flux, Target, Events, Seed, Out, Unweight, WarmupIterations, WarmupEvaluations, Iterations, Evaluations, Flavor, Processes, Shard, Resume })
            command.Options.Add(option);
    }

    /// <summary>Runs <paramref name="build"/> and names <paramref name="option"/> in an <see cref="ArgumentException"/> it throws.</summary>
    internal static T Naming<T>(string option, Func<T> build)
    {
        try { return build(); }
        catch (ArgumentException e) when (e is not ArgumentNullException) { throw new ArgumentException($"{option}: {e.Message}", e); }
    }
}
