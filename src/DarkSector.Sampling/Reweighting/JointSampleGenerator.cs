using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>Builds a <see cref="JointSample"/>: parameter points drawn uniformly in ln θ over the metadata's box, one
/// <see cref="DetectorSimulation"/> each, their selected events stacked with weight 1/M (seed paper §III, method.md).</summary>
/// <remarks>
/// <para>Point p (0 ≤ p &lt; M) draws θ_k = min_k · exp(ln(max_k/min_k) · r_k) with r_k from
/// <c>RandomStream.Create(seed, 2 000 000 + p)</c> in axis order, and is simulated with seed
/// <c>seed + 7919 (p + 1)</c> (mod 2⁶⁴) and <see cref="JointSampleMetadata.EventsPerPoint"/> events. Every event
/// carries the prior q = 1/Π_k ln(max_k/min_k) in <see cref="PriorMeasure.LogParameters"/> and weight w/M, so that
/// Σ_i w_i K J/q_θ estimates the rate at any θ̄ in the box (<see cref="KernelReweighter"/>).</para>
/// <para>Points run in parallel; the result is assembled in point order, so it is identical for any number of threads.</para>
/// </remarks>
public static class JointSampleGenerator
{
    /// <summary>Generates the sample that <paramref name="metadata"/> describes.</summary>
    /// <param name="experiment">The experiment (its id must equal <see cref="JointSampleMetadata.ExperimentId"/>).</param>
    /// <param name="analysis">The analysis (its id must equal <see cref="JointSampleMetadata.AnalysisId"/>).</param>
    /// <param name="metadata">Box, seed, events per point and number of points.</param>
    /// <param name="modelAt">The model at a drawn θ (axis order; the fixed parameters are the caller's). Called from
    /// several threads; the array must not be kept.</param>
    /// <param name="options">Other simulation settings (VEGAS); its events and seed are replaced per point. Default: defaults.</param>
    /// <exception cref="ArgumentException">Experiment or analysis ids differ from the metadata, or a model is invalid.</exception>
    public static JointSample Generate(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, SimulationOptions? options = null)
    {
        CheckArguments(experiment, analysis, metadata, modelAt);
        RequireMemory(metadata);
        var (parts, _, placed) = GenerateParts(experiment, analysis, metadata, modelAt, options);
        return Stack(placed, parts, analysis);
    }

    /// <summary>Generates the sample grown to a requested Monte Carlo precision (<c>sample --precision</c>): every point is
    /// simulated with the same number of events (the file keeps one <see cref="JointSampleMetadata.EventsPerPoint"/>),
    /// starting from <paramref name="metadata"/>'s, and the whole sample is regenerated with
    /// N (r/target)² · 1.2 (at least 2N) events per point until the worst point that selects events has a relative MC
    /// error r = √(Σw²)/Σw at its own parameters ≤ the target, or until the target's event budget per point or the memory
    /// is reached. The result equals <see cref="Generate"/> at the final events per point, bit for bit.</summary>
    /// <param name="experiment">The experiment, as for <see cref="Generate"/>.</param>
    /// <param name="analysis">The analysis, as for <see cref="Generate"/>.</param>
    /// <param name="metadata">The sample's plan; its events per point are the start.</param>
    /// <param name="modelAt">The model at a drawn θ, as for <see cref="Generate"/>.</param>
    /// <param name="target">The relative MC error per point and the largest events per point.</param>
    /// <param name="precision">What was reached: each point's error, the final events per point, the rounds.</param>
    /// <param name="options">Other simulation settings, as for <see cref="Generate"/>.</param>
    /// <exception cref="ArgumentException">As for <see cref="Generate"/>.</exception>
    public static JointSample GenerateToPrecision(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, PrecisionTarget target, out JointSamplePrecision precision, SimulationOptions? options = null)
    {
        CheckArguments(experiment, analysis, metadata, modelAt);
        ArgumentNullException.ThrowIfNull(target);
        RequireMemory(metadata);
        for (int round = 1; ; round++)
        {
            var (parts, decayLengths, placed) = GenerateParts(experiment, analysis, metadata, modelAt, options);
            var errors = new double[parts.Length];
            var mu = new double[analysis.Binning.Count];
            var sumW2 = new double[analysis.Binning.Count];
            for (int p = 0; p < parts.Length; p++)
            {
                parts[p].PredictAtSampledPoint(1, decayLengths[p], mu, sumW2);
                double signal = mu.Sum();
                errors[p] = signal > 0 ? Math.Sqrt(sumW2.Sum()) / signal : double.PositiveInfinity;
            }
            precision = new JointSamplePrecision(target, metadata.EventsPerPoint, errors, round);
            var grown = metadata with { EventsPerPoint = DetectorSimulation.NextEvents(metadata.EventsPerPoint, precision.Worst, target) };
            if (precision.Worst <= target.RelativeError || metadata.EventsPerPoint >= target.MaxEvents || !FitsInMemory(grown))
                return Stack(placed, parts, analysis);
            metadata = grown;
        }
    }

