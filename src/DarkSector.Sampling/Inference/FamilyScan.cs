using System.Collections.Concurrent;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Scans;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// A 1-D or 2-D slice of a <see cref="ModelFamily"/> for one analysis: −2 ln L, the signal and its MC error at any point
/// of the slice, with the reweighting strategy chosen here (<see cref="Strategy"/>), and the scan of its grid with the
/// confidence-level contour (<see cref="Run"/>).
/// </summary>
/// <remarks>
/// <para>Strategy (in this order): a directly predicted family (3+1, dipole+3+1) through its predictor, optionally
/// minimising over a profiled parameter's grid (<see cref="ProfileMinimum"/>); a saved joint sample
/// (<see cref="JointSamplePrediction"/>: kernel in the masses, exact production × BR_vis ratio, lifetime from the stored
/// crossings); two mass axes: a joint sample of <see cref="FamilyScanOptions.MassPoints"/> simulations at random masses
/// built here (or with 0 mass points one <see cref="DetectorSimulation"/> run per point, same seed); otherwise (at most
/// one mass axis) one simulation per value of the mass axis (or a single one), each point its exact reweighting.</para>
/// <para>Exact reweighting (Arguelles, Foppiani, Hostert, PRD 107 (2023) 035027, w_σ and w_τ): the selected events of one
/// simulation at the reference couplings keep their fiducial crossings (photon-conversion analyses: the decay line as
/// segments weighted by the conversion probability, <see cref="SimulatedDecay"/>); a point θ is their sum with weights
/// scaled by s = [P(θ) BR_vis(θ)] / [P(ref) BR_vis(ref)], P the family's production coupling product
/// (<see cref="ModelFamily.ProductionCouplings"/>), times w_τ at the point's c τ₀. The reference is the coupling point
/// of the slice with the longest lifetime, so that no event's decay probability underflows. A column whose c τ₀ is the
/// same along its couplings (within <see cref="ColumnLifetimeTolerance"/>, e.g. the ND280 heavy plane at fixed |V_N|²)
/// is simulated with the variance-driven allocation tuned at that lifetime (<see cref="SimulationOptions.AllocateAtRunLifetime"/>);
/// the others with the equal allocation.</para>
/// <para>Every value depends only on its point and the settings (every simulation uses the settings' seed), so grids can
/// be evaluated in parallel and in any split. Thread-safe.</para>
/// </remarks>
public sealed class FamilyScan : ILikelihoodTerm
{
    private readonly AnalysisInference _setup;
    private readonly ModelFamily _family;
    private readonly IReadOnlyDictionary<string, double> _fixed;
    private readonly SliceAxis[] _axes;
    private readonly SliceAxis? _profile;
    private readonly ModelFamily.DirectPredictor? _direct;
    private readonly JointSamplePrediction? _joint;
    private readonly SliceAxis? _massAxis;
    private readonly ConcurrentDictionary<double, Lazy<(ReweightingEvents Events, double Couplings, double Br)>> _samples = new();
    private readonly Action? _workDone;
    private readonly double _background;
    private readonly PrecisionTarget? _precision;
    private readonly double _precisionThreshold;
    private readonly ConcurrentDictionary<double, ColumnPrecision> _columnPrecision = new();

    /// <summary>Largest ratio of the longest to the shortest c τ₀ of a mass column for which its reference simulation is
    /// allocated by a pilot at the reference lifetime (<see cref="SimulationOptions.AllocateAtRunLifetime"/>): 1.1, so
    /// that every point's decay factors exp(−a/λ) are within 10% in the exponent of the pilot's.</summary>
    internal const double ColumnLifetimeTolerance = 1.1;

