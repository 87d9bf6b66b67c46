using System.Globalization;

namespace DarkSector.Sampling.Likelihoods;

/// <summary>Validation of the spans handed to an <see cref="IBinnedLikelihood"/> (the public boundary).</summary>
internal static class BinnedInput
{
    /// <summary>Checks equal lengths (and the expected bin count), and that every entry is finite and &gt;= 0.</summary>
    public static void Validate(int? binCount, ReadOnlySpan<double> observed, ReadOnlySpan<double> signal,
        ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        int n = observed.Length;
        if (signal.Length != n || signalSumW2.Length != n || background.Length != n)
            throw new ArgumentException(
                $"bin counts differ: observed {n}, signal {signal.Length}, signalSumW2 {signalSumW2.Length}, background {background.Length}",
                nameof(signal));
        if (binCount is int expected && n != expected)
            throw new ArgumentException($"observed has {n} bins; this likelihood is configured for {expected}", nameof(observed));
        NonNegative(observed, nameof(observed));
        NonNegative(signal, nameof(signal));
        NonNegative(signalSumW2, nameof(signalSumW2));
        NonNegative(background, nameof(background));
    }

    /// <summary>Throws unless every entry is finite and &gt;= 0.</summary>
    public static void NonNegative(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v) || v < 0)
                throw new ArgumentOutOfRangeException(name, v,
                    $"{name}[{i}] = {v.ToString("R", CultureInfo.InvariantCulture)} must be finite and >= 0");
        }
    }
}
