using System.Globalization;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Reweighting;

namespace DarkSector.Reporting.Scans;

/// <summary>The text forms of scan and sample axes (<c>scan --x name:min:max:lin|log:n</c>, <c>sample --x name:min:max</c>,
/// <c>--benchmark x,y</c>), parsed culture-invariantly; every error names the option and the text.</summary>
public static class AxisText
{
    /// <summary>Parses a grid axis name:min:max:lin|log:n (n in [2, 1000]) of a parameter of <paramref name="family"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">The option it came from (for messages).</param>
    /// <param name="family">The family whose parameter it names.</param>
    /// <exception cref="FormatException">Not of that form.</exception>
    /// <exception cref="ArgumentException">An unknown parameter, or n outside [2, 1000].</exception>
    public static SliceAxis Slice(string text, string option, ModelFamily family)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(family);
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 5) throw new FormatException($"{option}: '{text}' is not name:min:max:lin|log:n");
        family.CheckName(parts[0], option);
        var (min, max) = Range(parts, text, option);
        var scale = parts[3] switch
        {
            "lin" => AxisScale.Linear,
            "log" => AxisScale.Logarithmic,
            _ => throw new FormatException($"{option}: scale '{parts[3]}' must be lin or log"),
        };
        if (!int.TryParse(parts[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 2 || n > 1000)
            throw new ArgumentOutOfRangeException(option, parts[4], $"{option}: n = {parts[4]} is outside [2, 1000]");
        return new SliceAxis(parts[0], min, max, scale, n);
    }

    /// <summary>The box of a joint sample (<c>darksector sample</c>): the mass axis <paramref name="x"/> (--x), the optional
    /// second <paramref name="y"/> (--y), each parsed by <see cref="Joint"/>, and the fixed values <paramref name="fix"/>
    /// (--fix, name=value,...), which may not name a sampled axis.</summary>
    /// <param name="x">The first axis, name:min:max.</param>
    /// <param name="y">The second axis, or null.</param>
    /// <param name="fix">The fixed values, or null.</param>
    /// <param name="family">The family whose parameters they name.</param>
    /// <exception cref="ArgumentException">An axis as <see cref="Joint"/> refuses it, both axes on one mass, or a fixed
    /// value of a sampled mass (the message names the option).</exception>
    public static (IReadOnlyList<JointSampleAxis> Axes, IReadOnlyDictionary<string, double> Fixed) JointBox(string x, string? y, string? fix, ModelFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        var axes = new List<JointSampleAxis> { Joint(x, "--x", family) };
        if (y is not null) axes.Add(Joint(y, "--y", family));
        if (axes.Count == 2 && axes[0].Name == axes[1].Name) throw new ArgumentException($"--x and --y both sample '{axes[0].Name}'");
        var fixedValues = family.ParseFixed(fix);
        foreach (var axis in axes)
            if (fixedValues.ContainsKey(axis.Name)) throw new ArgumentException($"--fix: '{axis.Name}' is sampled on an axis");
        return (axes, fixedValues);
    }

    /// <summary>Parses a joint-sample box name:min:max with name a mass of <paramref name="family"/> and 0 &lt; min &lt; max.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">The option it came from (for messages).</param>
    /// <param name="family">The family whose mass it names.</param>
    /// <exception cref="FormatException">Not of that form.</exception>
    /// <exception cref="ArgumentException">Not a mass of the family, or a range outside 0 &lt; min &lt; max.</exception>
    public static JointSampleAxis Joint(string text, string option, ModelFamily family)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(family);
        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 3) throw new FormatException($"{option}: '{text}' is not name:min:max");
        family.CheckName(parts[0], option);
        if (!family.IsMass(parts[0]))
            throw new ArgumentException($"{option}: '{parts[0]}' is not a mass of the {family.Name} family: a joint sample varies masses; couplings are reweighted exactly (give them with --fix)");
        var (min, max) = Range(parts, text, option);
        if (!(min > 0 && max > min && double.IsFinite(max)))
            throw new ArgumentOutOfRangeException(option, text, $"{option}: {parts[0]} from {parts[1]} to {parts[2]} must satisfy 0 < min < max");
        return new JointSampleAxis(parts[0], min, max);
    }

    /// <summary>Parses a point x,y.</summary>
    /// <param name="text">The text.</param>
    /// <param name="option">The option it came from (for messages).</param>
    /// <exception cref="FormatException">Not two numbers.</exception>
    public static (double X, double Y) Pair(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b))
            return (a, b);
        throw new FormatException($"{option}: '{text}' is not x,y");
    }

    private static (double Min, double Max) Range(string[] parts, string text, string option) =>
        double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
        && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double max)
            ? (min, max) : throw new FormatException($"{option}: '{text}': min and max must be numbers");
}