    /// <summary>Plans the slice and, for a two-mass slice with a joint sample, generates it.</summary>
    /// <param name="setup">The analysis, its data and the simulation settings.</param>
    /// <param name="family">The model family (built-in or user-defined).</param>
    /// <param name="axes">One or two scanned parameters.</param>
    /// <param name="fixedValues">Every other parameter the family needs.</param>
    /// <param name="options">Strategy settings (profile, joint sample, progress).</param>
    /// <exception cref="ArgumentException">A parameter unknown, missing, scanned twice or out of range, a profile for a
    /// simulated family, or a joint sample that does not fit the slice (the message names the parameter and range).</exception>
    public FamilyScan(AnalysisInference setup, ModelFamily family, IReadOnlyList<SliceAxis> axes,
        IReadOnlyDictionary<string, double> fixedValues, FamilyScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(fixedValues);
        options ??= new FamilyScanOptions();
        if (axes.Count is < 1 or > 2) throw new ArgumentException($"a slice scans 1 or 2 parameters, not {axes.Count}", nameof(axes));
        (_setup, _family, _fixed, _axes, _profile, _workDone) = (setup, family, fixedValues, [.. axes], options.Profile, options.WorkDone);
        foreach (var axis in _axes)
        {
            family.CheckName(axis.Name, "axis");
            family.Parameter(axis.Name).CheckAxis(axis.Min, axis.Max, family.Name);
        }
        foreach (var name in fixedValues.Keys) family.CheckName(name, "fixed");
        if (_axes.Length == 2 && _axes[0].Name == _axes[1].Name) throw new ArgumentException($"--x and --y both scan '{_axes[0].Name}'");
        foreach (var axis in _axes)
            if (fixedValues.ContainsKey(axis.Name)) throw new ArgumentException($"--fix: '{axis.Name}' is scanned on an axis");
        if (_profile is not null)
        {
            family.CheckName(_profile.Name, "--profile");
            if (!family.IsDirect)
                throw new ArgumentException($"--profile: only the directly predicted families ({string.Join(", ", ModelFamilies.All.Where(f => f.IsDirect).Select(f => f.Name))}) profile a parameter");
            if (_axes.Any(a => a.Name == _profile.Name) || fixedValues.ContainsKey(_profile.Name))
                throw new ArgumentException($"--profile: '{_profile.Name}' is already scanned on an axis or fixed");
        }
        _background = setup.BackgroundOnly();
        var masses = _axes.Where(a => family.IsMass(a.Name)).ToArray();
        (_precision, _precisionThreshold) = (options.Precision, options.PrecisionThreshold);
        if (_precision is not null && (family.IsDirect || options.Sample is not null || masses.Length == 2))
            throw new ArgumentException($"--precision: a requested precision grows the simulation of each mass column; this slice is {(family.IsDirect ? $"predicted directly ({family.Name})" : options.Sample is not null ? "reweighted from a saved joint sample" : "over two mass axes (a joint sample)")}: give --events instead", "--precision");
        var first = Point(_axes.Select(a => a.Values[0]).ToArray());
        if (family.IsDirect)
        {
            if (options.Sample is not null) throw new ArgumentException($"--sample/--save-sample: the {family.Name} family is predicted directly, without a joint sample");
            var scanned = _axes.Select(a => new ModelFamily.ScannedParameter(a.Name, a.Values)).ToList();
            if (_profile is not null) scanned.Add(new(_profile.Name, _profile.Values));
            _direct = family.CreatePredictor(setup, fixedValues, scanned);
            Strategy = ScanStrategy.Direct;
            Method = _profile is null ? "direct prediction at every grid point" : $"direct prediction, {_profile.Name} profiled over {_profile.Values.Count} grid values";
            _ = Evaluate(first);   // fail on a bad specification once, before the grid runs in parallel
            return;
        }
        _ = family.Signal(first, setup.Analysis);   // fail on a bad model specification once, before the grid runs in parallel
        if (options.Sample is { } saved)
        {
            _joint = new JointSamplePrediction(saved, family, setup, options.Bandwidth, options.SampleSource);
            _joint.CheckCovers(_axes.Select((a, k) => (a.Name, a.Min, a.Max, k == 0 ? "--x" : "--y")), fixedValues);
            Strategy = ScanStrategy.JointSample;
            Method = $"{_joint.Method}, from {options.SampleName ?? options.SampleSource}";
            options.AddWork?.Invoke(GridSize);
            CountsGridPoints = true;
        }
        else if (masses.Length == 2)
        {
            int massPoints = options.MassPoints ?? 100;
            if (massPoints is < 0 or > 100_000) throw new ArgumentOutOfRangeException("--mass-points", massPoints, $"--mass-points = {massPoints} is outside [0, 100000]");
            if (massPoints == 0)
            {
                Strategy = ScanStrategy.SimulatePerPoint;
                Method = "simulation per grid point";
                options.AddWork?.Invoke(GridSize);
                CountsGridPoints = true;
            }
            else
            {
                options.AddWork?.Invoke(massPoints);
                BuiltSample = JointSamplePrediction.Generate(setup, family, [.. masses.Select(a => new JointSampleAxis(a.Name, a.Min, a.Max))],
                    fixedValues, massPoints, setup.Options.Seed, options.WorkDone);
                _joint = new JointSamplePrediction(BuiltSample, family, setup, options.Bandwidth, "the joint sample");
                Strategy = ScanStrategy.JointSample;
                Method = _joint.Method;
            }
        }
        else
        {
            _massAxis = masses.FirstOrDefault();
            options.AddWork?.Invoke(_massAxis?.Values.Count ?? 1);
            Strategy = ScanStrategy.ExactReweighting;
            Method = _massAxis is null ? "one simulation, exact coupling and lifetime reweighting" : $"one simulation per {_massAxis.Name} value, exact coupling and lifetime reweighting";
            if (setup.Analysis.Signal == SignalTopology.PhotonConversionInFiducial)
                Method += " (photon conversion: lifetime by the decay-line quadrature of the conversion probability, |dP_conv| <= 0.01 per segment)";
        }
    }

