using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.Dipole;

namespace DarkSector.Cli.Commands.Decay;

/// <summary><c>darksector decay dipole</c>: channels nu_gamma, nu_e_e, nu_mu_mu (and N4_gamma) of a dipole-portal HNL.</summary>
internal sealed class DipoleDecayCommand : CliCommand
{
    private readonly DipoleOptions _model = new();

    public override string Path => "decay dipole";

    public override string Description =>
        "Dipole-portal HNL decays: N -> nu gamma, nu e+e-, nu mu+mu- (virtual photon) and, with --m4, N5 -> N4 gamma.";

    protected override void Configure(Command command) => _model.AddTo(command);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var parameters = _model.Parse(parse);
        string particle = parameters.LighterHnl is null ? "N4" : "N5";
        return DecayReport.Write(context, particle, parameters.MassGeV, DipoleDecays.Table(parameters), DipoleConvention.Name(parameters.Normalisation));
    }
}
