using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Generation;
using static System.FormattableString;

namespace DarkSector.Cli.Commands.Generate;

/// <summary><c>darksector generate dark-seesaw --card FILE [--hnl N5]</c>: one upscattered heavy state of a model card
/// (default: the largest production vertex for the beam flavour) and its visible decays (<see cref="GenerationModels.DarkSeesaw"/>).</summary>
internal sealed class DarkSeesawGenerateCommand : GenerateCommand
{
    private readonly DarkSeesawOptions _model = new();
    private readonly Option<string?> _hnl = new("--hnl")
    {
        Description = "Upscattered heavy state (N4, N5, ... as `spectrum dark-seesaw` names them). "
            + "Default: the heavy state with the largest production vertex |V_alpha j|^2 for the beam flavour.",
    };

    public override string Path => "generate dark-seesaw";

    public override string Description => "Weighted dark-seesaw events from a model card: nu T -> N_j T, N_j -> N_k l+ l- and N_j -> nu l+ l- via Z'.";

    protected override void ConfigureModel(Command command)
    {
        _model.AddTo(command);
        command.Options.Add(_hnl);
    }

    protected override (GenerationModel, string) Build(ParseResult parse, IReadOnlyList<Nucleus> targets, LeptonFlavour flavor, int neutrinoPdg, string flavorName)
    {
        var s = _model.Spectrum(parse);
        int state = parse.GetValue(_hnl) is { } name ? s.IndexOf(name) : GenerationCliOptions.Naming("--flavor", () => GenerationModels.DarkSeesawDefaultState(s, flavor));
        var model = GenerationCliOptions.Naming("--hnl", () => GenerationModels.DarkSeesaw(s, state, targets, flavor, neutrinoPdg));
        return (model, Invariant($"dark-seesaw card={parse.GetValue(_model.Card)!.Name} state={s.StateName(state)} m_N={s.MassesGeV[state]}")
            + Invariant($" m_Zprime={s.ZPrimeMassGeV} epsilon={s.Epsilon} alpha_D={s.AlphaDark} Majorana flavor={flavorName} channels={string.Join(",", model.Decays.Select(d => d.Sampler.Channel.Name))}"));
    }
}
