using DarkSector.Physics.Decays;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Reporting.Tables;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Reporting.Reports;

/// <summary>The decay table of one particle (<c>decay</c>; JSON keys particle, massGeV, totalWidthGeV, ctau0Cm, channels
/// [{name, widthGeV, branchingRatio}], convention).</summary>
/// <param name="Particle">Name of the decaying particle, e.g. "N4".</param>
/// <param name="MassGeV">Its mass, GeV.</param>
/// <param name="TotalWidthGeV">Total width, GeV.</param>
/// <param name="Ctau0Cm">c τ0, cm.</param>
/// <param name="Channels">Every channel.</param>
/// <param name="Convention">The coupling normalisation of a dipole model (kamp2023 or darknews), or null.</param>
public sealed record DecayReport(string Particle, double MassGeV, double TotalWidthGeV, double Ctau0Cm, IReadOnlyList<DecayReport.Channel> Channels, string? Convention)
    : ITextReport
{
    /// <summary>One channel.</summary>
    /// <param name="Name">Channel name, e.g. "nu_e_e".</param>
    /// <param name="WidthGeV">Partial width, GeV.</param>
    /// <param name="BranchingRatio">Branching ratio.</param>
    public sealed record Channel(string Name, double WidthGeV, double BranchingRatio);

    /// <summary>The report of <paramref name="table"/>.</summary>
    /// <param name="particle">Name of the decaying particle.</param>
    /// <param name="massGeV">Its mass, GeV.</param>
    /// <param name="table">Its decay table.</param>
    /// <param name="convention">The coupling normalisation to report, or null.</param>
    /// <exception cref="ArgumentException">Every partial width is zero: the particle would be stable (c τ0 = ∞), which at a
    /// model point means every decay coupling was left at zero.</exception>
    public static DecayReport Of(string particle, double massGeV, DecayTable table, string? convention = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!(table.TotalWidthGeV > 0))
            throw new ArgumentException($"{particle} does not decay at this model point (every partial width is zero, c*tau0 would be infinite): "
                + "give a decay coupling > 0 (dark-photon: --v-n2 or --u-e-n2/--u-mu-n2/--u-tau-n2; dipole: --d-e/--d-mu/--d-tau)");
        return new(particle, massGeV, table.TotalWidthGeV, table.CTau0Cm,
            [.. table.Channels.Select(c => new Channel(c.Name, c.WidthGeV, table.BranchingRatio(c.Name)))], convention);
    }

    /// <summary>The decays of the dark-photon model's heaviest HNL (<c>--mn</c>; N4, or N5 with a second HNL):
    /// <see cref="DarkPhotonDecays.Hnl"/>.</summary>
    /// <param name="model">The model point.</param>
    /// <exception cref="ArgumentException">The HNL does not decay at this point (see <see cref="Of(string, double, DecayTable, string?)"/>).</exception>
    public static DecayReport DarkPhoton(DarkPhotonModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        int n = model.Hnls.Count - 1;
        return Of($"N{n + 4}", model.Hnl(n).MassGeV, DarkPhotonDecays.Hnl(model, n));
    }

    /// <summary>The decays of the dipole portal's HNL (N4, or N5 with a lighter N4; <see cref="DipoleDecays.Table"/>), with
    /// the coupling convention.</summary>
    /// <param name="parameters">The model point.</param>
    public static DecayReport Dipole(DipoleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Of(parameters.LighterHnl is null ? "N4" : "N5", parameters.MassGeV, DipoleDecays.Table(parameters), DipoleConvention.Name(parameters.Normalisation));
    }

    /// <summary>The decays of one state of a dark-seesaw spectrum (<see cref="DarkSeesawDecays.State"/>).</summary>
    /// <param name="spectrum">The diagonalised card.</param>
    /// <param name="state">The state's name: nu1..nu3 or N4, N5, ... in ascending mass.</param>
    public static DecayReport DarkSeesaw(DarkSeesawSpectrum spectrum, string state)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        int i = spectrum.IndexOf(state);
        return Of(spectrum.StateName(i), spectrum.MassesGeV[i], DarkSeesawDecays.State(spectrum, i));
    }

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        yield return new ReportLine($"{Particle} (m = {F(MassGeV, "G6")} GeV)" + (Convention is null ? "" : $", convention {Convention}"));
        yield return Table(["channel", "width [GeV]", "branching ratio"], Channels.Select(c => new[] { c.Name, F(c.WidthGeV, "0.0000E+00"), F(c.BranchingRatio, "G6") }));
        yield return new ReportLine($"total width = {F(TotalWidthGeV, "0.000000E+00")} GeV, c*tau0 = {F(Ctau0Cm, "0.000000E+00")} cm");
    }
}
