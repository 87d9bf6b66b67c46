using System.Globalization;
using DarkSector.Physics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Reweighting.Kernels;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>
/// The signal at any parameter point from a joint sample over a family's masses (<see cref="JointSample"/>): the
/// kernel-reweighting strategy of <see cref="FamilyScan"/>, and the generator of joint samples (the CLI's <c>sample</c>
/// makes and saves one; <c>scan</c> builds one in memory or reads one with <c>--sample</c>).
/// </summary>
/// <remarks>
/// <para>Generation: <see cref="JointSampleGenerator"/> over the mass box, the other parameters at their <c>--fix</c>
/// values (stored as the sample's reference couplings).</para>
/// <para>Prediction at a point θ̄ with couplings g: local-linear regression in the logarithm of the signal over the
/// sample's mass points (<see cref="KernelRegression.LogLinear"/>) with the Epanechnikov product kernel in log10 of each
/// mass (<see cref="LocalLinearKernelReweighter"/>; the kernel reweighting of the seed paper PRD 107 (2023) 035027 §III
/// with the bias of first order removed, and a power law in the masses reproduced exactly) times the exact coupling ratio
/// s = P(θ̄, g)/P(g_ref) × BR_vis(θ̄, g)/BR_vis(θ̄, g_ref), P the family's production coupling product
/// (<see cref="ModelFamily.ProductionCouplings"/>) and g_ref the sample's reference couplings (the event weights carry the
/// visible branching ratio at the generated masses, which the kernel smooths to θ̄); the lifetime weight is recomputed
/// from the stored fiducial crossings at the point's c τ₀ (photon-conversion analyses: the decay-line segments weighted by
/// the conversion probability, <see cref="SimulatedDecay"/>). Half-widths: chosen by leave-one-mass-point-out
/// cross-validation (<see cref="KernelBandwidthSelection"/>) among 0.25 to 2 times the rule h_k = Δu_k (16/M)^{1/d}/2
/// (Δu_k the box span in decades, M mass points, d axes: about 16 mass points inside each kernel box), or fixed by
/// --bandwidth. Thread-safe for predictions.</para>
/// </remarks>
public sealed class JointSamplePrediction
{
    private readonly LocalLinearKernelReweighter _reweighter;
    private readonly ModelFamily _family;
    private readonly AnalysisDefinition _analysis;

    /// <summary>Indexes <paramref name="sample"/> for <paramref name="signal"/>'s analysis.</summary>
    /// <param name="sample">The joint sample (generated for the same experiment, analysis and family).</param>
    /// <param name="family">The family whose parameter names the sample uses.</param>
    /// <param name="signal">Experiment and analysis of the scan.</param>
    /// <param name="bandwidth">Kernel half-width in decades on every axis, or null for the default.</param>
    /// <param name="source">Names the sample in errors (the option and file, e.g. "--sample joint.dsev").</param>
    /// <exception cref="ArgumentException">The sample belongs to another experiment, analysis or family, or the bandwidth is invalid.</exception>
    /// <exception cref="DarkSectorException">The sample has no selected events.</exception>
    public JointSamplePrediction(JointSample sample, ModelFamily family, AnalysisInference signal, double? bandwidth, string source)
    {
        var m = sample.Metadata;
        if (m.ExperimentId != signal.Experiment.Info.Id)
            throw new ArgumentException($"{source}: generated for experiment '{m.ExperimentId}', not '{signal.Experiment.Info.Id}'");
        if (m.AnalysisId != signal.Analysis.Id)
            throw new ArgumentException($"{source}: generated for analysis '{m.AnalysisId}', not '{signal.Analysis.Id}' (give --analysis {m.AnalysisId})");
        if (m.Family != family.Name)
            throw new ArgumentException($"{source}: generated for family '{m.Family}', not '{family.Name}'");
        if (sample.Events.BinCount != signal.Analysis.Binning.Count)
            throw new ArgumentException($"{source}: {sample.Events.BinCount} bins, but analysis '{signal.Analysis.Id}' has {signal.Analysis.Binning.Count} (a different software version?)");
        if (sample.Events.Count == 0)
            throw new DarkSectorException($"{source}: the joint sample has no selected events");
        if (bandwidth is double b && !(b > 0 && b <= 10))
            throw new ArgumentOutOfRangeException("--bandwidth", b, $"--bandwidth = {b} is outside (0, 10] decades");
        int d = m.Axes.Count;
        Bandwidths = new double[d];
        for (int k = 0; k < d; k++)
            Bandwidths[k] = bandwidth ?? Math.Log10(m.Axes[k].Maximum / m.Axes[k].Minimum) * Math.Pow(16.0 / m.PointCount, 1.0 / d) / 2;
        DistanceScale[] scales = [.. Enumerable.Repeat(DistanceScale.Log10, d)];
        (Sample, _family, _analysis, Source) = (sample, family, signal.Analysis, source);
        _reweighter = LocalLinearKernelReweighter.ForSample(sample, new Kernel(KernelShape.Epanechnikov, KernelForm.Product, Bandwidths, scales), KernelRegression.LogLinear);
        if (bandwidth is null)
        {
            // Leave-one-mass-point-out cross-validation around the default rule, at the sample's reference couplings.
            Selection = KernelBandwidthSelection.LeaveOneMassPointOut(_reweighter, theta => _family.Signal(ReferenceAt(theta), _analysis).ProperDecayLengthCm,
                designDensity: JointSampleGenerator.DesignDensity(m));
            Bandwidths = [.. Selection.Bandwidths];
            _reweighter = _reweighter.With(new Kernel(KernelShape.Epanechnikov, KernelForm.Product, Bandwidths, scales), KernelRegression.LogLinear);
        }
    }

