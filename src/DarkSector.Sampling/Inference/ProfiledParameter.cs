using DarkSector.Physics;
using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Inference;

/// <summary>A parameter profiled over (a nuisance of a fit: not on the plot axes): its range, scale and coarse-grid size.</summary>
/// <param name="Name">The family's parameter name (e.g. <c>mzprime</c>).</param>
/// <param name="Min">Lower end of the range (&gt; 0 on a logarithmic scale).</param>
/// <param name="Max">Upper end, &gt; <paramref name="Min"/>.</param>
/// <param name="Scale">Linear or logarithmic: the coarse grid is uniform and the minimiser steps in this scale.</param>
/// <param name="Points">Coarse-grid points, ≥ 2.</param>
public sealed record ProfiledParameter(string Name, double Min, double Max, AxisScale Scale = AxisScale.Linear, int Points = 5)
{
    /// <summary>The parameter name.</summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? throw new ArgumentException("a profiled parameter needs a name", nameof(Name)) : Name;

    /// <summary>Lower end of the range.</summary>
    public double Min { get; } = Scale == AxisScale.Logarithmic ? Check.Positive(Min, nameof(Min)) : Check.Finite(Min, nameof(Min));

    /// <summary>Upper end of the range.</summary>
    public double Max { get; } = Max > Min && double.IsFinite(Max) ? Max
        : throw new ArgumentOutOfRangeException(nameof(Max), Max, $"Max = {Max} must be finite and > Min = {Min}");

    /// <summary>Coarse-grid points.</summary>
    public int Points { get; } = Check.AtLeast(Points, 2, nameof(Points));

    /// <summary>Parses a comma list of <c>name:min:max:lin|log:n</c> (the <c>--profile-fit</c> option), culture-invariant.</summary>
    /// <param name="text">The list, e.g. <c>alpha-d:0.05:1:log:5</c>.</param>
    /// <param name="option">The option's name for messages.</param>
    /// <exception cref="FormatException">An entry not of that form, with the entry and the option.</exception>
    /// <exception cref="ArgumentException">A range or size out of bounds (named).</exception>
    public static IReadOnlyList<ProfiledParameter> ParseList(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(entry =>
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 5) throw new FormatException($"{option}: '{entry}' is not name:min:max:lin|log:n");
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            if (!double.TryParse(parts[1], System.Globalization.NumberStyles.Float, inv, out double min)
                || !double.TryParse(parts[2], System.Globalization.NumberStyles.Float, inv, out double max))
                throw new FormatException($"{option}: '{entry}': min and max must be numbers");
            var scale = parts[3] switch
            {
                "lin" => AxisScale.Linear,
                "log" => AxisScale.Logarithmic,
                _ => throw new FormatException($"{option}: scale '{parts[3]}' must be lin or log"),
            };
            if (!int.TryParse(parts[4], System.Globalization.NumberStyles.Integer, inv, out int n) || n is < 2 or > 100)
                throw new ArgumentOutOfRangeException(option, parts[4], $"{option}: n = {parts[4]} is outside [2, 100]");
            try { return new ProfiledParameter(parts[0], min, max, scale, n); }
            catch (ArgumentException e) { throw new ArgumentException($"{option}: '{entry}': {e.Message}", e); }
        })];
    }

    /// <summary>Checks that <paramref name="parameter"/> is a parameter of <paramref name="family"/> and on neither axis.</summary>
    /// <param name="parameter">The profiled parameter.</param>
    /// <param name="family">The family.</param>
    /// <param name="xName">The x axis.</param>
    /// <param name="yName">The y axis.</param>
    /// <param name="option">The option's name for messages.</param>
    /// <exception cref="ArgumentException">Not a parameter of the family, or on an axis.</exception>
    public static void CheckOffAxes(ProfiledParameter parameter, ModelFamily family, string xName, string yName, string option)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(family);
        family.CheckName(parameter.Name, option);
        if (parameter.Name == xName || parameter.Name == yName)
            throw new ArgumentException($"{option}: '{parameter.Name}' is scanned on an axis; profile a parameter off the axes");
    }

    /// <summary>The value at unit coordinate <paramref name="u"/> ∈ [0, 1] (clamped): linear or logarithmic in the range.</summary>
    public double At(double u)
    {
        u = Math.Clamp(u, 0, 1);
        return Scale == AxisScale.Logarithmic ? Min * Math.Pow(Max / Min, u) : Min + u * (Max - Min);
    }
}
