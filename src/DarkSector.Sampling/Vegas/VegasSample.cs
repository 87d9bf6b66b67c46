namespace DarkSector.Sampling.Vegas;

/// <summary>
/// Weighted points drawn from an adapted VEGAS integrator: Σ_i w_i estimates the integral, and for any function g,
/// Σ_i w_i g(x_i) estimates ∫ f g dx.
/// </summary>
/// <remarks>
/// w_i = f(x_i) J(y_i) / (N_h n_h) for a point in hypercube h holding n_h of the points (Lepage 2021 eq. 20).
/// Arrays are owned by the sample; treat them as read-only.
/// </remarks>
internal sealed class VegasSample
{
    internal VegasSample(int dimension, double[] points, double[] weights, double integral, double error)
    {
        Dimension = dimension;
        PointData = points;
        WeightData = weights;
        Integral = integral;
        Error = error;
    }

    internal double[] PointData { get; }
    internal double[] WeightData { get; }

    /// <summary>Dimension of the points.</summary>
    public int Dimension { get; }

    /// <summary>Number of points.</summary>
    public int Count => WeightData.Length;

    /// <summary>Row-major Count × Dimension points in the integration domain.</summary>
    public ReadOnlySpan<double> Points => PointData;

    /// <summary>The point with index <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Point(int index) => PointData.AsSpan(index * Dimension, Dimension);

    /// <summary>Weights w_i (units of f times volume); Σ w_i = <see cref="Integral"/>.</summary>
    public ReadOnlySpan<double> Weights => WeightData;

    /// <summary>The integral estimated from this sample alone.</summary>
    public double Integral { get; }

    /// <summary>Standard error of <see cref="Integral"/> from this sample alone.</summary>
    public double Error { get; }
}