    /// <summary>The analysis, data and settings.</summary>
    public AnalysisInference Setup => _setup;

    /// <summary>The family.</summary>
    public ModelFamily Family => _family;

    /// <summary>The scanned parameters.</summary>
    public IReadOnlyList<SliceAxis> Axes => _axes;

    /// <summary>The fixed parameters.</summary>
    public IReadOnlyDictionary<string, double> FixedValues => _fixed;

    /// <summary>The strategy chosen for this slice.</summary>
    public ScanStrategy Strategy { get; }

    /// <summary>A one-line description of the strategy for reports.</summary>
    public string Method { get; }

    /// <summary>The joint sample generated for a two-mass slice (to save for later scans), or null.</summary>
    public JointSample? BuiltSample { get; }

    /// <summary>Whether every grid point is one unit of <see cref="FamilyScanOptions.AddWork"/> (else the units are the
    /// simulations, reported as they finish).</summary>
    public bool CountsGridPoints { get; }

    /// <summary>−2 ln L of the background-only hypothesis.</summary>
    public double BackgroundOnly() => _background;

    /// <summary>The joint-sample predictor of the <see cref="ScanStrategy.JointSample"/> strategy (its bandwidths and the
    /// kernel diagnostics of every point, <see cref="JointSamplePrediction.Predict"/>), or null for the other strategies.</summary>
    public JointSamplePrediction? Joint => _joint;

    /// <summary>With a requested precision (<see cref="FamilyScanOptions.Precision"/>): the outcome of every mass column
    /// simulated so far, in increasing mass (empty otherwise).</summary>
    public IReadOnlyList<ColumnPrecision> ColumnPrecisions => [.. _columnPrecision.Values.OrderBy(c => c.Mass)];

    private long GridSize => _axes.Aggregate(1L, (n, a) => n * a.Values.Count);

    /// <summary>The full parameter point of grid indices (<paramref name="indices"/>[k] on axis k).</summary>
    /// <param name="indices">One index per axis.</param>
    public Dictionary<string, double> PointAt(params int[] indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return Point([.. indices.Select((i, k) => _axes[k].Values[i])]);
    }

    private Dictionary<string, double> Point(double[] coordinates)
    {
        var values = new Dictionary<string, double>(_fixed);
        for (int k = 0; k < _axes.Length; k++) values[_axes[k].Name] = coordinates[k];
        return values;
    }

    /// <summary>−2 ln L at a full parameter point (<see cref="ILikelihoodTerm"/>).</summary>
    /// <param name="values">Every parameter of the point.</param>
    public double MinusTwoLnL(IReadOnlyDictionary<string, double> values) => Evaluate(values).MinusTwoLnL;

