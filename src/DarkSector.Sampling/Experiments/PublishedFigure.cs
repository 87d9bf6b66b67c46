using System.Globalization;
using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>
/// A published exclusion, sensitivity or preferred-region figure that a plugin owns and the core can recompute: the
/// model family and its slice (two scanned axes, the fixed parameters, optionally a profiled third), the statistics
/// (confidence level and the experiment's degrees of freedom, or significances of preferred regions), the data
/// (observed or Asimov), the benchmark point, the reference, and the assumptions it is computed under — with
/// <see cref="Variants"/> under other assumptions (e.g. "as published").
/// </summary>
/// <remarks>Immutable; validated on initialisation. Declared by a plugin in <see cref="IExperiment.Figures"/>;
/// <c>darksector reproduce</c> lists and runs them.</remarks>
public sealed record PublishedFigure : DeclaredFigure
{
    /// <summary>The model family id (e.g. "dark-photon", "dipole", "3p1", "dipole+3p1").</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Family { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Family)); }

    /// <summary>The analysis id; null: the experiment's first analysis.</summary>
    public string? Analysis { get; init; }

    /// <summary>Horizontal axis.</summary>
    public required FigureAxis X { get; init => field = value ?? throw new ArgumentNullException(nameof(X)); }

    /// <summary>Vertical axis.</summary>
    public required FigureAxis Y { get; init => field = value ?? throw new ArgumentNullException(nameof(Y)); }

    /// <summary>The parameters held fixed, in the order given (none by default).</summary>
    public IReadOnlyList<FigureParameter> Fixed { get; init => field = value ?? throw new ArgumentNullException(nameof(Fixed)); } = [];

    /// <summary>A third parameter minimised over its grid at every point of the plane (profiled); null for none.</summary>
    public FigureAxis? Profile { get; init; }

    /// <summary>Confidence level of the exclusion contour, in (0, 1) (e.g. the experiment's publication default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public required double ConfidenceLevel { get; init => field = Check.InOpenRange(value, 0, 1, nameof(ConfidenceLevel)); }

    /// <summary>Degrees of freedom turning −2 Δ ln L into the confidence region: the experiment's own
    /// (<see cref="PublicationDefaults.DegreesOfFreedom"/>), not a constant.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public required int DegreesOfFreedom { get; init => field = Check.AtLeast(value, 1, nameof(DegreesOfFreedom)); }

    /// <summary>Preferred-region significances in σ (e.g. 1, 2, 3), drawn instead of the exclusion contour; empty for
    /// an exclusion or sensitivity figure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A significance that is not finite and positive.</exception>
    public IReadOnlyList<double> Significances
    {
        get;
        init => field = (value ?? throw new ArgumentNullException(nameof(Significances))).All(s => double.IsFinite(s) && s > 0) ? value
            : throw new ArgumentOutOfRangeException(nameof(Significances), $"Significances = {string.Join(", ", value.Select(s => s.ToString("R", CultureInfo.InvariantCulture)))} must be finite and > 0");
    } = [];

    /// <summary>Observed data or the Asimov data set (a sensitivity).</summary>
    public FigureData Data { get; init; } = FigureData.Observed;

    /// <summary>The publication's benchmark point (starred, its −2 Δ ln L reported); null for none.</summary>
    public FigurePoint? Benchmark { get; init; }

    /// <summary>Generated events per simulation for the default reproduction (at least 100); null: the core's default
    /// (or no simulation, for families predicted directly).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 100.</exception>
    public int? Events { get; init => field = value is int n ? Check.AtLeast(n, 100, nameof(Events)) : null; }

    /// <summary>Requested relative MC error on the selected signal per mass column for the default reproduction, in
    /// (0, 1), with <see cref="Events"/> the starting sample (<see cref="Inference.FamilyScanOptions.Precision"/>); null:
    /// a fixed <see cref="Events"/>. The MC band of a limit edge where the signal is ∝ the coupling is about 2r/(1 − r²)
    /// wide in the coupling, so r = 0.045 gives a band ≤ 9% (docs/precision.md).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside (0, 1).</exception>
    public double? Precision
    {
        get;
        init => field = value is not double r ? null : r > 0 && r < 1 ? r
            : throw new ArgumentOutOfRangeException(nameof(Precision), r, $"Precision = {r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} must be in (0, 1)");
    }

    /// <summary>The assumptions of the main curve (default DarkSector's physics).</summary>
    public AssumptionSet Assumptions { get; init => field = value ?? throw new ArgumentNullException(nameof(Assumptions)); } = AssumptionSet.DarkSectorPhysics;

    /// <summary>The same figure under other assumptions, computed first and drawn dashed; none by default.</summary>
    /// <exception cref="ArgumentException">Two variants with the same id.</exception>
    public IReadOnlyList<FigureVariant> Variants
    {
        get;
        init => field = (value ?? throw new ArgumentNullException(nameof(Variants))).Select(v => v.Id).Distinct().Count() == value.Count ? value
            : throw new ArgumentException($"Variants of figure '{Id}' repeat an id: {string.Join(", ", value.Select(v => v.Id))}", nameof(Variants));
    } = [];
}