    /// <summary>The reweighter with the chosen kernel (for closure tests).</summary>
    public LocalLinearKernelReweighter Reweighter => _reweighter;

    /// <summary>The cross-validation that chose <see cref="Bandwidths"/>, or null when --bandwidth fixed them.</summary>
    public BandwidthSelection? Selection { get; }

    /// <summary>The sample's reference parameters with its axes at <paramref name="theta"/>.</summary>
    private Dictionary<string, double> ReferenceAt(ReadOnlySpan<double> theta)
    {
        var values = new Dictionary<string, double>(Sample.Metadata.FixedParameters);
        for (int k = 0; k < theta.Length; k++) values[Sample.Metadata.Axes[k].Name] = theta[k];
        return values;
    }

    /// <summary>The sample.</summary>
    public JointSample Sample { get; }

    /// <summary>Kernel half-widths per axis, decades.</summary>
    public double[] Bandwidths { get; }

    /// <summary>Names the sample in errors.</summary>
    public string Source { get; }

    /// <summary>Number of analysis bins.</summary>
    public int BinCount => _reweighter.BinCount;

    /// <summary>A one-line description of the method for reports.</summary>
    public string Method => $"joint sample of {Sample.Metadata.PointCount} mass points ({Sample.Events.Count} selected events), "
        + $"log-linear kernel regression (local-linear in ln signal) with the Epanechnikov product kernel in log10 (half-widths {string.Join(", ", Bandwidths.Select(h => h.ToString("G3", CultureInfo.InvariantCulture)))} decades"
        + (Selection is null ? ", --bandwidth)" : ", leave-one-mass-point-out cross-validation)");

    /// <summary>Generates a joint sample over the family's mass <paramref name="axes"/> with the other parameters at
    /// <paramref name="fixedValues"/> (the reference couplings).</summary>
    /// <param name="signal">The analysis and simulation settings (events per mass point).</param>
    /// <param name="family">The model family.</param>
    /// <param name="axes">The mass axes and their ranges.</param>
    /// <param name="fixedValues">The other parameters (the sample's reference couplings).</param>
    /// <param name="points">Number of mass points.</param>
    /// <param name="seed">Seed of the mass points.</param>
    /// <param name="pointDone">Called once per mass point (progress).</param>
    /// <remarks>Photon-conversion analyses (MINERvA) are generated like the others: <see cref="SimulationReweighting"/>
    /// stores their decay line as segments weighted by ε·P_conv (<see cref="SimulatedDecay"/>), which the kernel
    /// reweighter evaluates with the same lifetime formula as the per-mass reweighting of <c>scan</c>.</remarks>
    /// <exception cref="ArgumentException">An axis is not a mass of the family or a fixed value is invalid.</exception>
    /// <param name="placement">How the mass points are placed (default discrete).</param>
    public static JointSample Generate(AnalysisInference signal, ModelFamily family, IReadOnlyList<JointSampleAxis> axes,
        IReadOnlyDictionary<string, double> fixedValues, int points, ulong seed, Action? pointDone = null, MassPlacement placement = MassPlacement.Discrete)
    {
        var (metadata, modelAt) = Plan(signal, family, axes, fixedValues, points, seed, pointDone, placement);
        return JointSampleGenerator.Generate(signal.Experiment, signal.Analysis, metadata, modelAt, signal.Options);
    }

