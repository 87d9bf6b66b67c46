using DarkSector.Physics;
using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Experiments;

/// <summary>A region published in the plane of two model parameters (a preferred region or an excluded one), as a
/// closed boundary, for overlays on scan figures.</summary>
/// <remarks>Parameter names are those of the scan families (e.g. "m-n", "v-mu-n2", "mzprime"); the region applies where
/// the scan's family, axes and fixed parameters match <see cref="Family"/>, <see cref="XParameter"/>,
/// <see cref="YParameter"/> and <see cref="Fixed"/>. Immutable.</remarks>
public sealed record PublishedRegion
{
    /// <summary>Identifier, e.g. "miniboone-light-zprime-3sigma".</summary>
    public required string Id { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Id)); }

    /// <summary>Legend label, e.g. "MiniBooNE 3σ (Kamp et al.)".</summary>
    public required string Label { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Label)); }

    /// <summary>The publication and figure the boundary was read from.</summary>
    public required string Source { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Source)); }

    /// <summary>Model family, e.g. "dark-photon".</summary>
    public required string Family { get; init => field = ExperimentInfo.NonEmpty(value, nameof(Family)); }

    /// <summary>Parameter on the horizontal axis, e.g. "m-n".</summary>
    public required string XParameter { get; init => field = ExperimentInfo.NonEmpty(value, nameof(XParameter)); }

    /// <summary>Parameter on the vertical axis, e.g. "v-mu-n2".</summary>
    public required string YParameter { get; init => field = ExperimentInfo.NonEmpty(value, nameof(YParameter)); }

    /// <summary>Parameters the region is drawn at, e.g. mzprime = 0.03 (GeV).</summary>
    public IReadOnlyDictionary<string, double> Fixed { get; init; } = new Dictionary<string, double>();

    /// <summary>Significance of a preferred region in standard deviations (&gt; 0), or null for an exclusion.</summary>
    public double? Sigma { get; init => field = value is double s ? Check.Positive(s, nameof(Sigma)) : null; }

    /// <summary>The closed boundary (at least three points, finite), in the parameters' units.</summary>
    public required IReadOnlyList<ContourPoint> Boundary
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count < 3) throw new ArgumentException($"Boundary has {value.Count} points; a region needs at least 3", nameof(Boundary));
            foreach (var p in value)
            {
                Check.Finite(p.X, nameof(Boundary));
                Check.Finite(p.Y, nameof(Boundary));
            }
            field = value;
        }
    }
}
