using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Cli.Commands.Decay;

/// <summary><c>darksector decay dark-photon</c>: channels nu_Zprime, nu_e_e, nu_mu_mu, nu_nu_nu (and N4_Zprime, N4_e_e, N4_mu_mu) of a dark-photon HNL.</summary>
internal sealed class DarkPhotonDecayCommand : CliCommand
{
    private readonly DarkPhotonOptions _model = new();

    public override string Path => "decay dark-photon";

    public override string Description =>
        "Dark-photon HNL decays: N -> nu Z', nu e+e-, nu mu+mu- (off-shell Z', SM Z/W), nu nu nu and, with --m4, N5 -> N4 Z' / N4 l+l-.";

    protected override void Configure(Command command) => _model.AddTo(command);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var model = _model.Parse(parse);
        int index = DarkPhotonOptions.PrimaryIndex(model);
        return DecayReport.Write(context, $"N{index + 4}", model.Hnl(index).MassGeV, DarkPhotonDecays.Hnl(model, index));
    }
}
