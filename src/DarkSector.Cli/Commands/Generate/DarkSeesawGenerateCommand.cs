using System.Globalization;
using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Generation;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>
/// <c>darksector generate dark-seesaw --card &lt;file&gt; [--hnl N5]</c>: ν_α + T → N_j + T through the Z' (coherent on each
/// target nucleus, elastic on its protons and neutrons, both N helicities) for one heavy state N_j of a dark-seesaw model
/// card, then the visible decays N_j → N_k ℓ⁺ℓ⁻ (every lighter heavy state k) and N_j → ν ℓ⁺ℓ⁻ with their branching ratios.
/// </summary>
/// <remarks>
/// <c>--hnl</c> names the upscattered state; by default the heavy state with the largest production vertex
/// |V_αj|² = Σ_{i light} |U_αi|² |V_ij|² for the beam flavour α. Channels, branching ratios and conventions:
/// <see cref="Sampling.Generation.GenerationModels.DarkSeesaw"/>. Outputs and JSON summary as every <c>generate</c> command (<see cref="GenerateRunner"/>).
/// </remarks>
internal sealed class DarkSeesawGenerateCommand : CliCommand
{
    private readonly DarkSeesawOptions _model = new();

    private readonly Option<string?> _hnl = new("--hnl")
    {
        Description = "Upscattered heavy state (N4, N5, ... as `spectrum dark-seesaw` names them). "
            + "Default: the heavy state with the largest production vertex |V_alpha j|^2 for the beam flavour.",
    };

    private readonly GenerationCliOptions _generation = new();

    public override string Path => "generate dark-seesaw";

    public override string Description => "Weighted dark-seesaw events from a model card: nu T -> N_j T, N_j -> N_k l+ l- and N_j -> nu l+ l- via Z'.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        command.Options.Add(_hnl);
        _generation.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var spectrum = _model.Spectrum(parse);
        var settings = _generation.Parse(parse);
        string flavorName = parse.GetValue(_generation.Flavor)!;
        var flavor = GenerationCliOptions.Lepton(flavorName);
        int nuPdg = GenerationCliOptions.NeutrinoPdg(flavorName);
        int state = parse.GetValue(_hnl) is { } name ? spectrum.IndexOf(name) : GenerationCliOptions.Naming("--flavor", () => GenerationModels.DarkSeesawDefaultState(spectrum, flavor));
        var model = GenerationCliOptions.Naming("--hnl", () => GenerationModels.DarkSeesaw(spectrum, state, GenerationCliOptions.Nuclei(settings.Targets), flavor, nuPdg));
        string description = string.Create(CultureInfo.InvariantCulture, $"dark-seesaw card={parse.GetValue(_model.Card)!.Name} state={spectrum.StateName(state)} m_N={spectrum.MassesGeV[state]}")
            + string.Create(CultureInfo.InvariantCulture, $" m_Zprime={spectrum.ZPrimeMassGeV} epsilon={spectrum.Epsilon} alpha_D={spectrum.AlphaDark} Majorana flavor={flavorName}")
            + string.Create(CultureInfo.InvariantCulture, $" channels={string.Join(",", model.Decays.Select(d => d.Sampler.Channel.Name))}");
        return GenerateRunner.Run(context, settings, model, description, nuPdg);
    }
}
