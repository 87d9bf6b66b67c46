using System.Globalization;
using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>
/// <c>darksector generate dipole</c>: ν_α + T → N + T through the transition magnetic moment (coherent with the default
/// nuclear form factor, elastic on protons and neutrons, both N helicities), then N → ν γ and N → ν ℓ⁺ℓ⁻.
/// </summary>
/// <remarks>
/// Neutrino mode: flipping part h = +1, conserving part h = −1; the decaying state is a Dirac N (or Majorana with
/// <c>--majorana</c>), which sets the photon's angular asymmetry. BRs from the model's decay table. One HNL only.
/// The light daughter ν is labelled with the beam flavour's PDG code.
/// </remarks>
internal sealed class DipoleGenerateCommand : CliCommand
{
    private readonly DipoleOptions _model = new();
    private readonly GenerationCliOptions _generation = new();

    public override string Path => "generate dipole";

    public override string Description => "Weighted dipole-portal events: nu T -> N T (coherent + nucleon elastic), N -> nu gamma and nu l+ l-.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        _generation.AddTo(command);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var parameters = _model.Parse(parse);
        if (parameters.LighterHnl is not null) throw new ArgumentException("generate dipole supports one HNL; drop --m4 (N5 -> N4 gamma is not wired yet)");
        var settings = _generation.Parse(parse);
        string flavorName = parse.GetValue(_generation.Flavor)!;
        var generation = GenerationModels.Dipole(parameters, GenerationCliOptions.Nuclei(settings.Targets), GenerationCliOptions.Lepton(flavorName), GenerationCliOptions.NeutrinoPdg(flavorName));
        double m = parameters.MassGeV;
        string description = string.Create(CultureInfo.InvariantCulture, $"dipole m_N={m} d_e={parameters.DElectronGeVm1} d_mu={parameters.DMuonGeVm1} d_tau={parameters.DTauGeVm1} GeV^-1")
            + string.Create(CultureInfo.InvariantCulture, $" {(parameters.IsMajorana ? "Majorana" : "Dirac")} flavor={flavorName} convention={DipoleConvention.Name(parameters.Normalisation)}");
        return GenerateRunner.Run(context, settings, generation, description, GenerationCliOptions.NeutrinoPdg(flavorName));
    }
}
