using DarkSector.Experiments.MINERvA;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;

namespace DarkSector.Experiments.MINERvA.Fluxes;

/// <summary>The NuMI fluxes at MINERvA for the plugin contract: modes "LE-FHC", "ME-FHC", "ME-RHC", flavours ν_e, ν_μ,
/// ν̄_e, ν̄_μ, φ(E) per GeV per cm² per POT along +z.</summary>
/// <remarks>
/// Files data/darknews/fluxes/NUMI_{FHC,RHC}_{LE,ME}.dat (DarkNews layout E, ν_e, ν_μ, ν_τ, ν̄_e, ν̄_μ, ν̄_τ in
/// ν/cm²/POT/GeV; darknews PROVENANCE.md). LE: the MINERvA low-energy flux (arXiv:1607.00704 ancillary tables)
/// resampled by DarkNews. ME: <b>digitised</b> from a MINERvA medium-energy flux figure (approximate; zero outside
/// 1–20 GeV). The ME-RHC mode reads NUMI_RHC_ME.dat (DarkNews' own preset maps minerva_me_rhc to the FHC file — a bug
/// avoided here, and tested). ν_τ columns are empty and not used. Baseline ≈ 1.03 km (MINERvA hall; information only).
/// </remarks>
internal static class NuMIBeams
{
    /// <summary>Mode names.</summary>
    public const string LeFhc = "LE-FHC", MeFhc = "ME-FHC", MeRhc = "ME-RHC";

    /// <summary>Embedded file of each mode.</summary>
    public static string FileOf(string mode) => mode switch
    {
        LeFhc => "NUMI_FHC_LE.dat",
        MeFhc => "NUMI_FHC_ME.dat",
        MeRhc => "NUMI_RHC_ME.dat",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, $"mode must be {LeFhc}, {MeFhc} or {MeRhc}"),
    };

    private static readonly (NeutrinoFlavour Flavour, int Column)[] Columns =
    [
        (NeutrinoFlavour.ElectronNeutrino, 1), (NeutrinoFlavour.MuonNeutrino, 2),
        (NeutrinoFlavour.ElectronAntineutrino, 4), (NeutrinoFlavour.MuonAntineutrino, 5),
    ];

    /// <summary>All twelve fluxes (three modes × four flavours).</summary>
    public static IReadOnlyList<BeamFlux> All()
    {
        var beams = new List<BeamFlux>();
        foreach (var mode in new[] { LeFhc, MeFhc, MeRhc })
            foreach (var (flavour, column) in Columns)
            {
                using var reader = EmbeddedTables.Of<MINERvAExperiment>().Open(FileOf(mode));
                var spectrum = EnergySpectrum.Parse(reader, $"NuMI {mode} {flavour} ({FileOf(mode)})", column);
                beams.Add(new BeamFlux(mode, flavour, spectrum) { BaselineCm = 103_000 });
            }
        return beams;
    }
}