    /// <summary>Every point's selected events and c τ₀ (the adaptive placement's pilot first, when its coefficients are not
    /// yet fitted), and the metadata with the placement fitted.</summary>
    private static (ReweightingEvents[] Parts, double[] DecayLengths, JointSampleMetadata Placed) GenerateParts(IExperiment experiment,
        AnalysisDefinition analysis, JointSampleMetadata metadata, Func<double[], ISignalModel> modelAt, SimulationOptions? options)
    {
        var parts = new ReweightingEvents[metadata.PointCount];
        var decayLengths = new double[metadata.PointCount];
        int first = 0;
        if (metadata.Placement == MassPlacement.Adaptive && metadata.PlacementCoefficients.Count == 0)
        {
            // The pilot: its points are the discrete design's first ones; the fit of ln Y over them places the rest.
            int pilot = PilotPoints(metadata);
            var signals = new double[pilot];
            var pilotMetadata = metadata;
            Parallel.For(0, pilot, p =>
            {
                parts[p] = GeneratePointTrusted(experiment, analysis, pilotMetadata, modelAt, options, p, out decayLengths[p]);
                var mu = new double[analysis.Binning.Count];
                parts[p].PredictAtSampledPoint(1, decayLengths[p], mu, []);
                signals[p] = mu.Sum();
            });
            metadata = metadata with { PlacementCoefficients = FitLogSignal(metadata, signals) };
            first = pilot;
        }
        var placed = metadata;
        Parallel.For(first, metadata.PointCount, p => parts[p] = GeneratePointTrusted(experiment, analysis, placed, modelAt, options, p, out decayLengths[p]));
        return (parts, decayLengths, placed);
    }

    /// <summary>The points' events stacked in point order.</summary>
    private static JointSample Stack(JointSampleMetadata metadata, ReweightingEvents[] parts, AnalysisDefinition analysis)
    {
        var all = new ReweightingEvents(metadata.Axes.Count, analysis.Binning.Count);
        foreach (var part in parts) all.AddRange(part);
        return new JointSample(metadata, all);
    }

    /// <summary>Whether <see cref="RequireMemory"/> accepts <paramref name="metadata"/>.</summary>
    private static bool FitsInMemory(JointSampleMetadata metadata)
    {
        try { RequireMemory(metadata); return true; }
        catch (Physics.DarkSectorException) { return false; }
    }

    /// <summary>Refuses up front a sample whose events would not fit in memory, counting every generated event as
    /// selected (an upper bound of the sample, a lower bound of the generation's peak): 8d + 22 bytes per event and one
    /// crossing of 12 bytes, twice (the points' parts and the stacked sample).</summary>
    /// <exception cref="Physics.DarkSectorException">The sample would not fit in memory.</exception>
    internal static void RequireMemory(JointSampleMetadata metadata, long? available = null)
    {
        long perEvent = 2 * (8L * metadata.Axes.Count + 22 + 12);
        double events = (double)metadata.EventsPerPoint * metadata.PointCount;
        MemoryGuard.Require(events * perEvent, $"a joint sample of {metadata.PointCount} points × {metadata.EventsPerPoint} events", available);
    }

    /// <summary>The selected events of point <paramref name="point"/> alone (weights already divided by the number of
    /// points): <see cref="Generate"/> stacks them in point order, so points generated separately (shards of a job,
    /// <see cref="Distributed.ShardRunner"/>) and stacked in point order give the same sample bit for bit.</summary>
    /// <param name="experiment">The experiment (its id must equal <see cref="JointSampleMetadata.ExperimentId"/>).</param>
    /// <param name="analysis">The analysis (its id must equal <see cref="JointSampleMetadata.AnalysisId"/>).</param>
    /// <param name="metadata">Box, seed, events per point and number of points.</param>
    /// <param name="modelAt">The model at a drawn θ, as for <see cref="Generate"/>.</param>
    /// <param name="options">Other simulation settings, as for <see cref="Generate"/>.</param>
    /// <param name="point">0 ≤ point &lt; <see cref="JointSampleMetadata.PointCount"/>.</param>
    /// <exception cref="ArgumentException">Ids differ from the metadata, or a model is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is outside its range.</exception>
    public static ReweightingEvents GeneratePoint(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, SimulationOptions? options, int point)
    {
        CheckArguments(experiment, analysis, metadata, modelAt);
        if (point < 0 || point >= metadata.PointCount)
            throw new ArgumentOutOfRangeException(nameof(point), point, $"point = {point} is outside [0, {metadata.PointCount - 1}]");
        return GeneratePointTrusted(experiment, analysis, metadata, modelAt, options, point, out _);
    }

