using DarkSector.Cli.Hosting;
using DarkSector.Physics.Decays;
using Spectre.Console;

namespace DarkSector.Cli.Commands.Decay;

/// <summary>
/// Prints a <see cref="DecayTable"/> for every <c>decay</c> subcommand, as a table or as JSON with the public keys
/// <c>totalWidthGeV</c>, <c>ctau0Cm</c> and <c>channels</c> (each <c>name</c>, <c>widthGeV</c>, <c>branchingRatio</c>).
/// </summary>
internal static class DecayReport
{
    /// <summary>JSON shape of the decay commands (public contract).</summary>
    /// <remarks><c>convention</c> names the dipole normalisation (kamp2023 or darknews) for <c>decay dipole</c>; null (omitted) otherwise.</remarks>
    internal sealed record Json(string Particle, double MassGeV, double TotalWidthGeV, double Ctau0Cm, IReadOnlyList<ChannelJson> Channels, string? Convention);

    /// <summary>One channel in the JSON output.</summary>
    internal sealed record ChannelJson(string Name, double WidthGeV, double BranchingRatio);

    /// <summary>Writes the table of <paramref name="table"/> for the particle <paramref name="particle"/> of mass <paramref name="massGeV"/>.</summary>
    /// <param name="context">Output context.</param>
    /// <param name="particle">Name of the decaying particle.</param>
    /// <param name="massGeV">Its mass in GeV.</param>
    /// <param name="table">Its decay table.</param>
    /// <param name="convention">The model's coupling normalisation to report (key <c>convention</c>), or null.</param>
    /// <exception cref="ArgumentException">Every partial width is zero: the state would be stable (c·τ0 = ∞), which at these
    /// model points means every decay coupling was left at zero.</exception>
    public static int Write(CliContext context, string particle, double massGeV, DecayTable table, string? convention = null)
    {
        if (!(table.TotalWidthGeV > 0))
            throw new ArgumentException($"{particle} does not decay at this model point (every partial width is zero, c*tau0 would be infinite): "
                + "give a decay coupling > 0 (dark-photon: --v-n2 or --u-e-n2/--u-mu-n2/--u-tau-n2; dipole: --d-e/--d-mu/--d-tau)");
        var channels = table.Channels.Select(c => new ChannelJson(c.Name, c.WidthGeV, table.BranchingRatio(c.Name))).ToList();
        if (context.Json)
        {
            context.WriteJson(new Json(particle, massGeV, table.TotalWidthGeV, table.CTau0Cm, channels, convention));
            return ExitCodes.Success;
        }
        var grid = new Table().AddColumns("channel", "width [[GeV]]", "branching ratio");
        foreach (var c in channels)
            grid.AddRow(c.Name, c.WidthGeV.ToString("0.0000E+00"), c.BranchingRatio.ToString("G6"));
        var console = context.Console;
        console.MarkupLine($"[bold]{Markup.Escape(particle)}[/] (m = {massGeV:G6} GeV)" + (convention is null ? "" : $", convention {Markup.Escape(convention)}"));
        console.Write(grid);
        console.WriteLine($"total width = {table.TotalWidthGeV:0.000000E+00} GeV, c*tau0 = {table.CTau0Cm:0.000000E+00} cm");
        return ExitCodes.Success;
    }
}
