using System.Globalization;
using DarkSector.Sampling.Limits;

namespace DarkSector.Cli.Plotting;

/// <summary>Tick positions and labels: "nice" steps (1, 2, 5 × 10^n) on linear axes, decades with minor ticks on log axes.</summary>
internal static class AxisTicks
{
    /// <summary>A tick: value, whether it is major (labelled), and for log decades the exponent (else null).</summary>
    public readonly record struct Tick(double Value, bool Major, string Label, int? Exponent);

    /// <summary>Ticks for <paramref name="axis"/>, about <paramref name="target"/> major ones on a linear axis.</summary>
    public static IReadOnlyList<Tick> For(PlotAxis axis, int target = 6)
        => axis.Scale == AxisScale.Logarithmic ? Log(axis.Min, axis.Max) : Linear(axis.Min, axis.Max, target);

    /// <summary>Linear ticks at multiples of a step from {1, 2, 5} × 10^n giving about <paramref name="target"/> intervals.</summary>
    public static IReadOnlyList<Tick> Linear(double min, double max, int target)
    {
        double raw = (max - min) / Math.Max(1, target);
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = magnitude * (raw / magnitude < 1.5 ? 1 : raw / magnitude < 3.5 ? 2 : raw / magnitude < 7.5 ? 5 : 10);
        var ticks = new List<Tick>();
        long first = (long)Math.Ceiling(min / step - 1e-9), last = (long)Math.Floor(max / step + 1e-9);
        int decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        for (long i = first; i <= last; i++)
        {
            double v = i * step;
            if (Math.Abs(v) < 1e-12 * step) v = 0;
            ticks.Add(new Tick(v, true, v.ToString("F" + decimals, CultureInfo.InvariantCulture), null));
        }
        return ticks;
    }

    /// <summary>Major ticks at decades 10^n labelled by n, minor ticks at 2..9 × 10^n; if the range spans less than a
    /// decade, the 1..9 × 10^n ticks are labelled instead.</summary>
    public static IReadOnlyList<Tick> Log(double min, double max)
    {
        var ticks = new List<Tick>();
        int lo = (int)Math.Floor(Math.Log10(min) + 1e-12), hi = (int)Math.Ceiling(Math.Log10(max) - 1e-12);
        bool fewDecades = Math.Log10(max / min) < 1;
        int stride = Math.Max(1, (hi - lo) / 8); // at most ~8 labelled decades
        for (int n = lo; n <= hi; n++)
        {
            for (int m = 1; m <= 9; m++)
            {
                double v = m * Math.Pow(10, n);
                if (v < min * (1 - 1e-12) || v > max * (1 + 1e-12)) continue;
                if (m == 1)
                    ticks.Add(fewDecades
                        ? new Tick(v, true, v.ToString("G3", CultureInfo.InvariantCulture), null)
                        : new Tick(v, (n - lo) % stride == 0, "10", n));
                else
                    ticks.Add(new Tick(v, fewDecades, v.ToString("G3", CultureInfo.InvariantCulture), null));
            }
        }
        return ticks;
    }
}