    /// <summary>The metadata and the model at a mass point of the joint sample <see cref="Generate"/> makes, validated
    /// (for generating its points separately: <see cref="JointSampleGenerator.GeneratePoint"/>).</summary>
    /// <param name="signal">The analysis and simulation settings (events per mass point).</param>
    /// <param name="family">The model family.</param>
    /// <param name="axes">The mass axes and their ranges.</param>
    /// <param name="fixedValues">The other parameters (the sample's reference couplings).</param>
    /// <param name="points">Number of mass points.</param>
    /// <param name="seed">Seed of the mass points.</param>
    /// <param name="pointDone">Called once per mass point (progress).</param>
    /// <param name="placement">How the mass points are placed (default discrete).</param>
    /// <exception cref="ArgumentException">An axis is not a mass of the family or a fixed value is invalid.</exception>
    public static (JointSampleMetadata Metadata, Func<double[], ISignalModel> ModelAt) Plan(AnalysisInference signal, ModelFamily family,
        IReadOnlyList<JointSampleAxis> axes, IReadOnlyDictionary<string, double> fixedValues, int points, ulong seed, Action? pointDone = null,
        MassPlacement placement = MassPlacement.Discrete)
    {
        if (points is < 1 or > 100_000)
            throw new ArgumentOutOfRangeException("--mass-points", points, $"--mass-points = {points} is outside [1, 100000]");
        foreach (var axis in axes)
            if (!family.IsMass(axis.Name))
                throw new ArgumentException($"'{axis.Name}' is not a mass of the {family.Name} family: a joint sample varies masses; couplings are reweighted exactly (give them with --fix)");
        var metadata = new JointSampleMetadata
        {
            ExperimentId = signal.Experiment.Info.Id,
            AnalysisId = signal.Analysis.Id,
            Family = family.Name,
            Axes = axes,
            FixedParameters = fixedValues,
            Seed = seed,
            EventsPerPoint = signal.Options.Events,
            PointCount = points,
            Placement = placement,
        };
        var analysis = signal.Analysis;
        ISignalModel ModelAt(double[] theta)
        {
            var values = new Dictionary<string, double>(fixedValues);
            for (int k = 0; k < theta.Length; k++) values[axes[k].Name] = theta[k];
            return family.Signal(values, analysis);
        }
        // Fail on a bad model specification once, before the points run in parallel; the reference production must not vanish.
        double[] corner = [.. axes.Select(a => a.Minimum)];
        _ = ModelAt(corner);
        Func<double[], ISignalModel> counted = pointDone is null ? ModelAt : theta => { pointDone(); return ModelAt(theta); };   // one model per mass point: progress
        var cornerValues = new Dictionary<string, double>(fixedValues);
        for (int k = 0; k < axes.Count; k++) cornerValues[axes[k].Name] = corner[k];
        if (!(family.ProductionCouplings(cornerValues) > 0))
            throw new ArgumentException("--fix: the production couplings of the joint sample vanish; give non-zero reference couplings");
        return (metadata, counted);
    }

    /// <summary>The placement named <paramref name="text"/>: "discrete", "continuous" or "adaptive".</summary>
    /// <param name="text">The name as typed.</param>
    /// <param name="option">The option that gave it (for the error).</param>
    /// <exception cref="ArgumentException">Another name (the message lists the allowed ones).</exception>
    public static MassPlacement ParsePlacement(string text, string option) => text switch
    {
        "discrete" => MassPlacement.Discrete,
        "continuous" => MassPlacement.Continuous,
        "adaptive" => MassPlacement.Adaptive,
        _ => throw new ArgumentException($"{option} = '{text}' is not a placement; allowed: discrete, continuous, adaptive"),
    };

    /// <summary>The name of <paramref name="placement"/> as <see cref="ParsePlacement"/> reads it.</summary>
    public static string PlacementName(MassPlacement placement) => placement switch
    {
        MassPlacement.Discrete => "discrete",
        MassPlacement.Continuous => "continuous",
        MassPlacement.Adaptive => "adaptive",
        _ => throw new ArgumentOutOfRangeException(nameof(placement), placement, $"placement = {placement} is not defined"),
    };

