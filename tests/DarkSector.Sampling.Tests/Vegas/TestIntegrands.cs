using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Vegas;

/// <summary>Π_d exp(−(x_d − c)²/σ²)/(σ√π) on the unit cube: ∫ = [ (erf((1−c)/σ) + erf(c/σ)) / 2 ]^D.</summary>
internal readonly struct GaussianPeak(int dimension, double center, double width) : IBatchIntegrand
{
    public int Dimension => dimension;

    public double Exact => Math.Pow((MathNet.Numerics.SpecialFunctions.Erf((1 - center) / width) + MathNet.Numerics.SpecialFunctions.Erf(center / width)) / 2, dimension);

    public void Evaluate(ReadOnlySpan<double> points, Span<double> values)
    {
        double norm = 1 / (width * Math.Sqrt(Math.PI));
        for (int i = 0; i < values.Length; i++)
        {
            double r2 = 0, f = 1;
            for (int d = 0; d < dimension; d++)
            {
                double t = points[i * dimension + d] - center;
                r2 += t * t;
                f *= norm;
            }
            values[i] = f * Math.Exp(-r2 / (width * width));
        }
    }
}

/// <summary>Π_d 1/(x_d + a) on the unit cube: ∫ = ln((1 + a)/a)^D.</summary>
internal readonly struct InverseProduct(int dimension, double a) : IBatchIntegrand
{
    public int Dimension => dimension;

    public double Exact => Math.Pow(Math.Log((1 + a) / a), dimension);

    public void Evaluate(ReadOnlySpan<double> points, Span<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            double f = 1;
            for (int d = 0; d < dimension; d++) f /= points[i * dimension + d] + a;
            values[i] = f;
        }
    }
}

/// <summary>The indicator of the unit ball on [−1, 1]^D: ∫ = π^{D/2}/Γ(D/2 + 1).</summary>
internal sealed class UnitBall(int dimension) : IBatchIntegrand
{
    public int Dimension => dimension;

    public double Exact => Math.Pow(Math.PI, dimension / 2.0) / MathNet.Numerics.SpecialFunctions.Gamma(dimension / 2.0 + 1);

    public static AdaptiveMap Domain(int dimension) =>
        new(Enumerable.Repeat(-1.0, dimension).ToArray(), Enumerable.Repeat(1.0, dimension).ToArray());

    public void Evaluate(ReadOnlySpan<double> points, Span<double> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            double r2 = 0;
            for (int d = 0; d < dimension; d++) r2 += points[i * dimension + d] * points[i * dimension + d];
            values[i] = r2 < 1 ? 1 : 0;
        }
    }
}
