using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Experiments;
using System.CommandLine;
using DarkSector.Physics;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>
/// The options every <c>generate &lt;family&gt;</c> command shares: <c>--flux --target --events --seed --out --unweight</c>,
/// the VEGAS sizes <c>--warmup-iterations --warmup-evaluations --iterations --evaluations</c>, the beam <c>--flavor</c> and the
/// distributed-run options <c>--shard i/n --resume</c>, and <c>--processes</c> (the paper-faithful process switch; the
/// targets themselves are chosen with <c>--target</c>).
/// </summary>
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

    public Option<string> Target { get; } = new("--target")
    {
        Description = "Target nucleus or nuclei, comma separated (e.g. C12 or C12,H1).",
        DefaultValueFactory = _ => "C12",
    };

    public Option<int> Events { get; } = new("--events") { Description = "Number of weighted events to draw.", DefaultValueFactory = _ => 10_000 };

    public Option<ulong> Seed { get; } = new("--seed") { Description = "Random seed (same seed, same events on any number of cores).", DefaultValueFactory = _ => 1UL };

    public Option<string?> Out { get; } = new("--out") { Description = "Output file: .csv, .hepmc (HepMC3 ASCII), .dsev (binary) or .parquet (Apache Parquet, docs/outputs.md). Omit to only print the summary." };

    public Option<bool> Unweight { get; } = new("--unweight") { Description = "Write equal-weight events (accept-reject) instead of weighted ones." };

    public Option<int> WarmupIterations { get; } = new("--warmup-iterations") { Description = "VEGAS warm-up iterations.", DefaultValueFactory = _ => 10 };

    public Option<int> WarmupEvaluations { get; } = new("--warmup-evaluations") { Description = "Integrand evaluations per warm-up iteration.", DefaultValueFactory = _ => 10_000 };

    public Option<int> Iterations { get; } = new("--iterations") { Description = "VEGAS production iterations.", DefaultValueFactory = _ => 10 };

    public Option<int> Evaluations { get; } = new("--evaluations") { Description = "Integrand evaluations per production iteration.", DefaultValueFactory = _ => 100_000 };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Draw only shard i/n (0-based) of the events and write the part OUT.shard-i-of-n next to --out (join the parts with darksector merge; "
            + "every shard adapts VEGAS identically, so the merged file equals a single run's).",
    };

    public Option<bool> Resume { get; } = new("--resume")
    {
        Description = "Checkpoint finished event batches in OUT.shard-i-of-n (OUT.shard-0-of-1 without --shard) and continue from it if it exists.",
    };

    public Option<string> Processes { get; } = new("--processes")
    {
        Description = "Upscattering processes to generate: comma-separated coherent, proton, neutron, or all (default).",
        DefaultValueFactory = _ => "all",
    };

    /// <summary>Flavour of the incoming neutrino: e, mu (default) or tau; each command maps it to its model's flavour.</summary>
    public Option<string> Flavor { get; } = new Option<string>("--flavor")
    {
        Description = "Flavour of the incoming neutrino: e, mu or tau.",
        DefaultValueFactory = _ => "mu",
    }.AcceptOnlyFromAmong("e", "mu", "tau");

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Flux, Target, Events, Seed, Out, Unweight, WarmupIterations, WarmupEvaluations, Iterations, Evaluations, Flavor, Processes, Shard, Resume })
            command.Options.Add(option);
    }

    /// <summary>Reads and validates the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    /// <exception cref="FormatException">The flux file is malformed.</exception>
    public GenerationSettings Parse(ParseResult parse)
    {
        string? outPath = parse.GetValue(Out);
        if (outPath is not null) GenerateRunner.FormatOf(outPath); // fail before the run on an unknown extension
        OutputPaths.Check("--out", outPath);
        var vegas = new VegasOptions
        {
            Seed = parse.GetValue(Seed),
            WarmupIterations = parse.GetValue(WarmupIterations),
            WarmupEvaluations = parse.GetValue(WarmupEvaluations),
            Iterations = parse.GetValue(Iterations),
            Evaluations = parse.GetValue(Evaluations),
        };
        int events = Check.AtLeast(parse.GetValue(Events), 2, "--events");
        var targets = (parse.GetValue(Target) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (targets.Length == 0) throw new ArgumentException("--target needs at least one nucleus, e.g. C12");
        var shard = parse.GetValue(Shard) is string shardText ? Sampling.Distributed.Shard.Parse(shardText) : (Sampling.Distributed.Shard?)null;
        bool resume = parse.GetValue(Resume);
        if ((shard is not null || resume) && outPath is null)
            throw new ArgumentException($"{(shard is null ? "--resume" : "--shard")}: give --out (the part OUT.shard-i-of-n is written next to it)");
        var request = CommandRequest.From(parse, "generate " + parse.CommandResult.Command.Name, Out.Name, Shard.Name, Resume.Name);
        return new GenerationSettings(LoadFlux(parse.GetValue(Flux)!), targets, events, vegas, outPath, parse.GetValue(Unweight))
        {
            Shard = shard, Resume = resume, Request = request,
            Processes = Sampling.Simulation.UpscatteringProcessNames.Parse(parse.GetValue(Processes)!),
        };
    }

    /// <summary>The <c>--target</c> names as nuclei (accepted spellings: <see cref="Physics.Targets.Nuclei.TryGet"/>, e.g.
    /// C12, Ar-40, 208Pb, H1/p/proton, n/neutron).</summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    internal static IReadOnlyList<Physics.Targets.Nucleus> Nuclei(IReadOnlyList<string> names) => names.Select(name =>
        Physics.Targets.Nuclei.TryGet(name, out var nucleus) ? nucleus : throw new ArgumentException($"--target: unknown target '{name}'; examples: C12, O16, Ar40, Pb208, H1")).ToArray();

    /// <summary>The lepton flavour of a <see cref="Flavor"/> value ("e", "mu", "tau").</summary>
    internal static LeptonFlavour Lepton(string flavor) => flavor switch { "e" => LeptonFlavour.Electron, "tau" => LeptonFlavour.Tau, _ => LeptonFlavour.Muon };

    /// <summary>PDG code of the neutrino of a <see cref="Flavor"/> value.</summary>
    internal static int NeutrinoPdg(string flavor) => flavor switch { "e" => 12, "tau" => 16, _ => 14 };

    /// <summary>Runs <paramref name="build"/> and names <paramref name="option"/> in an <see cref="ArgumentException"/> it throws.</summary>
    internal static T Naming<T>(string option, Func<T> build)
    {
        try { return build(); }
        catch (ArgumentException e) when (e is not ArgumentNullException) { throw new ArgumentException($"{option}: {e.Message}", e); }
    }

    private static readonly string[] DarkNewsColumns = ["nue", "numu", "nutau", "nuebar", "numubar", "nutaubar"];

    /// <summary>
    /// Loads the flux named by <paramref name="flux"/>: a two-column file, FILE:COLUMN of a DarkNews-layout table, or a
    /// built-in beam EXPERIMENT:MODE[:FLAVOUR] from the discovered experiment plugins (per GeV per cm² per POT).
    /// </summary>
    /// <exception cref="ArgumentException">Nothing of that name; the message lists what would be accepted.</exception>
    internal static EnergySpectrum LoadFlux(string flux)
    {
        if (File.Exists(flux)) return EnergySpectrum.Load(flux);
        int colon = flux.LastIndexOf(':');
        if (colon > 0 && Array.IndexOf(DarkNewsColumns, flux[(colon + 1)..]) is int column and >= 0 && File.Exists(flux[..colon]))
        {
            using var reader = new StreamReader(flux[..colon]);
            return EnergySpectrum.Parse(reader, Path.GetFileName(flux), column + 1);
        }
        if (BuiltInBeam(flux) is { } beam) return beam;
        throw new ArgumentException($"--flux '{flux}': no such file or built-in beam (give a two-column text file: E in GeV, flux per GeV per cm^2 per POT, "
            + "FILE:COLUMN, or EXPERIMENT:MODE[:FLAVOUR] such as miniboone:fhc:numu)");
    }

    /// <summary>The beam EXPERIMENT:MODE[:FLAVOUR] of a discovered plugin, or null if the text does not name an experiment.</summary>
    /// <exception cref="ArgumentException">The experiment exists but has no such mode or flavour.</exception>
    private static EnergySpectrum? BuiltInBeam(string flux)
    {
        string[] parts = flux.Split(':');
        if (parts.Length is < 2 or > 3) return null;
        if (!ExperimentCatalog.Discover().TryGet(parts[0], out var experiment) || experiment is null) return null;
        string flavourName = parts.Length == 3 ? parts[2] : "numu";
        NeutrinoFlavour flavour = flavourName switch
        {
            "nue" => NeutrinoFlavour.ElectronNeutrino,
            "nuebar" => NeutrinoFlavour.ElectronAntineutrino,
            "numu" => NeutrinoFlavour.MuonNeutrino,
            "numubar" => NeutrinoFlavour.MuonAntineutrino,
            "nutau" => NeutrinoFlavour.TauNeutrino,
            "nutaubar" => NeutrinoFlavour.TauAntineutrino,
            _ => throw new ArgumentException($"--flux '{flux}': unknown flavour '{flavourName}'; flavours: {string.Join(", ", DarkNewsColumns)}"),
        };
        var beam = experiment.Beams.FirstOrDefault(b => string.Equals(b.Mode, parts[1], StringComparison.OrdinalIgnoreCase) && b.Flavour == flavour);
        return beam?.Spectrum ?? throw new ArgumentException(
            $"--flux '{flux}': {parts[0]} has no {parts[1]} {flavourName} beam; beams: "
            + string.Join(", ", experiment.Beams.Select(b => $"{b.Mode.ToLowerInvariant()}:{b.Flavour}")));
    }
}
