using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;

namespace DarkSector.Experiments.MiniBooNE.Fluxes;

/// <summary>The BNB fluxes at MiniBooNE for the plugin contract: modes "FHC" and "RHC", four flavours each, along +z,
/// baseline 541 m (<see cref="BnbFluxTable"/>).</summary>
internal static class BnbBeams
{
    /// <summary>Mode name of the neutrino-mode beam.</summary>
    public const string Fhc = HornPolarityNames.Fhc;

    /// <summary>Mode name of the antineutrino-mode beam.</summary>
    public const string Rhc = HornPolarityNames.Rhc;

    /// <summary>Distance from the BNB target to the detector centre, cm (541 m; experiments.md).</summary>
    public const double BaselineCm = 54_100;

    /// <summary>All eight fluxes (two modes × four flavours).</summary>
    public static IReadOnlyList<BeamFlux> All()
    {
        var beams = new List<BeamFlux>();
        foreach (var mode in HornPolarityNames.Both)
        {
            var table = BnbFluxTable.Load(mode);
            foreach (var flavour in BnbFluxTable.Flavours)
            {
                var (e, v) = table.Nodes(flavour);
                beams.Add(new BeamFlux(mode.ModeName(), flavour, new EnergySpectrum(e, v, $"BNB at MiniBooNE {mode.ModeName()} {flavour}")) { BaselineCm = BaselineCm });
            }
        }
        return beams;
    }
}
