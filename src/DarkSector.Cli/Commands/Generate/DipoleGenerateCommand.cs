using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Physics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Generation;
using static System.FormattableString;

namespace DarkSector.Cli.Commands.Generate;

/// <summary><c>darksector generate dipole</c>: ν_α T → N T through the transition magnetic moment, then N → ν γ and
/// N → ν ℓ⁺ℓ⁻ (<see cref="GenerationModels.Dipole"/>). One HNL.</summary>
internal sealed class DipoleGenerateCommand : GenerateCommand
{
    private readonly DipoleOptions _model = new();

    public override string Path => "generate dipole";

    public override string Description => "Weighted dipole-portal events: nu T -> N T (coherent + nucleon elastic), N -> nu gamma and nu l+ l-.";

    protected override void ConfigureModel(Command command) => _model.AddTo(command);

    protected override (GenerationModel, string) Build(ParseResult parse, IReadOnlyList<Nucleus> targets, LeptonFlavour flavor, int neutrinoPdg, string flavorName)
    {
        var p = _model.Parse(parse);
        if (p.LighterHnl is not null) throw new ArgumentException("generate dipole supports one HNL; drop --m4 (N5 -> N4 gamma is not wired yet)");
        return (GenerationModels.Dipole(p, targets, flavor, neutrinoPdg),
            Invariant($"dipole m_N={p.MassGeV} d_e={p.DElectronGeVm1} d_mu={p.DMuonGeVm1} d_tau={p.DTauGeVm1} GeV^-1 {(p.IsMajorana ? "Majorana" : "Dirac")} flavor={flavorName} convention={DipoleConvention.Name(p.Normalisation)}"));
    }
}
