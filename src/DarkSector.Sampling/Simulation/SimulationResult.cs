using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Simulation;

/// <summary>Expected event counts of one analysis for one model point (events for the exposure used).</summary>
/// <remarks>Immutable.</remarks>
public sealed record SimulationResult
{
    /// <summary>All upscattering in the target volumes (not dirt) times exposure, without decay or selection.</summary>
    public required double Upscattered { get; init; }

    /// <summary><see cref="Upscattered"/> times the visible branching ratio, kinematic cuts and efficiency, without
    /// requiring the decay location (see <see cref="DetectorSimulation"/> for how).</summary>
    public required double UpscatteredSelected { get; init; }

    /// <summary>After everything: decay inside a fiducial volume (lifetime weight), cuts, efficiency, exposure.</summary>
    public required double Selected { get; init; }

    /// <summary><see cref="Selected"/> split by the volume where N was produced (volume name → events).</summary>
    public required IReadOnlyDictionary<string, double> SelectedByVolume { get; init; }

    /// <summary><see cref="Selected"/> split by the nucleus N was produced on (coherently or on one of its nucleons),
    /// nucleus name → events; nuclei without selected events are absent.</summary>
    public required IReadOnlyDictionary<string, double> SelectedByNucleus { get; init; }

    /// <summary><see cref="Upscattered"/> before the dirt cut: upscattering times exposure split by production volume
    /// (volume name → events ± MC error), dirt volumes included; volumes excluded by
    /// <see cref="SimulationOptions.Volumes"/> or without events are absent. The non-dirt entries add up to
    /// <see cref="Upscattered"/>.</summary>
    public IReadOnlyDictionary<string, EventEstimate> UpscatteredByVolume { get; init; } = new Dictionary<string, EventEstimate>();

    /// <summary><see cref="Upscattered"/> (detector volumes, not dirt) split by process: "coherent", "proton",
    /// "neutron" (<see cref="UpscatteringProcessNames"/>) → events ± MC error.</summary>
    public IReadOnlyDictionary<string, EventEstimate> UpscatteredByProcess { get; init; } = new Dictionary<string, EventEstimate>();

    /// <summary><see cref="Upscattered"/> (detector volumes, not dirt) split by the nucleus N was produced on (coherently
    /// or on one of its nucleons): nucleus name → events ± MC error.</summary>
    public IReadOnlyDictionary<string, EventEstimate> UpscatteredByNucleus { get; init; } = new Dictionary<string, EventEstimate>();

    /// <summary><see cref="Selected"/> (all production volumes, dirt included) split by process: "coherent", "proton",
    /// "neutron" → events ± MC error.</summary>
    public IReadOnlyDictionary<string, EventEstimate> SelectedByProcess { get; init; } = new Dictionary<string, EventEstimate>();

    /// <summary>Monte Carlo error of <see cref="Selected"/>: √(Σ w²) over events.</summary>
    public required double McError { get; init; }

    /// <summary><see cref="Selected"/> per bin of the analysis observable.</summary>
    public required IReadOnlyList<double> Bins { get; init; }

    /// <summary>Σ w² of the selected events per bin (same order as <see cref="Bins"/>; √ of an entry is that bin's Monte
    /// Carlo error, the input of <see cref="Likelihoods.BinnedAnalysis.MinusTwoLnL"/>'s MC term). Empty when the producer
    /// does not report it.</summary>
    public IReadOnlyList<double> BinSumOfSquares { get; init; } = [];

    /// <summary>Number of generated events.</summary>
    public required int Events { get; init; }

    /// <summary>Acceptance of each cut in order, when the selection reports a cut flow (<see cref="ICutFlow"/>); empty
    /// otherwise. Weights before the first cut: decay (or conversion) in the fiducial volumes × BR × exposure.</summary>
    public IReadOnlyList<CutFlowStep> CutFlow { get; init; } = [];
}
