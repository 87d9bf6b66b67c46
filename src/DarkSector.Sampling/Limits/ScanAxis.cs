using System.Globalization;

namespace DarkSector.Sampling.Limits;

/// <summary>Validation and coordinate transforms shared by the interval and contour finders.</summary>
internal static class ScanAxis
{
    /// <summary>Checks a strictly increasing, finite axis (positive for a log axis) with at least two points.</summary>
    public static void Validate(ReadOnlySpan<double> axis, AxisScale scale, string name)
    {
        if (axis.Length < 2) throw new ArgumentException($"{name} needs at least 2 points; it has {axis.Length}", name);
        if (!Enum.IsDefined(scale)) throw new ArgumentOutOfRangeException(nameof(scale), scale, $"scale = {scale} is not defined");
        for (int i = 0; i < axis.Length; i++)
        {
            double v = axis[i];
            if (!double.IsFinite(v) || (scale == AxisScale.Logarithmic && v <= 0))
                throw new ArgumentOutOfRangeException(name, v,
                    $"{name}[{i}] = {v.ToString("R", CultureInfo.InvariantCulture)} must be finite{(scale == AxisScale.Logarithmic ? " and > 0 on a log axis" : "")}");
            if (i > 0 && !(v > axis[i - 1]))
                throw new ArgumentException($"{name} must be strictly increasing; {name}[{i}] = {v} follows {axis[i - 1]}", name);
        }
    }

    /// <summary>The coordinate in which interpolation is linear.</summary>
    public static double ToLinear(double x, AxisScale scale) => scale == AxisScale.Logarithmic ? Math.Log(x) : x;

    /// <summary>Inverse of <see cref="ToLinear"/>.</summary>
    public static double FromLinear(double u, AxisScale scale) => scale == AxisScale.Logarithmic ? Math.Exp(u) : u;

    /// <summary>The point between <paramref name="xa"/> and <paramref name="xb"/> where the linear interpolation of
    /// (va, vb) crosses <paramref name="level"/> (va and vb on opposite sides).</summary>
    public static double Crossing(double xa, double xb, double va, double vb, double level, AxisScale scale)
    {
        double t = (level - va) / (vb - va);
        if (!(t >= 0)) t = 0; else if (t > 1) t = 1;
        double ua = ToLinear(xa, scale), ub = ToLinear(xb, scale);
        return FromLinear(ua + t * (ub - ua), scale);
    }
}