    /// <summary>−2 ln L, the signal and its MC error at a full parameter point, by the slice's strategy (a direct family
    /// with a profile minimises over the profile grid).</summary>
    /// <param name="values">Every parameter of the point (axes and fixed values; a mass of the exact-reweighting strategy
    /// must be one of its axis values).</param>
    /// <exception cref="ArgumentException">A parameter missing or invalid.</exception>
    public GridPoint Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int bins = _setup.Analysis.Binning.Count;
        var mu = new double[bins];
        var w2 = new double[bins];
        switch (Strategy)
        {
            case ScanStrategy.Direct:
                double At(IReadOnlyDictionary<string, double> point)
                {
                    _direct!(point, mu, w2);
                    return _setup.MinusTwoLnL(mu, w2);
                }
                if (_profile is null) return Summary(At(values), mu, w2, double.NaN);
                var (best, chi2) = ProfileMinimum.Over(_profile.Values, v => At(new Dictionary<string, double>(values) { [_profile.Name] = v }));
                if (double.IsNaN(best)) return new GridPoint(chi2, double.NaN, double.NaN, best) { MinusTwoLnLSignalUp = chi2, MinusTwoLnLSignalDown = chi2 };
                At(new Dictionary<string, double>(values) { [_profile.Name] = best });
                return Summary(chi2, mu, w2, best);
            case ScanStrategy.JointSample:
                var kernel = _joint!.Predict(values, mu, w2);
                return Summary(_setup.MinusTwoLnL(mu, w2), mu, w2, double.NaN) with { Kernel = kernel };
            case ScanStrategy.SimulatePerPoint:
                return Simulated(values);
            default:
                var (events, couplings, br) = ReferenceSample(_massAxis is null ? 0 : values[_massAxis.Name]);
                var model = _family.Signal(values, _setup.Analysis);
                double scale = _family.ProductionCouplings(values) / couplings * model.VisibleBranchingRatio / br;
                events.PredictAtSampledPoint(scale, model.ProperDecayLengthCm, mu, w2);
                break;
        }
        return Summary(_setup.MinusTwoLnL(mu, w2), mu, w2, double.NaN);
    }

    /// <summary>The point simulated on its own (one <see cref="DetectorSimulation"/> run with the settings' seed, the
    /// exact Σw² per bin), whatever the strategy: e.g. a benchmark point off the grid.</summary>
    /// <param name="values">Every parameter of the point.</param>
    public GridPoint Simulated(IReadOnlyDictionary<string, double> values)
    {
        var prediction = _setup.Predict(_family.Signal(values, _setup.Analysis));
        return Summary(prediction.MinusTwoLnL, [.. prediction.Bins], [.. prediction.SumOfSquares], double.NaN);
    }

    /// <summary>−2 ln L at an arbitrary point, e.g. a benchmark: predicted directly by a direct family, else simulated.</summary>
    /// <param name="values">Every parameter of the point.</param>
    public double MinusTwoLnLAnywhere(IReadOnlyDictionary<string, double> values) =>
        Strategy == ScanStrategy.Direct ? Evaluate(values).MinusTwoLnL : Simulated(values).MinusTwoLnL;

    /// <summary>Scans a 2-D slice's grid (in parallel): −2 ln L, −2 Δ ln L relative to the minimum over the grid and
    /// the background-only hypothesis, and the contours at the confidence level's threshold.</summary>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom of the threshold (2 for a plane).</param>
    /// <exception cref="InvalidOperationException">A 1-D slice (use <see cref="Interval"/>).</exception>
    public FamilyScanResult Run(double confidenceLevel, int degreesOfFreedom = 2)
    {
        if (_axes.Length != 2) throw new InvalidOperationException("Run scans a 2-D slice; a 1-D slice gives intervals (Interval)");
        var x = _axes[0];
        var y = _axes[1];
        var points = new GridPoint[x.Values.Count * y.Values.Count];
        var result = LikelihoodScan.Run(x.Values, x.Scale, y.Values, y.Scale, (i, j) =>
        {
            var p = Evaluate(PointAt(i, j));
            if (CountsGridPoints) _workDone?.Invoke();
            points[j * x.Values.Count + i] = p;
            return p.MinusTwoLnL;
        }, confidenceLevel, degreesOfFreedom, _background);
        return new FamilyScanResult(result, points, _background);
    }

    /// <summary>The slice's best fit with the parameters off its axes profiled (<see cref="ProfiledFit.BestFit"/>): at every
    /// grid point −2 ln L minimised over <paramref name="profiled"/> (coarse grid, then Nelder-Mead), the other fixed
    /// values held.</summary>
    /// <remarks>A profiled parameter may also be fixed (its fixed value is then the plot's slice, replaced here by the
    /// profile). Each evaluation is the slice's own strategy (<see cref="Evaluate"/>): under exact reweighting a coupling
    /// (e.g. alpha-d, epsilon) costs one reweighting of the column's sample; a profiled mass runs one reference simulation
    /// per distinct value (the same seed).</remarks>
    /// <param name="profiled">At least one parameter of the family, not on the axes.</param>
    /// <param name="refine">Refine each grid minimum by Nelder-Mead (default true).</param>
    /// <exception cref="ArgumentException">A name not of the family, on an axis, or given twice.</exception>
    /// <exception cref="InvalidOperationException">A 1-D slice.</exception>
    public ProfiledFitResult ProfiledBestFit(IReadOnlyList<ProfiledParameter> profiled, bool refine = true)
    {
        ArgumentNullException.ThrowIfNull(profiled);
        if (_axes.Length != 2) throw new InvalidOperationException("ProfiledBestFit profiles a 2-D slice");
        foreach (var p in profiled) ProfiledParameter.CheckOffAxes(p, _family, _axes[0].Name, _axes[1].Name, "profiled");
        var names = profiled.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var held = _fixed.Where(kv => !names.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return ProfiledFit.BestFit(MinusTwoLnL, _axes[0].Name, _axes[0].Values, _axes[1].Name, _axes[1].Values, held, profiled, refine);
    }

    /// <summary>Scans a 1-D slice: −2 Δ ln L along the axis (relative to the minimum over the axis and the background-only
    /// hypothesis) and the excluded intervals at the confidence level (1 dof unless given).</summary>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom of the threshold.</param>
    /// <exception cref="InvalidOperationException">A 2-D slice (use <see cref="Run"/>).</exception>
    public IntervalScan Interval(double confidenceLevel, int degreesOfFreedom = 1)
    {
        if (_axes.Length != 1) throw new InvalidOperationException("Interval scans a 1-D slice; a 2-D slice gives contours (Run)");
        var axis = _axes[0];
        var points = new GridPoint[axis.Values.Count];
        Parallel.For(0, points.Length, i =>
        {
            points[i] = Evaluate(PointAt(i));
            if (CountsGridPoints) _workDone?.Invoke();
        });
        return IntervalScan.From(axis.Values.ToArray(), axis.Scale, [.. points.Select(p => p.MinusTwoLnL)], [.. points.Select(p => p.Signal)],
            _background, confidenceLevel, degreesOfFreedom);
    }

    /// <summary>The grid point of a prediction, with −2 ln L at the signal scaled by 1 ± r (r its relative MC error, the
    /// same factor in every bin, Σw² unchanged) for the MC band (<see cref="McBand"/>).</summary>
    private GridPoint Summary(double minusTwoLnL, double[] mu, double[] w2, double profiled)
    {
        double signal = mu.Sum(), error = Math.Sqrt(w2.Sum());
        double r = signal > 0 && error > 0 ? error / signal : 0;
        double Scaled(double factor)
        {
            if (r == 0) return minusTwoLnL;
            var shifted = new double[mu.Length];
            for (int b = 0; b < mu.Length; b++) shifted[b] = mu[b] * factor;
            return _setup.MinusTwoLnL(shifted, w2);
        }
        return new GridPoint(minusTwoLnL, signal, error, profiled) { MinusTwoLnLSignalUp = Scaled(1 + r), MinusTwoLnLSignalDown = Scaled(Math.Max(0, 1 - r)) };
    }

    /// <summary>The reference simulation at a mass value, run when first needed (a shard runs only its own columns).</summary>
    private (ReweightingEvents Events, double Couplings, double Br) ReferenceSample(double mass) =>
        _samples.GetOrAdd(mass, m => new Lazy<(ReweightingEvents, double, double)>(() =>
        {
            var values = new Dictionary<string, double>(_fixed);
            if (_massAxis is not null) values[_massAxis.Name] = m;
            // Reference: the longest lifetime over the coupling axes, so that no event's decay probability underflows.
            Dictionary<string, double>? best = null;
            double longest = -1, shortest = double.PositiveInfinity;
            foreach (var point in CouplingPoints(values))
            {
                double ctau = _family.Signal(point, _setup.Analysis).ProperDecayLengthCm;
                if (ctau > longest) (longest, best) = (ctau, point);
                shortest = Math.Min(shortest, ctau);
            }
            var reference = _family.Signal(best!, _setup.Analysis);
            double couplings = _family.ProductionCouplings(best!), br = reference.VisibleBranchingRatio;
            // a column whose lifetime does not change along its couplings is reweighted at the run's lifetime only: the
            // variance-driven allocation tuned there is then tuned for every point of the column
            bool oneLifetime = shortest >= longest / ColumnLifetimeTolerance;
            var sample = _setup.SampleWithEvents(reference, _setup.Options.Events, oneLifetime);
            if (_precision is { } target)
            {
                // grow the column's sample as DetectorSimulation.RunToPrecision does (same seed, more events each run)
                int events = Math.Min(_setup.Options.Events, target.MaxEvents);
                if (events != _setup.Options.Events) sample = _setup.SampleWithEvents(reference, events, oneLifetime);
                while (true)
                {
                    double relative = ColumnRelativeError(sample, values, couplings, br);
                    bool reached = relative <= target.RelativeError;
                    if (reached || double.IsPositiveInfinity(relative) || events >= target.MaxEvents)
                    {
                        _columnPrecision[m] = new ColumnPrecision(m, events, relative, reached);
                        break;
                    }
                    events = DetectorSimulation.NextEvents(events, relative, target);
                    sample = _setup.SampleWithEvents(reference, events, oneLifetime);
                }
            }
            _workDone?.Invoke();
            return (sample, couplings, br);
        })).Value;

    /// <summary>The relative MC error on the selected signal that a requested precision controls in one mass column
    /// (<see cref="FamilyScanOptions.Precision"/>).</summary>
    /// <remarks>The column's grid points are predicted from <paramref name="sample"/>; where −2 ln L − (−2 ln L of the
    /// background-only hypothesis) crosses <see cref="FamilyScanOptions.PrecisionThreshold"/> between two neighbouring
    /// points, both bracket the limit, and the measure is the largest √Σw²/Σw over them (the limit's position is what
    /// the MC error moves). A column without a crossing does not shape the limit; its measure is the relative error at
    /// the point with the largest signal. Coupling reweighting scales every weight alike, so only the lifetime changes
    /// the relative error along a column. +∞ when the column selects nothing.</remarks>
    /// <param name="sample">The column's reference events.</param>
    /// <param name="column">The column's mass (and fixed values).</param>
    /// <param name="couplings">Production coupling product of the reference point.</param>
    /// <param name="br">Visible branching ratio of the reference point.</param>
    internal double ColumnRelativeError(ReweightingEvents sample, Dictionary<string, double> column, double couplings, double br)
    {
        int bins = _setup.Analysis.Binning.Count;
        var points = CouplingPoints(column).ToArray();
        var delta = new double[points.Length];
        var relative = new double[points.Length];
        var signal = new double[points.Length];
        var mu = new double[bins];
        var w2 = new double[bins];
        for (int k = 0; k < points.Length; k++)
        {
            var model = _family.Signal(points[k], _setup.Analysis);
            double scale = _family.ProductionCouplings(points[k]) / couplings * model.VisibleBranchingRatio / br;
            sample.PredictAtSampledPoint(scale, model.ProperDecayLengthCm, mu, w2);
            signal[k] = mu.Sum();
            relative[k] = signal[k] > 0 ? Math.Sqrt(w2.Sum()) / signal[k] : double.PositiveInfinity;
            delta[k] = _setup.MinusTwoLnL(mu, w2) - _background - _precisionThreshold;
        }
        double worst = double.NegativeInfinity;
        for (int k = 0; k + 1 < points.Length; k++)
            if (double.IsFinite(delta[k]) && double.IsFinite(delta[k + 1]) && (delta[k] >= 0) != (delta[k + 1] >= 0))
                worst = Math.Max(worst, Math.Max(relative[k], relative[k + 1]));
        if (worst > double.NegativeInfinity) return worst;
        int largest = Array.IndexOf(signal, signal.Max());
        return relative[largest];
    }

    /// <summary>Every combination of the coupling axes' values on top of <paramref name="values"/>.</summary>
    private IEnumerable<Dictionary<string, double>> CouplingPoints(Dictionary<string, double> values)
    {
        IEnumerable<Dictionary<string, double>> points = [values];
        foreach (var axis in _axes.Where(a => !ReferenceEquals(a, _massAxis)))
            points = points.SelectMany(p => axis.Values.Select(c => new Dictionary<string, double>(p) { [axis.Name] = c })).ToArray();
        return points;
    }
}
