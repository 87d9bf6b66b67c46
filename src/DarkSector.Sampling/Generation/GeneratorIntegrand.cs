using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

/// <summary>The generator's event density as a batch integrand for VEGAS (points in the unit hypercube).</summary>
internal readonly struct GeneratorIntegrand(GeneratorKernel kernel) : IBatchIntegrand
{
    public int Dimension => kernel.Dimension;

    public void Evaluate(ReadOnlySpan<double> points, Span<double> values)
    {
        int dim = kernel.Dimension;
        Span<double> theta = stackalloc double[4];
        for (int i = 0; i < values.Length; i++)
            values[i] = kernel.Evaluate(points.Slice(i * dim, dim), false, out _, theta, out _);
    }
}
