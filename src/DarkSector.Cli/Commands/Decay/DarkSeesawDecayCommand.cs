using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.Decay;

/// <summary><c>darksector decay dark-seesaw --card FILE --state N5</c>: the decay table of one state of a model card.</summary>
internal sealed class DarkSeesawDecayCommand : ReportCommand
{
    private readonly DarkSeesawOptions _model = new();
    private readonly Option<string> _state = new("--state") { Description = "State to decay: nu1..nu3 (stable) or N4, N5, ... in ascending mass.", Required = true };

    public override string Path => "decay dark-seesaw";

    public override string Description => "Partial widths, branching ratios, total width and c*tau0 of one state of a dark-seesaw model card.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        command.Options.Add(_state);
    }

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        var spectrum = _model.Spectrum(parse);
        int i = spectrum.IndexOf(parse.GetValue(_state)!);
        return DecayReport.Of(spectrum.StateName(i), spectrum.MassesGeV[i], DarkSeesawDecays.State(spectrum, i));
    }
}
