namespace DarkSector.Sampling.Vegas;

/// <summary>One batch of a VEGAS sampling pass (<see cref="VegasSamplingPass"/>): its points, their
/// weights and the hypercubes they lie in.</summary>
/// <remarks>Weights as in <see cref="VegasSample"/>: w_i = f(x_i) J(y_i) / (N_h n_h). Arrays are owned by the batch; treat
/// them as read-only.</remarks>
internal sealed class VegasBatch
{
    private readonly double[] _points, _weights;

    internal VegasBatch(int index, int firstPoint, int dimension, double[] points, double[] weights, IReadOnlyList<VegasCubeRun> cubes, int hypercubes) =>
        (Index, FirstPoint, Dimension, _points, _weights, Cubes, HypercubeCount) = (index, firstPoint, dimension, points, weights, cubes, hypercubes);

    /// <summary>Index of the batch in its pass.</summary>
    public int Index { get; }

    /// <summary>Index of the batch's first point in the pass.</summary>
    public int FirstPoint { get; }

    /// <summary>Dimension of the points.</summary>
    public int Dimension { get; }

    /// <summary>Number of points.</summary>
    public int Count => _weights.Length;

    /// <summary>Row-major Count × Dimension points in the integration domain.</summary>
    public ReadOnlySpan<double> Points => _points;

    /// <summary>The point with index <paramref name="index"/> within the batch.</summary>
    public ReadOnlySpan<double> Point(int index) => _points.AsSpan(index * Dimension, Dimension);

    /// <summary>Weights of the points.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Consecutive runs of the batch's points by hypercube, in point order.</summary>
    public IReadOnlyList<VegasCubeRun> Cubes { get; }

    /// <summary>Number of hypercubes of the whole pass.</summary>
    public int HypercubeCount { get; }
}
