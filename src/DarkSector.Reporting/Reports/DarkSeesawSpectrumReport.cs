using DarkSector.Physics;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Reporting.Tables;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Reporting.Reports;

/// <summary>A diagonalised dark-seesaw card (<c>spectrum dark-seesaw</c>; JSON keys states [name, massGeV, umu2, ctau0Cm],
/// vertices [i, j, v2] for all ordered pairs (0-based indices into states, so Σ v2 = 2d), zprime {totalWidthGeV,
/// channels [name, branchingRatio]}).</summary>
/// <param name="States">Every mass state.</param>
/// <param name="Vertices">|V_ij|² of the Z' vertex for every ordered pair.</param>
/// <param name="Zprime">Z' width and branching ratios.</param>
public sealed record DarkSeesawSpectrumReport(
    IReadOnlyList<DarkSeesawSpectrumReport.State> States, IReadOnlyList<DarkSeesawSpectrumReport.Vertex> Vertices, DarkSeesawSpectrumReport.ZPrime Zprime)
    : ITextReport
{
    /// <summary>One mass state.</summary>
    /// <param name="Name">Name (nu1.., N4..).</param>
    /// <param name="MassGeV">Mass, GeV.</param>
    /// <param name="Umu2">|U_μi|².</param>
    /// <param name="Ctau0Cm">c τ0 in cm (+∞ for a stable state).</param>
    public sealed record State(string Name, double MassGeV, double Umu2, double Ctau0Cm);

    /// <summary>|V_ij|² of the Z' vertex.</summary>
    /// <param name="I">First state (0-based).</param>
    /// <param name="J">Second state (0-based).</param>
    /// <param name="V2">|V_ij|².</param>
    public sealed record Vertex(int I, int J, double V2);

    /// <summary>The Z' total width and branching ratios.</summary>
    /// <param name="TotalWidthGeV">Total width, GeV.</param>
    /// <param name="Channels">Channels, e.g. "e e", "nu N4", "N5 N6".</param>
    public sealed record ZPrime(double TotalWidthGeV, IReadOnlyList<ZPrimeChannel> Channels);

    /// <summary>One Z' channel.</summary>
    /// <param name="Name">Channel name.</param>
    /// <param name="BranchingRatio">Branching ratio.</param>
    public sealed record ZPrimeChannel(string Name, double BranchingRatio);

    /// <summary>The report of <paramref name="spectrum"/>.</summary>
    public static DarkSeesawSpectrumReport Of(DarkSeesawSpectrum spectrum)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        int count = spectrum.StateCount;
        var tables = DarkSeesawDecays.AllStates(spectrum);
        var states = Enumerable.Range(0, count).Select(i => new State(spectrum.StateName(i), spectrum.MassesGeV[i], spectrum.MixingSquared(LeptonFlavour.Muon, i), tables[i].CTau0Cm));
        var vertices = Enumerable.Range(0, count * count).Select(k => new Vertex(k / count, k % count, spectrum.ZPrimeVertexSquared(k / count, k % count)));
        var z = DarkSeesawDecays.ZPrime(spectrum);
        return new([.. states], [.. vertices], new ZPrime(z.TotalWidthGeV, [.. z.Channels.Select(c => new ZPrimeChannel(c.Name.Replace('_', ' '), z.BranchingRatio(c.Name)))]));
    }

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        yield return Table(["state", "mass [GeV]", "|U_mu|^2", "c*tau0 [cm]"], States.Select(s => new[]
            { s.Name, F(s.MassGeV, "0.000000E+00"), F(s.Umu2, "0.0000E+00"), double.IsPositiveInfinity(s.Ctau0Cm) ? "stable" : F(s.Ctau0Cm, "0.0000E+00") }));
        int n = States.Count;
        yield return Table(["|V_ij|^2", .. States.Select(s => s.Name)],
            Enumerable.Range(0, n).Select(i => new[] { States[i].Name }.Concat(Enumerable.Range(0, n).Select(j => F(Vertices[i * n + j].V2, "0.00E+00"))).ToArray()));
        yield return Table(["Z' channel", "branching ratio"], Zprime.Channels.Select(c => new[] { c.Name, F(c.BranchingRatio, "G6") }));
        yield return new ReportLine($"Z' total width = {F(Zprime.TotalWidthGeV, "0.000000E+00")} GeV");
    }
}
