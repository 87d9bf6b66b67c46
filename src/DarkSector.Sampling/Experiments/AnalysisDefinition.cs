using DarkSector.Physics;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Oscillations;

namespace DarkSector.Sampling.Experiments;

/// <summary>One analysis of an experiment: what signal counts, with which exposures, how it is selected and binned,
/// the published data and the likelihood to compare them.</summary>
/// <remarks>Immutable; the constructor checks that the data have one entry per bin.</remarks>
public sealed class AnalysisDefinition
{
    /// <summary>Creates an analysis.</summary>
    /// <param name="id">Stable id within the experiment, same form as an experiment id (e.g. "tpc-ee").</param>
    /// <param name="description">One line describing the analysis.</param>
    /// <param name="signal">Where the signal must occur.</param>
    /// <param name="exposures">Exposure per beam mode used; at least one, each filling a block of the binning
    /// (<see cref="BeamExposure.Block"/>), every block filled by at least one.</param>
    /// <param name="selection">Smearing, cuts and efficiencies, observable.</param>
    /// <param name="binning">Bins of the observable.</param>
    /// <param name="data">Published numbers (or <see cref="AnalysisData.NotAvailable"/>).</param>
    /// <param name="likelihood">Test statistic with its systematic uncertainties (e.g. <see cref="EffectiveLikelihood"/>
    /// with η = 0.2, <see cref="CombinedNeymanPearsonChiSquare"/> with the covariance); the core's implementations.</param>
    /// <exception cref="ArgumentException">Malformed id, no exposure, an exposure's block outside the binning or a block
    /// without exposure, or data or likelihood not matching the bins.</exception>
    public AnalysisDefinition(string id, string description, SignalTopology signal, IReadOnlyList<BeamExposure> exposures,
        IEventSelection selection, Binning binning, AnalysisData data, IBinnedLikelihood likelihood)
    {
        if (!ExperimentInfo.IsValidId(id)) throw new ArgumentException($"id = '{id}' must be lower-case letters, digits and '-', starting with a letter", nameof(id));
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(binning);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(likelihood);
        if (exposures.Count == 0) throw new ArgumentException("exposures must name at least one beam mode", nameof(exposures));
        foreach (var exposure in exposures)
            if (exposure.Block >= binning.Blocks)
                throw new ArgumentException($"exposure '{exposure.Mode}' fills block {exposure.Block} but the binning has {binning.Blocks} block(s)", nameof(exposures));
        for (int block = 0; block < binning.Blocks; block++)
            if (!exposures.Any(e => e.Block == block))
                throw new ArgumentException($"no exposure fills block {block} of the binning ({binning.Blocks} blocks)", nameof(exposures));
        if (data.IsAvailable && data.BinCount != binning.Count)
            throw new ArgumentException($"data has {data.BinCount} bins but the binning has {binning.Count}", nameof(data));
        if (likelihood.BinCount is int n && n != binning.Count)
            throw new ArgumentException($"the likelihood is configured for {n} bins but the binning has {binning.Count}", nameof(likelihood));
        (Id, Description, Signal, Exposures, Selection, Binning, Data, Likelihood) =
            (id, description ?? "", signal, exposures.ToArray(), selection, binning, data, likelihood);
    }

    /// <summary>Stable id within the experiment.</summary>
    public string Id { get; }

    /// <summary>One-line description.</summary>
    public string Description { get; }

    /// <summary>Where the signal must occur.</summary>
    public SignalTopology Signal { get; }

    /// <summary>Exposure per beam mode.</summary>
    public IReadOnlyList<BeamExposure> Exposures { get; }

    /// <summary>The exposures a mode list names: one mode (fhc, rhc, ..., case-insensitive), a comma list, or both/all for every one.</summary>
    /// <param name="modes">The mode list.</param>
    /// <param name="option">The option that gave it, for the message.</param>
    /// <exception cref="ArgumentException">A name that is not one of this analysis's modes.</exception>
    public IReadOnlyList<BeamExposure> ExposuresOf(string modes, string option = "--mode")
    {
        ArgumentNullException.ThrowIfNull(modes);
        if (modes is "both" or "all") return Exposures;
        var wanted = modes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = Exposures.Where(e => wanted.Contains(e.Mode, StringComparer.OrdinalIgnoreCase)).ToArray();
        return chosen.Length == wanted.Length ? chosen
            : throw new ArgumentException($"{option}: '{modes}' does not name modes of analysis {Id}; modes: {string.Join(", ", Exposures.Select(e => e.Mode.ToLowerInvariant()))}, both");
    }

    /// <summary>Smearing, cuts, efficiencies and the observable.</summary>
    public IEventSelection Selection { get; }

    /// <summary>Bins of the observable.</summary>
    public Binning Binning { get; }

    /// <summary>Published numbers.</summary>
    public AnalysisData Data { get; }

    /// <summary>Test statistic with its systematic uncertainties.</summary>
    public IBinnedLikelihood Likelihood { get; }

    /// <summary>True if the analysis accepts only coherent upscattering on nuclei (no hadronic activity): the simulation
    /// then drops the nucleon-elastic processes. Default false.</summary>
    public bool CoherentOnly { get; init; }

    /// <summary>The analysis's fully oscillated ν_μ → ν_e appearance Monte Carlo, binned like the analysis (one bin per
    /// bin of <see cref="Binning"/>), for oscillation (3+1) predictions; built on first use (large samples are parsed only
    /// when an oscillation fit asks for them). Null when the analysis has none. Default null.</summary>
    public Lazy<AppearanceSample>? Appearance { get; init; }

    /// <summary>The core's binned analysis (likelihood with the observed counts and background).</summary>
    /// <exception cref="DarkSectorException">The data are not available.</exception>
    public BinnedAnalysis ToBinnedAnalysis() => Data.IsAvailable
        ? new BinnedAnalysis(Id, Likelihood, Data.Observed, Data.Background)
        : throw new DarkSectorException($"analysis '{Id}' has no data: {Data.UnavailableReason}");
}
