using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.Decay;

/// <summary><c>darksector decay dark-photon</c>: the decay table of the HNL --mn names (N4, or N5 with --m4).</summary>
internal sealed class DarkPhotonDecayCommand : ReportCommand
{
    private readonly DarkPhotonOptions _model = new();

    public override string Path => "decay dark-photon";

    public override string Description =>
        "Dark-photon HNL decays: N -> nu Z', nu e+e-, nu mu+mu- (off-shell Z', SM Z/W), nu nu nu and, with --m4, N5 -> N4 Z' / N4 l+l-.";

    protected override void Configure(Command command) => _model.AddTo(command);

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        var model = _model.Parse(parse);
        int n = model.Hnls.Count - 1;
        return DecayReport.Of($"N{n + 4}", model.Hnl(n).MassGeV, DarkPhotonDecays.Hnl(model, n));
    }
}
