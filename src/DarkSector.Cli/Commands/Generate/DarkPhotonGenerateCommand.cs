using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Generation;
using static System.FormattableString;

namespace DarkSector.Cli.Commands.Generate;

/// <summary><c>darksector generate dark-photon</c>: ν_α T → N T through the Z' (coherent and nucleon-elastic, both
/// helicities), then the visible decays N → ν ℓ⁺ℓ⁻ (<see cref="GenerationModels.DarkPhoton"/>). One HNL.</summary>
internal sealed class DarkPhotonGenerateCommand : GenerateCommand
{
    private readonly DarkPhotonOptions _model = new();

    public override string Path => "generate dark-photon";

    public override string Description => "Weighted dark-photon events: nu T -> N T (coherent + nucleon elastic), N -> nu l+ l- via Z'.";

    protected override void ConfigureModel(Command command) => _model.AddTo(command);

    protected override (GenerationModel, string) Build(ParseResult parse, IReadOnlyList<Nucleus> targets, LeptonFlavour flavor, int neutrinoPdg, string flavorName)
    {
        var m = _model.Parse(parse);
        if (m.Hnls.Count != 1) throw new ArgumentException("generate dark-photon supports one HNL; drop --m4 (N5 -> N4 l l decays are not wired yet)");
        return (GenerationModels.DarkPhoton(m, targets, flavor, neutrinoPdg),
            Invariant($"dark-photon m_N={m.Hnl(0).MassGeV} m_Zprime={m.ZPrimeMassGeV} epsilon2={m.Epsilon2} alpha_D={m.AlphaDark} |V_muN|^2={m.Hnl(0).VertexMu2} {(m.IsMajorana ? "Majorana" : "Dirac")} flavor={flavorName}"));
    }
}
