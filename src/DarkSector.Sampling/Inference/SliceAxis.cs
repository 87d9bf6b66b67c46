using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;

namespace DarkSector.Sampling.Inference;

/// <summary>One scanned parameter of a slice: its name, range, scale and grid (<see cref="LikelihoodScan.Axis"/>).</summary>
/// <remarks>Immutable.</remarks>
public sealed record SliceAxis
{
    /// <summary>An axis of <paramref name="count"/> points from <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="name">Parameter name (of the family's schema).</param>
    /// <param name="min">First grid value.</param>
    /// <param name="max">Last grid value.</param>
    /// <param name="scale">Linear or logarithmic spacing.</param>
    /// <param name="count">Number of points, ≥ 2.</param>
    /// <exception cref="ArgumentException">Invalid range or count.</exception>
    public SliceAxis(string name, double min, double max, AxisScale scale, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        (Name, Min, Max, Scale) = (name, min, max, scale);
        Values = LikelihoodScan.Axis(min, max, scale, count);
    }

    /// <summary>Parameter name.</summary>
    public string Name { get; }

    /// <summary>First grid value.</summary>
    public double Min { get; }

    /// <summary>Last grid value.</summary>
    public double Max { get; }

    /// <summary>Spacing.</summary>
    public AxisScale Scale { get; }

    /// <summary>The grid values.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>"log" or "lin" (the JSON spelling).</summary>
    public string ScaleName => Scale == AxisScale.Logarithmic ? "log" : "lin";
}
