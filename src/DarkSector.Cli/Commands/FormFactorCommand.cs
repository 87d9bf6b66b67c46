using System.CommandLine;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.Targets;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands;

/// <summary><c>darksector formfactor --nucleus C12 [--q GeV | --q-max GeV] [--model NAME]</c>: F(Q) at one Q or as a
/// table of 21 points from 0 to --q-max (<see cref="FormFactorReport"/>; nucleon F1/F2 for H1 and n).</summary>
internal sealed class FormFactorCommand : ReportCommand
{
    private readonly Option<string> _nucleus = new("--nucleus") { Description = "Target nucleus, e.g. C12, Ar40, Pb208, H1 (proton), n (neutron).", Required = true };
    private readonly Option<double?> _q = new("--q") { Description = "Momentum transfer Q = sqrt(Q^2) in GeV (>= 0). Without it: a table from 0 to --q-max." };
    private readonly Option<double> _qMax = new("--q-max") { Description = "Largest Q of the table in GeV (> 0).", DefaultValueFactory = _ => 0.5 };
    private readonly Option<string?> _model = new("--model") { Description = "fourier-bessel, fermi, helm or dipole. Default: Fourier-Bessel where tabulated, else symmetrized Fermi." };

    public override string Path => "formfactor";

    public override string Description => "Nuclear charge form factor F(Q) (Fourier-Bessel, symmetrized Fermi, Helm, dipole), or nucleon F1/F2 for H1 and n.";

    protected override void Configure(Command command)
    {
        foreach (Option option in new Option[] { _nucleus, _q, _qMax, _model }) command.Options.Add(option);
    }

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        double qMax = Check.Positive(parse.GetValue(_qMax), "--q-max");
        double[] qs = parse.GetValue(_q) is double q ? [Check.NonNegative(q, "--q")] : [.. Enumerable.Range(0, 21).Select(i => qMax * i / 20)];
        return FormFactorReport.Of(Nuclei.Get(parse.GetValue(_nucleus)!), parse.GetValue(_model), qs);
    }
}
