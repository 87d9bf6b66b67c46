namespace DarkSector.Sampling.Vegas;

/// <summary>
/// The integral and error of a VEGAS sampling pass from its batches' weights and hypercube runs, added in batch order:
/// the same sums in the same order as <see cref="VegasIntegrator.Sample{TIntegrand}"/>, so the result is bit-identical.
/// </summary>
/// <remarks>I = Σ_h Σ_{i∈h} w_i and σ² = Σ_h max(10⁻¹⁴ Σ w_i², (n_h Σ w_i² − (Σ w_i)²)/(n_h − 1)) over hypercubes h with
/// n_h points (Lepage 2021 eq. 20, as in <see cref="VegasIntegrator"/>). Not thread-safe.</remarks>
internal sealed class VegasPassTally
{
    private double _integral, _variance, _sum, _sum2;
    private int _cube = -1, _size, _seen, _hypercubes = -1;
    private long _points;

    /// <summary>Adds the next batch.</summary>
    /// <param name="weights">Its weights.</param>
    /// <param name="cubes">Its hypercube runs (their counts add up to the number of weights).</param>
    /// <param name="hypercubes">Hypercubes of the whole pass (<see cref="VegasBatch.HypercubeCount"/>).</param>
    /// <exception cref="ArgumentException">The runs do not match the weights, or do not continue the previous batch.</exception>
    public void Add(ReadOnlySpan<double> weights, IReadOnlyList<VegasCubeRun> cubes, int hypercubes)
    {
        ArgumentNullException.ThrowIfNull(cubes);
        if (_hypercubes >= 0 && hypercubes != _hypercubes) throw new ArgumentException($"a batch of a pass of {hypercubes} hypercubes follows batches of {_hypercubes}");
        _hypercubes = hypercubes;
        int k = 0;
        foreach (var run in cubes)
        {
            if (run.Hypercube != _cube)
            {
                if (_cube >= 0 && _seen != _size) throw new ArgumentException($"hypercube {_cube} ends after {_seen} of its {_size} points (a batch is missing or out of order)");
                if (run.Hypercube != _cube + 1) throw new ArgumentException($"hypercube {run.Hypercube} follows {_cube} (a batch is missing or out of order)");
                Close();
                (_cube, _size, _seen, _sum, _sum2) = (run.Hypercube, run.Size, 0, 0, 0);
            }
            if (run.Count < 0 || k + run.Count > weights.Length || _seen + run.Count > _size)
                throw new ArgumentException($"hypercube run {run} does not fit the batch's {weights.Length} weights");
            for (int i = k; i < k + run.Count; i++)
            {
                double wf = weights[i];
                _sum += wf;
                _sum2 += wf * wf;
            }
            _seen += run.Count;
            k += run.Count;
        }
        if (k != weights.Length) throw new ArgumentException($"the hypercube runs cover {k} of the batch's {weights.Length} weights");
        _points += k;
    }

    /// <summary>Points added so far.</summary>
    public long Points => _points;

    /// <summary>The integral and its standard error.</summary>
    /// <exception cref="ArgumentException">No batch, or a hypercube is incomplete or missing.</exception>
    public (double Integral, double Error) Result()
    {
        if (_cube < 0 || _cube != _hypercubes - 1 || _seen != _size)
            throw new ArgumentException($"the batches end in hypercube {_cube} ({_seen} of {_size} points) of {_hypercubes}: a batch is missing");
        double integral = _integral, variance = _variance;
        Close();
        var result = (_integral, Math.Sqrt(_variance));
        (_integral, _variance) = (integral, variance);
        return result;
    }

    private void Close()
    {
        if (_cube < 0) return;
        _integral += _sum;
        double spread = _sum2 * _size - _sum * _sum;
        double cubeVariance = spread / (_size - 1);
        _variance += 1e-14 * _sum2 > cubeVariance ? 1e-14 * _sum2 : cubeVariance;
    }
}
