using DarkSector.Sampling.Flux;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// A neutrino flux named as a user gives it: a two-column text file (E in GeV, flux per GeV per cm² per POT),
/// FILE:COLUMN of a DarkNews-layout table (E, nue, numu, nutau, nuebar, numubar, nutaubar), or the built-in beam
/// EXPERIMENT:MODE[:FLAVOUR] of an experiment plugin (flavour numu by default), e.g. miniboone:fhc:numu.
/// </summary>
public static class FluxSources
{
    private static readonly string[] DarkNewsColumns = ["nue", "numu", "nutau", "nuebar", "numubar", "nutaubar"];

    /// <summary>The flux <paramref name="source"/> names.</summary>
    /// <param name="source">File, FILE:COLUMN or EXPERIMENT:MODE[:FLAVOUR].</param>
    /// <param name="catalog">The experiments to look beams up in (default: <see cref="ExperimentCatalog.Discover"/>).</param>
    /// <exception cref="ArgumentException">Nothing of that name (the message says what would be accepted), or an experiment
    /// without that mode or flavour (the message lists its beams).</exception>
    /// <exception cref="FormatException">A malformed table.</exception>
    public static EnergySpectrum Load(string source, ExperimentCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (File.Exists(source)) return EnergySpectrum.Load(source);
        int colon = source.LastIndexOf(':');
        if (colon > 0 && Array.IndexOf(DarkNewsColumns, source[(colon + 1)..]) is int column and >= 0 && File.Exists(source[..colon]))
        {
            using var reader = new StreamReader(source[..colon]);
            return EnergySpectrum.Parse(reader, Path.GetFileName(source), column + 1);
        }
        return BuiltInBeam(source, catalog ?? ExperimentCatalog.Discover())
            ?? throw new ArgumentException($"flux '{source}': no such file or built-in beam (give a two-column text file: E in GeV, flux per GeV per cm^2 per POT, "
                + "FILE:COLUMN, or EXPERIMENT:MODE[:FLAVOUR] such as miniboone:fhc:numu)");
    }

    private static EnergySpectrum? BuiltInBeam(string source, ExperimentCatalog catalog)
    {
        string[] parts = source.Split(':');
        if (parts.Length is < 2 or > 3 || !catalog.TryGet(parts[0], out var experiment) || experiment is null) return null;
        string flavourName = parts.Length == 3 ? parts[2] : "numu";
        NeutrinoFlavour flavour = Array.IndexOf(DarkNewsColumns, flavourName) switch
        {
            0 => NeutrinoFlavour.ElectronNeutrino,
            1 => NeutrinoFlavour.MuonNeutrino,
            2 => NeutrinoFlavour.TauNeutrino,
            3 => NeutrinoFlavour.ElectronAntineutrino,
            4 => NeutrinoFlavour.MuonAntineutrino,
            5 => NeutrinoFlavour.TauAntineutrino,
            _ => throw new ArgumentException($"flux '{source}': unknown flavour '{flavourName}'; flavours: {string.Join(", ", DarkNewsColumns)}"),
        };
        var beam = experiment.Beams.FirstOrDefault(b => string.Equals(b.Mode, parts[1], StringComparison.OrdinalIgnoreCase) && b.Flavour == flavour);
        return beam?.Spectrum ?? throw new ArgumentException($"flux '{source}': {parts[0]} has no {parts[1]} {flavourName} beam; beams: "
            + string.Join(", ", experiment.Beams.Select(b => $"{b.Mode.ToLowerInvariant()}:{b.Flavour}")));
    }
}
