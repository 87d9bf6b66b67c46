using DarkSector.Physics;
using DarkSector.Sampling.Limits;

namespace DarkSector.Reporting.Plotting;

/// <summary>One axis of a plot: its range, scale and label.</summary>
public sealed record PlotAxis
{
    /// <summary>Creates an axis over [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentException">min ≥ max, non-finite ends, or a non-positive end on a log axis.</exception>
    public PlotAxis(double min, double max, AxisScale scale, string label)
    {
        Check.Finite(min);
        Check.Finite(max);
        if (!(max > min)) throw new ArgumentException($"axis range [{min}, {max}] is empty", nameof(max));
        if (scale == AxisScale.Logarithmic && min <= 0)
            throw new ArgumentOutOfRangeException(nameof(min), min, $"min = {min} must be > 0 on a log axis");
        Min = min;
        Max = max;
        Scale = scale;
        Label = label ?? "";
    }

    /// <summary>Lower end of the range.</summary>
    public double Min { get; }

    /// <summary>Upper end of the range.</summary>
    public double Max { get; }

    /// <summary>Linear or logarithmic.</summary>
    public AxisScale Scale { get; }

    /// <summary>Axis title (plain text; OxyPlot's ^{...} and _{...} markup is not interpreted in titles).</summary>
    public string Label { get; }

    /// <summary>Position of <paramref name="value"/> as a fraction of the axis length (0 at Min, 1 at Max); NaN if not representable.</summary>
    public double Fraction(double value)
    {
        if (Scale == AxisScale.Logarithmic)
            return value > 0 ? Math.Log(value / Min) / Math.Log(Max / Min) : double.NaN;
        return (value - Min) / (Max - Min);
    }

    /// <summary>The value at <paramref name="fraction"/> of the axis length (the inverse of <see cref="Fraction"/>).</summary>
    public double ValueAt(double fraction) => Scale == AxisScale.Logarithmic
        ? Min * Math.Pow(Max / Min, fraction)
        : Min + fraction * (Max - Min);
}
