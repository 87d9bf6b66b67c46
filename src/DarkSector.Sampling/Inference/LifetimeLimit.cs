using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Scans;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The lifetime limit: the excluded interval(s) of c τ₀ with everything else of a model point fixed.</summary>
/// <remarks>
/// As in the seed paper's fig. 11 (Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027) the lifetime varies at fixed
/// production and visible branching ratio (through |V_N|² for the dark photon; a free parameter for the dipole,
/// <see cref="ProperDecayLengthOverride"/>). One simulation at the model's c τ₀ keeps every selected event with its
/// fiducial crossings (<see cref="SimulationReweighting"/>; photon-conversion analyses: the decay line as segments
/// weighted by the conversion probability, <see cref="SimulatedDecay"/>); each c τ₀ is then the exact lifetime
/// reweighting Σ w_i w_τ,i(c τ₀). −2 Δ ln L is relative to the minimum over the scan and the background-only hypothesis
/// (which both ends of the axis approach: the signal vanishes for prompt and for stable N); 1 dof (2.71 at 90% CL);
/// intervals by interpolation in ln c τ₀ (<see cref="IntervalScan"/>).
/// </remarks>
public static class LifetimeLimit
{
    /// <summary>Scans c τ₀ on a log grid and returns the excluded intervals.</summary>
    /// <param name="setup">The analysis, its data (observed: the limit; Asimov: the expected limit) and the simulation settings.</param>
    /// <param name="model">The model point (its c τ₀ is replaced on the grid).</param>
    /// <param name="minCm">Smallest c τ₀, cm (&gt; 0).</param>
    /// <param name="maxCm">Largest c τ₀, cm (&gt; min, finite).</param>
    /// <param name="points">Grid points, 2 to 1000.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bad range, point count or confidence level (the message names it).</exception>
    public static IntervalScan Scan(AnalysisInference setup, ISignalModel model, double minCm, double maxCm, int points, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(model);
        Check(minCm, maxCm, points, confidenceLevel);
        return Scan(setup, setup.Sample(model), minCm, maxCm, points, confidenceLevel);
    }

    /// <summary>The same from an already simulated sample (e.g. to report progress around the simulation).</summary>
    /// <param name="setup">The analysis, its data and the simulation settings.</param>
    /// <param name="sample">The selected events of one simulation of the model point (<see cref="AnalysisInference.Sample"/>).</param>
    /// <param name="minCm">Smallest c τ₀, cm (&gt; 0).</param>
    /// <param name="maxCm">Largest c τ₀, cm (&gt; min, finite).</param>
    /// <param name="points">Grid points, 2 to 1000.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bad range, point count or confidence level.</exception>
    public static IntervalScan Scan(AnalysisInference setup, ReweightingEvents sample, double minCm, double maxCm, int points, double confidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(sample);
        Check(minCm, maxCm, points, confidenceLevel);
        var ctau = LikelihoodScan.Axis(minCm, maxCm, AxisScale.Logarithmic, points);
        var selected = new double[points];
        var values = new double[points];
        var mu = new double[setup.Analysis.Binning.Count];
        var w2 = new double[mu.Length];
        for (int i = 0; i < points; i++)
        {
            sample.PredictAtSampledPoint(1, ctau[i], mu, w2);
            selected[i] = mu.Sum();
            values[i] = setup.MinusTwoLnL(mu, w2);
        }
        return IntervalScan.From(ctau, AxisScale.Logarithmic, values, selected, setup.BackgroundOnly(), confidenceLevel, 1);
    }

    /// <summary>Checks a c τ₀ grid before anything is simulated (<see cref="Scan(AnalysisInference, ISignalModel, double, double, int, double)"/>
    /// checks it again): the confidence level when given, the point count, then the range; the messages name the
    /// options of <c>darksector limit</c> (--cl, --points, --max).</summary>
    /// <param name="minCm">Smallest c τ₀, cm (&gt; 0).</param>
    /// <param name="maxCm">Largest c τ₀, cm (&gt; min, finite).</param>
    /// <param name="points">Grid points, 2 to 1000.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1), or null (the experiment's default, checked by the scan).</param>
    /// <exception cref="ArgumentOutOfRangeException">The first bad input, with its value and allowed range.</exception>
    public static void CheckGrid(double minCm, double maxCm, int points, double? confidenceLevel = null) =>
        Check(minCm, maxCm, points, confidenceLevel ?? 0.5);

    private static void Check(double min, double max, int points, double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new ArgumentOutOfRangeException("--cl", confidenceLevel, FormattableString.Invariant($"--cl = {confidenceLevel} is outside (0, 1)"));
        if (points is < 2 or > 1000) throw new ArgumentOutOfRangeException("--points", points, $"--points = {points} is outside [2, 1000]");
        if (!(min > 0) || !(max > min) || !double.IsFinite(max))
            throw new ArgumentOutOfRangeException("--max", max, FormattableString.Invariant($"the c tau0 range [{min}, {max}] must satisfy 0 < min < max < infinity"));
    }
}
