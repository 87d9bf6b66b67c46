using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.Models.DarkSeesaw;
using Spectre.Console;

namespace DarkSector.Cli.Commands.Spectrum;

/// <summary>
/// <c>darksector spectrum dark-seesaw --card &lt;file&gt; [--json]</c>: masses, |U_μi|², c·τ0 of every state, |V_ij|² of
/// every pair and the Z' width and branching ratios of a dark-seesaw model card.
/// </summary>
/// <remarks>
/// JSON (public contract): <c>states</c> [<c>name</c>, <c>massGeV</c>, <c>umu2</c>, <c>ctau0Cm</c>], <c>vertices</c>
/// [<c>i</c>, <c>j</c>, <c>v2</c>] for all ordered pairs (i, j are 0-based indices into <c>states</c>, so Σ v2 = 2d),
/// <c>zprime</c> {<c>totalWidthGeV</c>, <c>channels</c> [<c>name</c>, <c>branchingRatio</c>]}.
/// </remarks>
internal sealed class DarkSeesawSpectrumCommand : CliCommand
{
    private readonly DarkSeesawOptions _model = new();

    public override string Path => "spectrum dark-seesaw";
    public override string Description => "Diagonalise a dark-seesaw model card: masses, mixings |U_mu i|^2, Z' vertices |V_ij|^2, lifetimes, Z' branching ratios.";

    protected override void Configure(Command command) => _model.AddTo(command);

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var spectrum = _model.Spectrum(parse);
        var report = DarkSeesawReport.Build(spectrum);
        if (context.Json)
        {
            context.WriteJson(report);
            return ExitCodes.Success;
        }
        var console = context.Console;
        var states = new Table().AddColumns("state", "mass [[GeV]]", "|U_mu|^2", "c*tau0 [[cm]]");
        foreach (var s in report.States)
            states.AddRow(Markup.Escape(s.Name), s.MassGeV.ToString("0.000000E+00"), s.Umu2.ToString("0.0000E+00"), double.IsPositiveInfinity(s.Ctau0Cm) ? "stable" : s.Ctau0Cm.ToString("0.0000E+00"));
        console.Write(states);
        var vertices = new Table().AddColumn("|V_ij|^2");
        foreach (var s in report.States) vertices.AddColumn(s.Name);
        for (int i = 0; i < report.States.Count; i++)
        {
            var row = new List<string> { report.States[i].Name };
            for (int j = 0; j < report.States.Count; j++) row.Add(report.Vertices[i * report.States.Count + j].V2.ToString("0.00E+00"));
            vertices.AddRow(row.ToArray());
        }
        console.Write(vertices);
        var z = report.Zprime;
        {
            var channels = new Table().AddColumns("Z' channel", "branching ratio");
            foreach (var c in z.Channels) channels.AddRow(Markup.Escape(c.Name), c.BranchingRatio.ToString("G6"));
            console.Write(channels);
            console.WriteLine($"Z' total width = {z.TotalWidthGeV:0.000000E+00} GeV");
        }
        return ExitCodes.Success;
    }
}