    /// <summary>The parameter point θ_p (axis order) that point <paramref name="point"/> of the sample is simulated at:
    /// θ_k = min_k · exp(ln(max_k/min_k) · r_k), r_k from <c>RandomStream.Create(seed, 2 000 000 + p)</c>, so that a reader
    /// of a sample knows every point of its design, also those that selected no event. For
    /// <see cref="MassPlacement.Adaptive"/> the points after the pilot are drawn from <see cref="AdaptiveDensity"/> by
    /// rejection (uniform proposals r and an acceptance draw from the same stream until one is accepted).</summary>
    /// <param name="metadata">The sample's recipe.</param>
    /// <param name="point">0 ≤ point &lt; <see cref="JointSampleMetadata.PointCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="point"/> is outside its range.</exception>
    public static double[] MassPoint(JointSampleMetadata metadata, int point)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (point < 0 || point >= metadata.PointCount)
            throw new ArgumentOutOfRangeException(nameof(point), point, $"point = {point} is outside [0, {metadata.PointCount - 1}]");
        var random = RandomStream.Create(metadata.Seed, 2_000_000UL + (ulong)point);
        int d = metadata.Axes.Count;
        var t = new double[d];
        bool adaptive = metadata.Placement == MassPlacement.Adaptive && point >= PilotPoints(metadata);
        if (adaptive && metadata.PlacementCoefficients.Count != CoefficientCount(d))
            throw new ArgumentException($"point {point} of an adaptive sample is placed by the pilot's fit, which the metadata does not hold yet (generate the pilot points 0 to {PilotPoints(metadata) - 1} first)", nameof(metadata));
        double ceiling = adaptive ? DensityRange(metadata).Maximum : 0;
        while (true)
        {
            for (int k = 0; k < d; k++) t[k] = random.NextDouble();
            if (!adaptive || random.NextDouble() * ceiling <= AdaptiveDensity(metadata, t)) break;
        }
        var theta = new double[d];
        for (int k = 0; k < d; k++)
        {
            var axis = metadata.Axes[k];
            // The clamp guards the last-ulp rounding of exp at r → 1.
            theta[k] = Math.Min(axis.Maximum, axis.Minimum * Math.Exp(axis.LogWidth * t[k]));
        }
        return theta;
    }

    /// <summary>Pilot points of an adaptive sample: a quarter of the points, at least 4(d + 1) (twice the parameters of the
    /// quadratic fit in two dimensions), at most all.</summary>
    public static int PilotPoints(JointSampleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Math.Min(metadata.PointCount, Math.Max(4 * (metadata.Axes.Count + 1), metadata.PointCount / 4));
    }

    /// <summary>The VEGAS settings of one batch of a <see cref="MassPlacement.Continuous"/> sample: two warm-up iterations
    /// of max(200, events/2) evaluations and two of max(500, 2 · events), i.e. an adaptation scaled to the batch's events
    /// rather than the fixed 60 000 evaluations per run that dominate the cost of a small simulation. Any settings give
    /// an unbiased estimate (the VEGAS weight carries the density); they change only its variance.</summary>
    /// <param name="eventsPerPoint">Events of the batch; ≥ 100.</param>
    public static Vegas.VegasOptions ContinuousVegas(int eventsPerPoint) => new()
    {
        WarmupIterations = 2,
        WarmupEvaluations = Math.Max(200, eventsPerPoint / 2),
        Iterations = 2,
        Evaluations = Math.Max(500, 2 * eventsPerPoint),
    };

    /// <summary>The (unnormalised) density of the adaptive points at unit coordinates t ∈ [0, 1]^d:
    /// g(t) = min(1 + |∇_t ln Y(t)|/(2√d), 10 g_min) with ln Y(t) the stored quadratic (<see cref="JointSampleMetadata.PlacementCoefficients"/>;
    /// g_min the minimum of 1 + |∇ ln Y|/(2√d) over the box's corners and centre).</summary>
    /// <param name="metadata">An adaptive sample's metadata with its coefficients.</param>
    /// <param name="t">Unit coordinates, length d.</param>
    public static double AdaptiveDensity(JointSampleMetadata metadata, ReadOnlySpan<double> t)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Math.Min(RawDensity(metadata.PlacementCoefficients, t), 10 * DensityRange(metadata).Minimum);
    }

    /// <summary>The density of the sample's design relative to its prior (uniform in ln θ over the box), as a function of
    /// θ (axis order, inside the box): 1 for <see cref="MassPlacement.Discrete"/> and <see cref="MassPlacement.Continuous"/>;
    /// for <see cref="MassPlacement.Adaptive"/> the mixture of its pilot (drawn from the prior) and the points drawn from
    /// <see cref="AdaptiveDensity"/>, f + (1 − f) g(t)/∫g with f the pilot's share of the points and ∫g over the unit box
    /// by the midpoint rule (128 nodes per axis for d ≤ 2, 12 beyond). Used to weight the cross-validation
    /// (<see cref="KernelBandwidthSelection.LeaveOneMassPointOut"/>).</summary>
    /// <param name="metadata">The sample's recipe (an adaptive one with its coefficients).</param>
    /// <exception cref="ArgumentException">An adaptive sample whose metadata lacks the pilot's fit.</exception>
    public static Func<double[], double> DesignDensity(JointSampleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        int d = metadata.Axes.Count;
        if (metadata.Placement != MassPlacement.Adaptive) return _ => 1;
        if (metadata.PlacementCoefficients.Count != CoefficientCount(d))
            throw new ArgumentException("an adaptive sample's design density needs the pilot's fit, which the metadata does not hold", nameof(metadata));
        var c = metadata.PlacementCoefficients;
        double ceiling = 10 * DensityRange(metadata).Minimum;
        int n = d <= 2 ? 128 : 12, total = (int)Math.Pow(n, d);
        var t = new double[d];
        double sum = 0;
        for (int i = 0; i < total; i++)
        {
            int rest = i;
            for (int k = 0; k < d; k++) { t[k] = (rest % n + 0.5) / n; rest /= n; }
            sum += Math.Min(RawDensity(c, t), ceiling);
        }
        double integral = sum / total, pilot = PilotPoints(metadata) / (double)metadata.PointCount;
        return theta =>
        {
            if (theta.Length != d) throw new ArgumentException($"theta has {theta.Length} entries; the sample has {d} axes", nameof(theta));
            Span<double> u = stackalloc double[d];
            for (int k = 0; k < d; k++)
                u[k] = Math.Clamp(Math.Log(theta[k] / metadata.Axes[k].Minimum) / metadata.Axes[k].LogWidth, 0, 1);
            return pilot + (1 - pilot) * Math.Min(RawDensity(c, u), ceiling) / integral;
        };
    }

    private static double RawDensity(IReadOnlyList<double> c, ReadOnlySpan<double> t)
    {
        int d = t.Length;
        double norm2 = 0;
        for (int k = 0; k < d; k++)
        {
            // ∂/∂t_k of c_0 + Σ c_{1+k} t_k + Σ_{k≤l} c_kl t_k t_l.
            double g = c[1 + k];
            int index = 1 + d;
            for (int a = 0; a < d; a++)
                for (int b = a; b < d; b++, index++)
                {
                    if (a == k) g += c[index] * (b == k ? 2 * t[k] : t[b]);
                    else if (b == k) g += c[index] * t[a];
                }
            norm2 += g * g;
        }
        return 1 + Math.Sqrt(norm2) / (2 * Math.Sqrt(d));
    }

    /// <summary>Minimum and maximum of the clamped density over a grid of 9^d (d ≤ 2) or 5^d points of the unit box (the
    /// gradient norm of a quadratic is convex, so its maximum is at a corner and the grid holds the corners).</summary>
    private static (double Minimum, double Maximum) DensityRange(JointSampleMetadata metadata)
    {
        var c = metadata.PlacementCoefficients;
        int d = metadata.Axes.Count, n = d <= 2 ? 9 : 5, total = (int)Math.Pow(n, d);
        double min = double.PositiveInfinity, max = 0;
        Span<double> t = stackalloc double[d];
        for (int i = 0; i < total; i++)
        {
            int rest = i;
            for (int k = 0; k < d; k++) { t[k] = (rest % n) / (double)(n - 1); rest /= n; }
            double g = RawDensity(c, t);
            (min, max) = (Math.Min(min, g), Math.Max(max, g));
        }
        return (min, Math.Min(max, 10 * min));
    }

    private static int CoefficientCount(int d) => 1 + d + d * (d + 1) / 2;

    /// <summary>Least-squares quadratic fit of ln Y_p over the pilot points with Y_p &gt; 0, in unit coordinates; where
    /// fewer such points than twice the coefficients exist, or the normal equations are singular, a flat fit (uniform
    /// placement).</summary>
    private static double[] FitLogSignal(JointSampleMetadata metadata, double[] signals)
    {
        int d = metadata.Axes.Count, r = CoefficientCount(d);
        var rows = new List<double[]>();
        var values = new List<double>();
        for (int p = 0; p < signals.Length; p++)
        {
            if (!(signals[p] > 0)) continue;
            var theta = MassPoint(metadata, p);
            var x = new double[r];
            x[0] = 1;
            for (int k = 0; k < d; k++) x[1 + k] = Math.Log(theta[k] / metadata.Axes[k].Minimum) / metadata.Axes[k].LogWidth;
            int index = 1 + d;
            for (int a = 0; a < d; a++)
                for (int b = a; b < d; b++) x[index++] = x[1 + a] * x[1 + b];
            rows.Add(x);
            values.Add(Math.Log(signals[p]));
        }
        var flat = new double[r];
        if (rows.Count < 2 * r) return flat;
        var a2 = new double[r, r + 1];
        for (int i = 0; i < rows.Count; i++)
            for (int u = 0; u < r; u++)
            {
                for (int v = 0; v < r; v++) a2[u, v] += rows[i][u] * rows[i][v];
                a2[u, r] += rows[i][u] * values[i];
            }
        for (int col = 0; col < r; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < r; row++)
                if (Math.Abs(a2[row, col]) > Math.Abs(a2[pivot, col])) pivot = row;
            if (!(Math.Abs(a2[pivot, col]) > 1e-10 * rows.Count)) return flat;
            for (int v = 0; v <= r; v++) (a2[col, v], a2[pivot, v]) = (a2[pivot, v], a2[col, v]);
            for (int row = 0; row < r; row++)
            {
                if (row == col) continue;
                double f = a2[row, col] / a2[col, col];
                for (int v = col; v <= r; v++) a2[row, v] -= f * a2[col, v];
            }
        }
        var c = new double[r];
        for (int u = 0; u < r; u++) c[u] = a2[u, r] / a2[u, u];
        return c.All(double.IsFinite) ? c : flat;
    }

    private static void CheckArguments(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata, Func<double[], ISignalModel> modelAt)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(modelAt);
        if (experiment.Info.Id != metadata.ExperimentId)
            throw new ArgumentException($"experiment '{experiment.Info.Id}' is not the metadata's '{metadata.ExperimentId}'", nameof(experiment));
        if (analysis.Id != metadata.AnalysisId)
            throw new ArgumentException($"analysis '{analysis.Id}' is not the metadata's '{metadata.AnalysisId}'", nameof(analysis));
    }

    private static ReweightingEvents GeneratePointTrusted(IExperiment experiment, AnalysisDefinition analysis, JointSampleMetadata metadata,
        Func<double[], ISignalModel> modelAt, SimulationOptions? options, int p, out double properDecayLengthCm)
    {
        var baseOptions = (options ?? new SimulationOptions()) with { Events = metadata.EventsPerPoint };
        if (metadata.Placement == MassPlacement.Continuous) baseOptions = baseOptions with { Vegas = ContinuousVegas(metadata.EventsPerPoint) };
        int points = metadata.PointCount, d = metadata.Axes.Count;
        double volume = 1;
        foreach (var axis in metadata.Axes) volume *= axis.LogWidth;
        double prior = 1 / volume;
        var theta = MassPoint(metadata, p);
        var model = modelAt((double[])theta.Clone());
        properDecayLengthCm = model.ProperDecayLengthCm;
        var events = new ReweightingEvents(d, analysis.Binning.Count);
        SimulationReweighting.Collect(experiment, analysis, model,
            baseOptions with { Seed = unchecked(metadata.Seed + 7919UL * (ulong)(p + 1)) }, theta, prior, 1.0 / points, events);
        return events;
    }
}
