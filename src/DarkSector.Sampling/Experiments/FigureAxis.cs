using System.Globalization;
using DarkSector.Physics;
using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Experiments;

/// <summary>One axis of a published figure: a family parameter sampled on a grid of <see cref="Points"/> values from
/// <see cref="Min"/> to <see cref="Max"/>, evenly in the coordinate or in its logarithm.</summary>
/// <remarks>Immutable; validated on initialisation. The grid is the one the figure is recomputed on (chosen so that a
/// reproduction takes about a minute on two cores), not necessarily the publication's plotting range.</remarks>
public sealed record FigureAxis
{
    /// <summary>Creates an axis.</summary>
    /// <param name="parameter">The family's parameter name (e.g. "m-n", "v-mu-n2").</param>
    /// <param name="min">Lower end, finite (&gt; 0 on a log axis).</param>
    /// <param name="max">Upper end, &gt; <paramref name="min"/>.</param>
    /// <param name="scale">Linear or logarithmic spacing.</param>
    /// <param name="points">Number of grid values, at least 2.</param>
    /// <exception cref="ArgumentException">Empty parameter name, or a range or count outside the stated bounds (the
    /// message names the parameter, the value and the allowed range).</exception>
    public FigureAxis(string parameter, double min, double max, AxisScale scale, int points)
    {
        Parameter = ExperimentInfo.NonEmpty(parameter, nameof(parameter));
        Min = scale == AxisScale.Logarithmic ? Check.Positive(min, nameof(min)) : Check.Finite(min, nameof(min));
        Max = Check.Finite(max, nameof(max));
        if (!(max > min)) throw new ArgumentException($"max = {max.ToString("R", CultureInfo.InvariantCulture)} of axis '{parameter}' must exceed min = {min.ToString("R", CultureInfo.InvariantCulture)}", nameof(max));
        Scale = Enum.IsDefined(scale) ? scale : throw new ArgumentOutOfRangeException(nameof(scale), scale, $"scale = {scale} is not defined");
        Points = Check.AtLeast(points, 2, nameof(points));
    }

    /// <summary>The family's parameter name.</summary>
    public string Parameter { get; }

    /// <summary>Lower end of the grid.</summary>
    public double Min { get; }

    /// <summary>Upper end of the grid.</summary>
    public double Max { get; }

    /// <summary>Spacing of the grid.</summary>
    public AxisScale Scale { get; }

    /// <summary>Number of grid values.</summary>
    public int Points { get; }

    /// <summary>The grid values, <see cref="Points"/> of them from <see cref="Min"/> to <see cref="Max"/> inclusive.</summary>
    public double[] Values()
    {
        var values = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            double t = (double)i / (Points - 1);
            values[i] = Scale == AxisScale.Logarithmic ? Math.Exp(Math.Log(Min) + t * (Math.Log(Max) - Math.Log(Min))) : Min + t * (Max - Min);
        }
        values[0] = Min;
        values[^1] = Max;
        return values;
    }
}
