using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Experiments.T2K.Fluxes;

/// <summary>The ND280 beam fluxes for the plugin contract: modes "FHC" (+250 kA) and "RHC" (−250 kA), four flavours
/// each, φ(E) per GeV per cm² per POT at the bin centres of the 2016 release (<see cref="T2KFluxRelease"/>), along +z,
/// baseline 280 m.</summary>
internal static class T2KBeams
{
    /// <summary>Mode name of the neutrino-mode beam.</summary>
    public const string Fhc = HornPolarityNames.Fhc;

    /// <summary>Mode name of the antineutrino-mode beam.</summary>
    public const string Rhc = HornPolarityNames.Rhc;

    /// <summary>Distance from the target to ND280, cm (280 m; experiments.md).</summary>
    public const double BaselineCm = 28_000;

    /// <summary>The contract flavour of a release column.</summary>
    public static NeutrinoFlavour Flavour(T2KFluxComponent component) => component switch
    {
        T2KFluxComponent.MuonNeutrino => NeutrinoFlavour.MuonNeutrino,
        T2KFluxComponent.MuonAntineutrino => NeutrinoFlavour.MuonAntineutrino,
        T2KFluxComponent.ElectronNeutrino => NeutrinoFlavour.ElectronNeutrino,
        T2KFluxComponent.ElectronAntineutrino => NeutrinoFlavour.ElectronAntineutrino,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "unknown flux component"),
    };

    /// <summary>All eight fluxes (two modes × four flavours).</summary>
    public static IReadOnlyList<BeamFlux> All()
    {
        var beams = new List<BeamFlux>();
        foreach (var mode in HornPolarityNames.Both)
        {
            var release = T2KFluxRelease.Load(mode);
            foreach (var component in Enum.GetValues<T2KFluxComponent>())
            {
                var (energies, values) = release.BinCentreNodes(component);
                beams.Add(new BeamFlux(mode.ModeName(), Flavour(component), new EnergySpectrum(energies, values, $"T2K ND280 {mode.ModeName()} {component}")) { BaselineCm = BaselineCm });
            }
        }
        return beams;
    }
}
