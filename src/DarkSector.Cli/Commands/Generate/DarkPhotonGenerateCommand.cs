using System.Globalization;
using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>
/// <c>darksector generate dark-photon</c>: ν_α + T → N + T through the Z' (coherent on each target nucleus, elastic on its
/// Z protons and N neutrons, both N helicities), then N → ν ℓ⁺ℓ⁻ through the Z' (off shell, or N → ν Z' → ν ℓℓ on shell).
/// </summary>
/// <remarks>
/// Neutrino mode: the helicity-conserving part gives h = −1, the flipping part h = +1. Decay channels with a
/// charged-lepton pair are generated (BR from the model's decay table; for the on-shell Z', BR(N → ν Z') × BR(Z' → ℓℓ));
/// invisible channels are not, so Σ w is the rate into the generated channels. The sampler follows the Z' matrix element
/// (the SM Z/W part of ν ℓℓ, present only with active mixing, changes the BR but not the generated distribution).
/// One HNL only (two-HNL decays N5 → N4 ℓℓ are not wired). The light daughter ν is labelled with the beam flavour's PDG code.
/// </remarks>
internal sealed class DarkPhotonGenerateCommand : CliCommand
{
    private readonly DarkPhotonOptions _model = new();
    private readonly GenerationCliOptions _generation = new();

    public override string Path => "generate dark-photon";

    public override string Description => "Weighted dark-photon events: nu T -> N T (coherent + nucleon elastic), N -> nu l+ l- via Z'.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        _generation.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var model = _model.Parse(parse);
        if (model.Hnls.Count != 1) throw new ArgumentException("generate dark-photon supports one HNL; drop --m4 (N5 -> N4 l l decays are not wired yet)");
        var settings = _generation.Parse(parse);
        string flavorName = parse.GetValue(_generation.Flavor)!;
        var generation = GenerationModels.DarkPhoton(model, GenerationCliOptions.Nuclei(settings.Targets), GenerationCliOptions.Lepton(flavorName), GenerationCliOptions.NeutrinoPdg(flavorName));
        string description = string.Create(CultureInfo.InvariantCulture, $"dark-photon m_N={model.Hnl(0).MassGeV} m_Zprime={model.ZPrimeMassGeV} epsilon2={model.Epsilon2} alpha_D={model.AlphaDark}")
            + string.Create(CultureInfo.InvariantCulture, $" |V_muN|^2={model.Hnl(0).VertexMu2} {(model.IsMajorana ? "Majorana" : "Dirac")} flavor={flavorName}");
        return GenerateRunner.Run(context, settings, generation, description, GenerationCliOptions.NeutrinoPdg(flavorName));
    }
}
