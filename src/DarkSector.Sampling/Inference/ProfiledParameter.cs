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

    /// <summary>The value at unit coordinate <paramref name="u"/> ∈ [0, 1] (clamped): linear or logarithmic in the range.</summary>
    public double At(double u)
    {
        u = Math.Clamp(u, 0, 1);
        return Scale == AxisScale.Logarithmic ? Min * Math.Pow(Max / Min, u) : Min + u * (Max - Min);
    }
}
