using DarkSector.Experiments.MicroBooNE;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;

namespace DarkSector.Experiments.MicroBooNE.Fluxes;

/// <summary>The Booster Neutrino Beam flux at MicroBooNE (neutrino mode), per GeV per cm² per POT.</summary>
/// <remarks>
/// Source: DarkNews <c>fluxes/MicroBooNE_BNB_fullflux.txt</c> (PROVENANCE.md; MicroBooNE flux histograms averaged over the
/// TPC active volume, arXiv:2110.13978). Columns E (bin centre, GeV), ν_e, ν_μ, ν_τ (= 0), ν̄_e, ν̄_μ, ν̄_τ (= 0), in
/// ν/cm²/POT per 50 MeV bin: each value is multiplied by 1/(0.05 GeV) = 20 to give per GeV (DarkNews' flux_norm), and
/// the spectrum interpolates linearly between bin centres. ν_τ columns are empty and not loaded.
/// Public so that other plugins on the Booster beam can rescale it (ICARUS: 1/L² from 470 m to 600 m).
/// </remarks>
public static class BnbFlux
{
    /// <summary>Beam-mode name of the neutrino-mode BNB.</summary>
    public const string Mode = "BNB";

    /// <summary>Embedded file name.</summary>
    public const string FileName = "MicroBooNE_BNB_fullflux.txt";

    /// <summary>Width of the table's energy bins in GeV.</summary>
    public const double BinWidthGeV = 0.05;

    /// <summary>Distance from the BNB target to MicroBooNE in cm (470 m; experiments.md).</summary>
    public const double BaselineCm = 47_000;

    /// <summary>The flavours in the table and their 1-based column after the energy.</summary>
    public static readonly (NeutrinoFlavour Flavour, int Column)[] Columns =
    [
        (NeutrinoFlavour.ElectronNeutrino, 1),
        (NeutrinoFlavour.MuonNeutrino, 2),
        (NeutrinoFlavour.ElectronAntineutrino, 4),
        (NeutrinoFlavour.MuonAntineutrino, 5),
    ];

    /// <summary>The four BNB components as beams of mode <see cref="Mode"/>.</summary>
    public static IReadOnlyList<BeamFlux> All() =>
        Columns.Select(c => new BeamFlux(Mode, c.Flavour, Load(c.Column, $"BNB at MicroBooNE {c.Flavour}")) { BaselineCm = BaselineCm }).ToArray();

    /// <summary>One column as a spectrum per GeV (the per-bin values × 20).</summary>
    public static EnergySpectrum Load(int column, string description)
    {
        using var reader = EmbeddedTables.Of<MicroBooNEExperiment>().Open(FileName);
        var perBin = EnergySpectrum.Parse(reader, description, column);
        var perGeV = perBin.Values.ToArray().Select(v => v / BinWidthGeV).ToArray();
        return new EnergySpectrum(perBin.Energies, perGeV, description);
    }
}
