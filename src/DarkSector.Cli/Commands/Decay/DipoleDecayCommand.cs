using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.Decay;

/// <summary><c>darksector decay dipole</c>: the decay table of a dipole-portal HNL (N4, or N5 with --m4), with its normalisation.</summary>
internal sealed class DipoleDecayCommand : ReportCommand
{
    private readonly DipoleOptions _model = new();

    public override string Path => "decay dipole";

    public override string Description =>
        "Dipole-portal HNL decays: N -> nu gamma, nu e+e-, nu mu+mu- (virtual photon) and, with --m4, N5 -> N4 gamma.";

    protected override void Configure(Command command) => _model.AddTo(command);

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        var p = _model.Parse(parse);
        return DecayReport.Of(p.LighterHnl is null ? "N4" : "N5", p.MassGeV, DipoleDecays.Table(p), DipoleConvention.Name(p.Normalisation));
    }
}
