using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Generation;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>The shape of every <c>generate &lt;family&gt;</c> command: the family's options, then the shared ones
/// (<see cref="GenerationCliOptions"/>); the family builds its library model (<see cref="GenerationModels"/>) and a
/// one-line description for the event file, and <see cref="GenerateRunner"/> does the rest.</summary>
internal abstract class GenerateCommand : CliCommand
{
    private readonly GenerationCliOptions _generation = new();

    /// <summary>Adds the family's options.</summary>
    protected abstract void ConfigureModel(Command command);

    /// <summary>The generation model and its description for the beam of <paramref name="flavor"/> on <paramref name="targets"/>.</summary>
    protected abstract (GenerationModel Model, string Description) Build(ParseResult parse, IReadOnlyList<Nucleus> targets, LeptonFlavour flavor, int neutrinoPdg, string flavorName);

    protected sealed override void Configure(Command command)
    {
        ConfigureModel(command);
        _generation.AddTo(command);
    }

    protected sealed override int Execute(ParseResult parse, CliContext context)
    {
        var settings = _generation.Parse(parse);
        string flavor = parse.GetValue(_generation.Flavor)!;
        var targets = settings.Targets.Select(name => Nuclei.TryGet(name, out var nucleus) ? nucleus
            : throw new ArgumentException($"--target: unknown target '{name}'; examples: C12, O16, Ar40, Pb208, H1")).ToArray();
        var (model, description) = Build(parse, targets, FlavorOption.Lepton(flavor), FlavorOption.NeutrinoPdg(flavor), flavor);
        return GenerateRunner.Run(context, settings, model, description, FlavorOption.NeutrinoPdg(flavor));
    }
}
