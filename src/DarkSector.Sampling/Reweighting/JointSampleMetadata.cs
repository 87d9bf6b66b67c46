using DarkSector.Physics;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// What a joint reweighting sample was generated from: the experiment and analysis, the model family, the sampled
/// parameters with their box, the values of every other parameter at generation (the reference couplings), the seed,
/// the events per point, the number of parameter points and the software version. It is also the recipe that
/// <see cref="JointSampleGenerator"/> follows.
/// </summary>
/// <remarks>Immutable record, validated in its init accessors; texts are single lines. Structural equality (lists and
/// the dictionary compared element-wise, doubles bitwise).</remarks>
public sealed record JointSampleMetadata
{
    /// <summary>Experiment id (e.g. "t2k-nd280").</summary>
    public required string ExperimentId { get; init => field = CheckText(value, nameof(ExperimentId)); }

    /// <summary>Analysis id within the experiment.</summary>
    public required string AnalysisId { get; init => field = CheckText(value, nameof(AnalysisId)); }

    /// <summary>Model family (e.g. "dark-photon"); the reader of the sample maps parameter names to a model through it.</summary>
    public required string Family { get; init => field = CheckText(value, nameof(Family)); }

    /// <summary>The sampled parameters (kernel axes) in the order of the events' θ; 1 to 4, distinct names.</summary>
    public required IReadOnlyList<JointSampleAxis> Axes
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(Axes), value.Count, $"Axes has {value.Count} entries; allowed 1 to 4");
            for (int k = 0; k < value.Count; k++)
            {
                ArgumentNullException.ThrowIfNull(value[k], nameof(Axes));
                for (int l = 0; l < k; l++)
                    if (value[l].Name == value[k].Name) throw new ArgumentException($"Axes: '{value[k].Name}' appears twice", nameof(Axes));
            }
            field = value.ToArray();
        }
    }

    /// <summary>Values of the parameters that are not sampled, at generation (couplings such as "v-mu-n2"); each finite.
    /// Axis names may not appear here. At most 64 entries.</summary>
    public IReadOnlyDictionary<string, double> FixedParameters
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count > MaxFixed) throw new ArgumentOutOfRangeException(nameof(FixedParameters), value.Count, $"FixedParameters has {value.Count} entries; at most {MaxFixed}");
            var copy = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, x) in value)
            {
                CheckText(name, nameof(FixedParameters));
                copy[name] = Check.Finite(x, $"FixedParameters[{name}]");
            }
            field = copy;
        }
    } = new SortedDictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Seed of the generation (every point's draw and simulation derive from it).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Generated events per parameter point; ≥ 100.</summary>
    public required int EventsPerPoint { get; init => field = Check.AtLeast(value, 100, nameof(EventsPerPoint)); }

    /// <summary>Number of parameter points drawn in the box; 1 to 100 000.</summary>
    public required int PointCount
    {
        get;
        init
        {
            if (value is < 1 or > MaxPoints) throw new ArgumentOutOfRangeException(nameof(PointCount), value, $"PointCount = {value} is outside [1, {MaxPoints}]");
            field = value;
        }
    }

    /// <summary>How the mass points are placed (default <see cref="MassPlacement.Discrete"/>).</summary>
    public MassPlacement Placement
    {
        get;
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(Placement), value, $"Placement = {value} must be Discrete, Continuous or Adaptive");
    } = MassPlacement.Discrete;

    /// <summary>For <see cref="MassPlacement.Adaptive"/> once its pilot has run: the coefficients of the quadratic fit of
    /// ln Y over the pilot points in the box's unit coordinates t_k = ln(θ_k/min_k)/ln(max_k/min_k) ∈ [0, 1], in the
    /// order 1, t_1 … t_d, then t_k t_l for k ≤ l (<see cref="JointSampleGenerator.AdaptiveDensity"/>); empty otherwise
    /// (and before the pilot). Finite; at most 15 entries.</summary>
    public IReadOnlyList<double> PlacementCoefficients
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count > 15) throw new ArgumentOutOfRangeException(nameof(PlacementCoefficients), value.Count, $"PlacementCoefficients has {value.Count} entries; at most 15");
            foreach (double x in value) Check.Finite(x, nameof(PlacementCoefficients));
            field = value.ToArray();
        }
    } = [];

    /// <summary>Version of DarkSector that generated the sample.</summary>
    public string SoftwareVersion { get; init => field = CheckText(value, nameof(SoftwareVersion), allowEmpty: true); } =
        typeof(JointSampleMetadata).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>The axis named <paramref name="name"/>, or −1.</summary>
    public int AxisIndex(string name)
    {
        for (int k = 0; k < Axes.Count; k++)
            if (Axes[k].Name == name) return k;
        return -1;
    }

    /// <summary>Structural equality.</summary>
    public bool Equals(JointSampleMetadata? other) =>
        other is not null && ExperimentId == other.ExperimentId && AnalysisId == other.AnalysisId && Family == other.Family
        && Axes.SequenceEqual(other.Axes) && FixedParameters.Count == other.FixedParameters.Count
        && FixedParameters.All(p => other.FixedParameters.TryGetValue(p.Key, out double v) && v.Equals(p.Value))
        && Seed == other.Seed && EventsPerPoint == other.EventsPerPoint && PointCount == other.PointCount
        && SoftwareVersion == other.SoftwareVersion && Placement == other.Placement
        && PlacementCoefficients.SequenceEqual(other.PlacementCoefficients);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ExperimentId, AnalysisId, Family, Axes.Count, Seed, PointCount);

    internal const int MaxFixed = 64;
    internal const int MaxPoints = 100_000;

    internal static string CheckText(string value, string name, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (!allowEmpty && value.Length == 0) throw new ArgumentException($"{name} must not be empty", name);
        if (value.Length > 1000 || value.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw new ArgumentException($"{name} = '{value}' must be a single line of at most 1000 characters", name);
        return value;
    }
}
