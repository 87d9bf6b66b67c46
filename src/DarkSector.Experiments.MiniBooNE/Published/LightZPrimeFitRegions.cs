using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Experiments.MiniBooNE.Published;

/// <summary>The MiniBooNE preferred regions (1, 3 and 5σ) of the light-mediator dark-neutrino model, m_Z' = 30 MeV, in
/// the (m_N [GeV], |V_μN|²) plane, as drawn in the light-mediator limit figure of Argüelles, Foppiani, Hostert, PRD 107
/// (2023) 035027 (their Ref. [25]); digitised (approximate), data/t2k-kde-paper/PROVENANCE.md.</summary>
/// <remarks>Each region is closed from its digitised lower edge (increasing m_N) and its upper edge (reversed), as the
/// paper's plotting code fills between the two.</remarks>
internal static class LightZPrimeFitRegions
{
    private const string Source = "Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, light-mediator figure (MiniBooNE fit region, their Ref. [25]; digitised)";

    /// <summary>The three regions, 1σ first.</summary>
    public static IReadOnlyList<PublishedRegion> All() => [.. new[] { 1, 3, 5 }.Select(Region)];

    private static PublishedRegion Region(int sigma)
    {
        var lower = EmbeddedTables.Of<MiniBooNEExperiment>().Rows($"light_zprime_fit.low_{sigma}_sigma.dat");
        var upper = EmbeddedTables.Of<MiniBooNEExperiment>().Rows($"light_zprime_fit.upper_{sigma}_sigma.dat");
        var boundary = lower.Select(r => new ContourPoint(r[0], r[1]))
            .Concat(Enumerable.Reverse(upper).Select(r => new ContourPoint(r[0], r[1]))).ToArray();
        return new PublishedRegion
        {
            Id = $"miniboone-light-zprime-{sigma}sigma",
            Label = $"MiniBooNE {sigma}σ (light Z')",
            Source = Source,
            Family = "dark-photon",
            XParameter = "m-n",
            YParameter = "v-mu-n2",
            Fixed = new Dictionary<string, double> { ["mzprime"] = 0.03 },
            Sigma = sigma,
            Boundary = boundary,
        };
    }
}
