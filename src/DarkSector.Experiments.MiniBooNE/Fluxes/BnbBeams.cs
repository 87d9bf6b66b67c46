using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;

namespace DarkSector.Experiments.MiniBooNE.Fluxes;

/// <summary>The BNB fluxes at MiniBooNE for the plugin contract: modes "FHC" and "RHC", four flavours each, along +z,
/// baseline 541 m (<see cref="BnbFluxTable"/>).</summary>
internal static class BnbBeams
{
    /// <summary>Mode name of the neutrino-mode beam.</summary>
    public const string Fhc = "FHC";

    /// <summary>Mode name of the antineutrino-mode beam.</summary>
    public const string Rhc = "RHC";

    /// <summary>Distance from the BNB target to the detector centre, cm (541 m; experiments.md).</summary>
    public const double BaselineCm = 54_100;

    /// <summary>The mode name of a horn mode.</summary>
    public static string ModeName(BnbHornMode mode) => mode == BnbHornMode.Fhc ? Fhc : Rhc;

    /// <summary>All eight fluxes (two modes × four flavours).</summary>
    public static IReadOnlyList<BeamFlux> All()
    {
        var beams = new List<BeamFlux>();
        foreach (var mode in new[] { BnbHornMode.Fhc, BnbHornMode.Rhc })
        {
            var table = BnbFluxTable.Load(mode);
            foreach (var flavour in BnbFluxTable.Flavours)
            {
                var (e, v) = table.Nodes(flavour);
                beams.Add(new BeamFlux(ModeName(mode), flavour, new EnergySpectrum(e, v, $"BNB at MiniBooNE {ModeName(mode)} {flavour}")) { BaselineCm = BaselineCm });
            }
        }
        return beams;
    }
}
