using DarkSector.Physics;
using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Cli.Commands.Spectrum;

/// <summary>JSON shape of <c>spectrum dark-seesaw</c> (public contract; keys as in issue 5) and its construction.</summary>
internal sealed record DarkSeesawReport(
    IReadOnlyList<DarkSeesawReport.StateJson> States,
    IReadOnlyList<DarkSeesawReport.VertexJson> Vertices,
    DarkSeesawReport.ZprimeJson Zprime)
{
    /// <summary>One mass state: name, mass in GeV, |U_μi|², c·τ0 in cm (+∞ for a stable state).</summary>
    internal sealed record StateJson(string Name, double MassGeV, double Umu2, double Ctau0Cm);

    /// <summary>|V_ij|² of the Z' vertex for states i, j (0-based indices into <c>states</c>).</summary>
    internal sealed record VertexJson(int I, int J, double V2);

    /// <summary>Z' total width in GeV and branching ratios.</summary>
    internal sealed record ZprimeJson(double TotalWidthGeV, IReadOnlyList<ChannelJson> Channels);

    /// <summary>One Z' channel, e.g. "e e", "nu N4" or "N5 N6".</summary>
    internal sealed record ChannelJson(string Name, double BranchingRatio);

    /// <summary>Collects the report of <paramref name="spectrum"/>.</summary>
    public static DarkSeesawReport Build(DarkSeesawSpectrum spectrum)
    {
        int count = spectrum.StateCount;
        var tables = DarkSeesawDecays.AllStates(spectrum);
        var states = new List<StateJson>(count);
        for (int i = 0; i < count; i++)
            states.Add(new StateJson(spectrum.StateName(i), spectrum.MassesGeV[i], spectrum.MixingSquared(LeptonFlavour.Muon, i), tables[i].CTau0Cm));
        var vertices = new List<VertexJson>(count * count);
        for (int i = 0; i < count; i++)
            for (int j = 0; j < count; j++)
                vertices.Add(new VertexJson(i, j, spectrum.ZPrimeVertexSquared(i, j)));
        var zPrime = DarkSeesawDecays.ZPrime(spectrum);
        var channels = zPrime.Channels.Select(c => new ChannelJson(c.Name.Replace('_', ' '), zPrime.BranchingRatio(c.Name))).ToList();
        return new DarkSeesawReport(states, vertices, new ZprimeJson(zPrime.TotalWidthGeV, channels));
    }
}
