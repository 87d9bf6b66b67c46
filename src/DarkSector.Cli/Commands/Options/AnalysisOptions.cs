namespace DarkSector.Cli.Commands.Options;

/// <summary>The options an analysis command repeats, bound once: the experiment argument, --plugins, --analysis, --events,
/// --seed, the production selection (--processes, --volumes, --exclude-volumes) and, when <paramref name="data"/> is given,
/// --data; <see cref="Setup(ParseResult)"/> is the library's <see cref="AnalysisInference"/> they name.</summary>
/// <param name="experiment">Description of the experiment argument.</param>
/// <param name="events">Description of --events.</param>
/// <param name="defaultEvents">Default of --events.</param>
/// <param name="seed">Description of --seed.</param>
/// <param name="data">What the Asimov data give (--data), or null for a command without --data.</param>
internal sealed class AnalysisOptions(string experiment, string events, int defaultEvents, string seed, string? data = null)
{
    public PluginFolderOption Plugins { get; } = new();

    public ProductionSelectionOptions Production { get; } = new();

    public Argument<string> Experiment { get; } = new("experiment") { Description = experiment };

    public Option<string?> Analysis { get; } = CommonOptions.Analysis();

    public Option<int> Events { get; } = new("--events") { Description = events, DefaultValueFactory = _ => defaultEvents };

    public Option<ulong> Seed { get; } = new("--seed") { Description = seed, DefaultValueFactory = _ => 1UL };

    public Option<string>? Data { get; } = data is null ? null : CommonOptions.Data(data);

    /// <summary>Adds --plugins, the experiment and <paramref name="family"/> arguments, <paramref name="options"/> (the
    /// command's order, which includes <see cref="Analysis"/>, <see cref="Events"/>, <see cref="Seed"/> and <see cref="Data"/>:
    /// it is the canonical argument order of a sharded job), then the production selection.</summary>
    public void AddTo(Command command, Argument family, params Option[] options)
    {
        Plugins.AddTo(command);
        command.Arguments.Add(Experiment);
        command.Arguments.Add(family);
        foreach (Option option in options) command.Options.Add(option);
        Production.AddTo(command);
    }

    /// <summary>The experiment the experiment argument names, from the catalog --plugins configures.</summary>
    public Sampling.Experiments.IExperiment ExperimentOf(ParseResult parse) => Plugins.Discover(parse).Get(parse.GetValue(Experiment)!);

    /// <summary>The simulation settings: --events (checked), --seed and the production selection.</summary>
    public SimulationOptions Simulation(ParseResult parse) =>
        Production.Apply(parse, new SimulationOptions { Events = Physics.Check.AtLeast(parse.GetValue(Events), 100, "--events"), Seed = parse.GetValue(Seed) });

    /// <summary>The analysis setup the experiment argument and --analysis name, with the simulation settings and --data.</summary>
    public AnalysisInference Setup(ParseResult parse) => Setup(parse, parse.GetValue(Experiment)!, parse.GetValue(Analysis));

    /// <summary>The analysis setup of <paramref name="experimentId"/> and <paramref name="analysisId"/> (null: its first),
    /// with the simulation settings and --data.</summary>
    public AnalysisInference Setup(ParseResult parse, string experimentId, string? analysisId) =>
        AnalysisInference.For(Plugins.Discover(parse).Get(experimentId), analysisId, Simulation(parse), Data is null ? DataSet.Observed : CommonOptions.DataSetOf(parse, Data));
}
