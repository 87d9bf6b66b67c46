using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.Spectrum;

/// <summary><c>darksector spectrum dark-seesaw --card FILE</c>: the diagonalised card (<see cref="DarkSeesawSpectrumReport"/>).</summary>
internal sealed class DarkSeesawSpectrumCommand : ReportCommand
{
    private readonly DarkSeesawOptions _model = new();

    public override string Path => "spectrum dark-seesaw";

    public override string Description => "Diagonalise a dark-seesaw model card: masses, mixings |U_mu i|^2, Z' vertices |V_ij|^2, lifetimes, Z' branching ratios.";

    protected override void Configure(Command command) => _model.AddTo(command);

    protected override ITextReport Report(ParseResult parse, CliContext context) => DarkSeesawSpectrumReport.Of(_model.Spectrum(parse));
}