    /// <summary>Reads a joint sample for <c>--sample</c>, errors naming the option.</summary>
    /// <param name="path">The file.</param>
    /// <param name="option">The option that named it.</param>
    /// <exception cref="ArgumentException">No such file.</exception>
    /// <exception cref="FormatException">Not a joint sample (e.g. an event .dsev file), truncated or malformed.</exception>
    public static JointSample Read(string path, string option)
    {
        if (!File.Exists(path)) throw new ArgumentException($"{option}: file '{path}' does not exist");
        try
        {
            return JointSampleFile.Read(path);
        }
        catch (FormatException e)
        {
            throw new FormatException($"{option}: {e.Message}", e);
        }
    }

    /// <summary>Checks that a scan only asks for masses the sample covers: each sample axis scanned over
    /// [min, max] inside the box, or fixed inside it; a mass fixed at generation (not an axis) has the same value.</summary>
    /// <param name="scanned">The scan's axes: name, min, max, and the option that gave it.</param>
    /// <param name="fixedValues">The scan's --fix values.</param>
    /// <exception cref="ArgumentException">A mass outside the box, or missing (the message names the option and the allowed range).</exception>
    public void CheckCovers(IEnumerable<(string Name, double Min, double Max, string Option)> scanned, IReadOnlyDictionary<string, double> fixedValues)
    {
        var axes = scanned.ToArray();
        string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        foreach (var axis in Sample.Metadata.Axes)
        {
            string range = $"[{R(axis.Minimum)}, {R(axis.Maximum)}]";
            int s = Array.FindIndex(axes, a => a.Name == axis.Name);
            if (s >= 0)
            {
                var a = axes[s];
                double low = Math.Min(a.Min, a.Max), high = Math.Max(a.Min, a.Max);
                if (!(low >= axis.Minimum && high <= axis.Maximum))
                    throw new ArgumentOutOfRangeException(a.Option,
                        $"{a.Option}: {axis.Name} from {R(a.Min)} to {R(a.Max)} leaves the joint sample's box ({Source}); allowed range {range}");
            }
            else if (fixedValues.TryGetValue(axis.Name, out double v))
            {
                if (!axis.Contains(v))
                    throw new ArgumentOutOfRangeException("--fix", $"--fix: {axis.Name} = {R(v)} is outside the joint sample's box ({Source}); allowed range {range}");
            }
            else throw new ArgumentException($"{axis.Name} is neither scanned nor fixed: give it with --fix {axis.Name}=... in {range} ({Source})");
        }
        foreach (var (name, value) in Sample.Metadata.FixedParameters)
        {
            if (!_family.IsMass(name)) continue;
            int s = Array.FindIndex(axes, a => a.Name == name);
            if (s >= 0)
                throw new ArgumentException($"{axes[s].Option}: {name} cannot be scanned: the joint sample ({Source}) was generated at {name} = {R(value)}");
            if (fixedValues.TryGetValue(name, out double v) && v != value)
                throw new ArgumentException($"--fix: {name} = {R(v)}, but the joint sample ({Source}) was generated at {name} = {R(value)}");
        }
    }

    /// <summary>The expected signal per bin and its Σw² at <paramref name="values"/> (all parameters of the point), with
    /// the signal summed over bins, its MC error, the kernel's effective sample size, mass points and flag.</summary>
    /// <param name="values">The parameter point.</param>
    /// <param name="expected">Receives the signal per bin.</param>
    /// <param name="sumOfSquares">Receives Σw² per bin (of the kernel-weighted events).</param>
    /// <exception cref="ArgumentException">A parameter is missing or invalid.</exception>
    public KernelPrediction Predict(IReadOnlyDictionary<string, double> values, Span<double> expected, Span<double> sumOfSquares)
    {
        var axes = Sample.Metadata.Axes;
        Span<double> theta = stackalloc double[axes.Count];
        var reference = new Dictionary<string, double>(Sample.Metadata.FixedParameters);
        for (int k = 0; k < axes.Count; k++)
            reference[axes[k].Name] = theta[k] = values.TryGetValue(axes[k].Name, out double m) ? m
                : throw new ArgumentException($"parameter '{axes[k].Name}' is neither scanned nor fixed (give it with --fix {axes[k].Name}=...)");
        var model = _family.Signal(values, _analysis);
        var generated = _family.Signal(reference, _analysis);
        double brGenerated = generated.VisibleBranchingRatio;
        // No visible decay at the reference couplings (the events near θ̄ carry BR_vis = 0 too): no signal.
        double scale = brGenerated > 0
            ? _family.ProductionCouplings(values) / _family.ProductionCouplings(reference) * (model.VisibleBranchingRatio / brGenerated)
            : 0;
        return _reweighter.Predict(theta, scale, model.ProperDecayLengthCm, expected, sumOfSquares);
    }
}
