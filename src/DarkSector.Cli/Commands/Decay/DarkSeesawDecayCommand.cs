using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Cli.Commands.Decay;

/// <summary>
/// <c>darksector decay dark-seesaw --card &lt;file&gt; --state N5 [--json]</c>: the decay table of one state of a
/// dark-seesaw model card, printed by <see cref="DecayReport"/> (same JSON shape as every decay command).
/// </summary>
internal sealed class DarkSeesawDecayCommand : CliCommand
{
    private readonly DarkSeesawOptions _model = new();

    private readonly Option<string> _state = new("--state")
    {
        Description = "State to decay: nu1..nu3 (stable) or N4, N5, ... in ascending mass.",
        Required = true,
    };

    public override string Path => "decay dark-seesaw";
    public override string Description => "Partial widths, branching ratios, total width and c*tau0 of one state of a dark-seesaw model card.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        command.Options.Add(_state);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var spectrum = _model.Spectrum(parse);
        int index = spectrum.IndexOf(parse.GetValue(_state)!);
        var table = DarkSeesawDecays.State(spectrum, index);
        return DecayReport.Write(context, spectrum.StateName(index), spectrum.MassesGeV[index], table);
    }
}
