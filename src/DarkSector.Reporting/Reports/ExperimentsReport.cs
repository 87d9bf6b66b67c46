using DarkSector.Reporting.Tables;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Reporting.Reports;

/// <summary>The discovered experiment plugins with their beams, analyses, defaults and figures, and the plugins that
/// failed to load (<c>experiments</c>).</summary>
/// <param name="Experiments">Every loaded experiment, in id order.</param>
/// <param name="Diagnostics">Why a plugin did not load.</param>
public sealed record ExperimentsReport(IReadOnlyList<ExperimentsReport.Experiment> Experiments, IReadOnlyList<PluginDiagnostic> Diagnostics) : ITextReport
{
    /// <summary>One experiment.</summary>
    /// <param name="Id">Id, e.g. t2k-nd280.</param>
    /// <param name="Name">Name.</param>
    /// <param name="Description">Description.</param>
    /// <param name="Citation">The publication reproduced.</param>
    /// <param name="Source">The plugin's file.</param>
    /// <param name="Detector">Detector name and volume count.</param>
    /// <param name="Beams">Beams.</param>
    /// <param name="Analyses">Analyses.</param>
    /// <param name="Defaults">Publication defaults.</param>
    /// <param name="Figures">Published figure ids (single and composite).</param>
    public sealed record Experiment(string Id, string Name, string Description, string Citation, string Source, Detector Detector,
        IReadOnlyList<Beam> Beams, IReadOnlyList<Analysis> Analyses, Defaults Defaults, IReadOnlyList<string> Figures);

    /// <summary>A detector.</summary>
    /// <param name="Name">Name.</param>
    /// <param name="Volumes">Number of volumes.</param>
    public sealed record Detector(string Name, int Volumes);

    /// <summary>A beam.</summary>
    /// <param name="Mode">Horn mode.</param>
    /// <param name="Flavour">Neutrino flavour.</param>
    /// <param name="ExposureUnit">Exposure unit (e.g. POT).</param>
    /// <param name="MinEnergyGeV">Lowest tabulated energy, GeV.</param>
    /// <param name="MaxEnergyGeV">Highest tabulated energy, GeV.</param>
    /// <param name="IntegratedFluxPerCm2">∫ φ dE per cm² per exposure unit.</param>
    public sealed record Beam(string Mode, string Flavour, string ExposureUnit, double MinEnergyGeV, double MaxEnergyGeV, double IntegratedFluxPerCm2);

    /// <summary>An analysis.</summary>
    /// <param name="Id">Id.</param>
    /// <param name="Description">Description.</param>
    /// <param name="Signal">Signal topology.</param>
    /// <param name="Observable">Binned observable.</param>
    /// <param name="Unit">Its unit.</param>
    /// <param name="Bins">Number of bins.</param>
    /// <param name="Exposures">Exposure per beam mode.</param>
    /// <param name="DataAvailable">Whether observed data are shipped.</param>
    /// <param name="DataUnavailableReason">Why not, or null.</param>
    /// <param name="Likelihood">The likelihood's type name.</param>
    public sealed record Analysis(string Id, string Description, string Signal, string Observable, string Unit, int Bins,
        IReadOnlyList<Exposure> Exposures, bool DataAvailable, string? DataUnavailableReason, string Likelihood);

    /// <summary>An exposure.</summary>
    /// <param name="Mode">Beam mode.</param>
    /// <param name="Amount">Amount in the beam's unit.</param>
    public sealed record Exposure(string Mode, double Amount);

    /// <summary>Publication defaults.</summary>
    /// <param name="ConfidenceLevel">Confidence level.</param>
    /// <param name="DegreesOfFreedom">Degrees of freedom of the published contours.</param>
    public sealed record Defaults(double ConfidenceLevel, int DegreesOfFreedom);

    /// <summary>The report of <paramref name="catalog"/> (every plugin is loaded).</summary>
    public static ExperimentsReport Of(ExperimentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var experiments = catalog.LoadAll().Select(e => new Experiment(e.Info.Id, e.Info.Name, e.Info.Description, e.Info.Citation, catalog.SourceOf(e.Info.Id),
            new Detector(e.Detector.Name, e.Detector.Volumes.Count),
            [.. e.Beams.Select(b => new Beam(b.Mode, b.Flavour.ToString(), b.ExposureUnit, b.Spectrum.MinEnergyGeV, b.Spectrum.MaxEnergyGeV, b.Spectrum.Integral))],
            [.. e.Analyses.Select(a => new Analysis(a.Id, a.Description, a.Signal.ToString(), a.Binning.Observable, a.Binning.Unit, a.Binning.Count,
                [.. a.Exposures.Select(x => new Exposure(x.Mode, x.Amount))], a.Data.IsAvailable, a.Data.UnavailableReason, a.Likelihood.GetType().Name))],
            new Defaults(e.Defaults.ConfidenceLevel, e.Defaults.DegreesOfFreedom),
            [.. e.Figures.Select(f => f.Id).Concat(e.CompositeFigures.Select(c => c.Id))]));
        return new([.. experiments], catalog.Diagnostics);
    }

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        if (Experiments.Count == 0) yield return new ReportLine("No experiments found.");
        else
            yield return Cells.Table(["id", "name", "analyses", "beams", "source"], Experiments.Select(e => new[]
            {
                e.Id, e.Name, string.Join(", ", e.Analyses.Select(a => $"{a.Id} ({a.Bins} bins)")),
                string.Join(", ", e.Beams.Select(b => $"{b.Mode} {b.Flavour}")), Path.GetFileName(e.Source),
            }));
        foreach (var d in Diagnostics) yield return new ReportLine($"plugin problem: {d.Source}: {d.Reason}");
    }
}
