using System.Runtime.CompilerServices;

namespace DarkSector.Physics;

/// <summary>
/// Argument checks for public entry points. Each throws an <see cref="ArgumentException"/> (or
/// <see cref="ArgumentOutOfRangeException"/>) whose message names the parameter, its value and the allowed range.
/// Non-finite values are rejected first, because every comparison with NaN is false.
/// </summary>
/// <remarks>Check at the boundary, trust inside: internal kernels use <c>Debug.Assert</c> only.</remarks>
public static class Check
{
    /// <summary>Returns <paramref name="value"/> if it is a finite number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">NaN or infinite.</exception>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} is not a finite number");
        return value;
    }

    /// <summary>Returns <paramref name="value"/> if it is finite and &gt; 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or not positive.</exception>
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value <= 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} must be > 0");
        return value;
    }

    /// <summary>Returns <paramref name="value"/> if it is finite and &gt;= 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or negative.</exception>
    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value < 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} must be >= 0");
        return value;
    }

    /// <summary>Returns <paramref name="value"/> if it is finite and in the closed interval [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or outside the interval.</exception>
    public static double InRange(double value, double low, double high, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value < low || value > high)
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} is outside [{Format(low)}, {Format(high)}]");
        return value;
    }

    /// <summary>Returns <paramref name="value"/> if it is finite and in the open interval (<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or outside the interval.</exception>
    public static double InOpenRange(double value, double low, double high, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value <= low || value >= high)
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {Format(value)} is outside ({Format(low)}, {Format(high)})");
        return value;
    }

    /// <summary>Returns <paramref name="value"/> if it is &gt;= <paramref name="minimum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Smaller than the minimum.</exception>
    public static int AtLeast(int value, int minimum, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < minimum)
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {value} must be >= {minimum}");
        return value;
    }

    /// <summary>Formats a number for an error message (round-trip precision, invariant culture).</summary>
    internal static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
