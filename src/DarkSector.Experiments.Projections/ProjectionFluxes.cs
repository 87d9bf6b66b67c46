using DarkSector.Experiments.MicroBooNE.Fluxes;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;

namespace DarkSector.Experiments.Projections;

/// <summary>The beams of the projections, per GeV per cm² per POT: the BNB at SBND and ICARUS, the LBNF beam at the
/// DUNE near detector.</summary>
/// <remarks>Sources: data/darknews/PROVENANCE.md (DarkNews 0.4.9 include/fluxes). Stateless; every call parses anew.</remarks>
internal static class ProjectionFluxes
{
    /// <summary>Beam-mode name of the Booster beam (neutrino mode), as MicroBooNE's.</summary>
    public const string Bnb = BnbFlux.Mode;

    /// <summary>Beam-mode names at the DUNE near detector.</summary>
    public const string Fhc = "FHC", Rhc = "RHC";

    /// <summary>SBND's distance from the BNB target, cm (110 m; SBND proposal, arXiv:1503.01520).</summary>
    public const double SbndBaselineCm = 11_000;

    /// <summary>ICARUS's distance from the BNB target, cm (600 m; arXiv:1503.01520).</summary>
    public const double IcarusBaselineCm = 60_000;

    /// <summary>The DUNE near detector's distance from the start of horn 1, cm (574 m; arXiv:2103.04797, as the preset).</summary>
    public const double DuneNdBaselineCm = 57_400;

    /// <summary>SBND table units to per GeV per cm² per POT: ν / 1e6 POT / m² / 50 MeV × 1e-6 (per POT) × 1e-4 (per cm²)
    /// / 0.05 (per GeV) = 2e-9 (PROVENANCE.md, SBND_digitized).</summary>
    public const double SbndToPerGeVCm2Pot = 1e-6 * 1e-4 / 0.05;

    /// <summary>ICARUS flux relative to MicroBooNE's: (470 m / 600 m)² = (47/60)², the DarkNews icarus preset's 1/L²
    /// rescaling. An approximation: the spectral shape is MicroBooNE's and only the normalisation changes, as for a point
    /// source; the 50 m BNB decay region makes 1/L² good to a few % at these distances. No public ICARUS BNB flux table
    /// was found in the project's data.</summary>
    public const double IcarusOverMicroBooNE = 47.0 * 47.0 / (60.0 * 60.0);

    /// <summary>The embedded SBND files and their flavours.</summary>
    public static readonly IReadOnlyList<(NeutrinoFlavour Flavour, string File)> SbndFiles =
    [
        (NeutrinoFlavour.MuonNeutrino, "SBND_numu.dat"),
        (NeutrinoFlavour.MuonAntineutrino, "SBND_numubar.dat"),
        (NeutrinoFlavour.ElectronNeutrino, "SBND_nue.dat"),
        (NeutrinoFlavour.ElectronAntineutrino, "SBND_nuebar.dat"),
    ];

    /// <summary>The embedded DUNE ND files per mode.</summary>
    public static readonly IReadOnlyList<(string Mode, string File)> DuneFiles = [(Fhc, "DUNE_ND_FHC.dat"), (Rhc, "DUNE_ND_RHC.dat")];

    /// <summary>The BNB at SBND: the four digitised flavours (SBND collaboration, NuFACT 2022, digitised by the DarkNews
    /// authors; the raw files, not DarkNews' truncated sbnd_fhc.dat), × <see cref="SbndToPerGeVCm2Pot"/>.</summary>
    public static IReadOnlyList<BeamFlux> Sbnd() => SbndFiles.Select(f =>
    {
        using var reader = Open(f.File);
        var raw = EnergySpectrum.Parse(reader, $"BNB at SBND {f.Flavour} ({f.File})");
        return new BeamFlux(Bnb, f.Flavour, Scale(raw, SbndToPerGeVCm2Pot, raw.Description)) { BaselineCm = SbndBaselineCm };
    }).ToArray();

    /// <summary>The BNB at ICARUS: MicroBooNE's TPC-averaged BNB flux × <see cref="IcarusOverMicroBooNE"/>.</summary>
    public static IReadOnlyList<BeamFlux> Icarus() => BnbFlux.All().Select(b =>
        new BeamFlux(Bnb, b.Flavour, Scale(b.Spectrum, IcarusOverMicroBooNE, $"BNB at ICARUS {b.Flavour} (MicroBooNE x (47/60)^2)"))
        { BaselineCm = IcarusBaselineCm }).ToArray();

    /// <summary>The LBNF beam at the DUNE ND, both modes and four flavours (columns E, ν_e, ν_μ, ν_τ, ν̄_e, ν̄_μ, ν̄_τ in
    /// ν/cm²/POT/GeV; DUNE flux release arXiv:2103.04797: 1.2 MW, 120 GeV protons).</summary>
    public static IReadOnlyList<BeamFlux> DuneNd() =>
        DuneFiles.SelectMany(m => BnbFlux.Columns.Select(c =>
        {
            using var reader = Open(m.File);
            return new BeamFlux(m.Mode, c.Flavour, EnergySpectrum.Parse(reader, $"DUNE ND {m.Mode} {c.Flavour}", c.Column)) { BaselineCm = DuneNdBaselineCm };
        })).ToArray();

    /// <summary>The spectrum × <paramref name="factor"/>.</summary>
    public static EnergySpectrum Scale(EnergySpectrum spectrum, double factor, string description) =>
        new(spectrum.Energies, spectrum.Values.ToArray().Select(v => v * factor).ToArray(), description);

    /// <summary>Opens an embedded table of this assembly.</summary>
    /// <exception cref="InvalidOperationException">No such resource (a build problem).</exception>
    public static TextReader Open(string file)
    {
        string name = "DarkSector.Experiments.Projections.Data." + file;
        var stream = typeof(ProjectionFluxes).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        return new StreamReader(stream);
    }
}
