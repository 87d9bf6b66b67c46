using DarkSector.Physics;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Vegas;

internal sealed partial class VegasIntegrator
{
    /// <summary>
    /// Plans the sampling pass <see cref="Sample{TIntegrand}"/> would draw next (same layout, same random streams), so that
    /// its batches can be drawn separately — by several processes of a sharded job — and combined exactly
    /// (<see cref="VegasPassTally"/>).
    /// </summary>
    /// <param name="integrand">The function; its dimension must equal <see cref="Dimension"/>.</param>
    /// <param name="evaluations">Approximate number of points; ≥ 2.</param>
    /// <param name="options">Seed, β and adaptive fraction, as for <see cref="Sample{TIntegrand}"/>.</param>
    /// <returns>The pass; it counts as this integrator's next pass (a later <see cref="Sample{TIntegrand}"/> draws another).</returns>
    /// <remarks>Batch b of the pass holds points [2048 b, 2048 (b+1)) and draws from the random stream (seed, k·2³² + b)
    /// exactly as <see cref="Sample{TIntegrand}"/> does, so the batches' points and weights, concatenated in batch order,
    /// are bit-identical to <see cref="Sample{TIntegrand}"/>'s after the same adaptation.</remarks>
    public VegasSamplingPass PlanSample<TIntegrand>(TIntegrand integrand, int evaluations, VegasOptions options)
        where TIntegrand : IBatchIntegrand
    {
        CheckIntegrand(integrand, options);
        Check.AtLeast(evaluations, 2);
        int points = Layout(evaluations, options, keepStrata: true);
        // a frozen copy of the adaptation: later passes of this integrator do not change the planned one
        var map = _map.Clone();
        int[] strata = (int[])_strata.Clone(), perCube = _perCube[.._hypercubes];
        long[] start = _start[..(_hypercubes + 1)];
        ulong seed = options.Seed, pass = _pass++;
        return new VegasSamplingPass(points, b => DrawBatch(integrand, map, strata, start, perCube, points, seed, pass, b));
    }

    /// <summary>Draws batch <paramref name="batch"/> of a planned pass (see <see cref="VegasSamplingPass"/>).</summary>
    private static VegasBatch DrawBatch<TIntegrand>(TIntegrand integrand, AdaptiveMap map, int[] strata, long[] start, int[] perCube,
        int points, ulong seed, ulong pass, int batch)
        where TIntegrand : IBatchIntegrand
    {
        int dim = strata.Length, first = batch * BatchSize, count = Math.Min(BatchSize, points - first);
        var work = new Workspace(dim);
        var values = new double[count];
        var xs = new double[count * dim];
        var stream = RandomStream.Create(seed, (pass << 32) | (uint)batch);
        EvaluateBatch(integrand, map, strata, start, batch, points, ref stream, work, values, new ushort[count * dim], xs, first);
        // weights and hypercube runs exactly as the whole pass computes them (w = f J dv / n_h)
        int cubes = perCube.Length, h = Array.BinarySearch(start, (long)first);
        if (h < 0) h = ~h - 1;
        while (start[h + 1] <= first) h++;
        double dv = 1.0 / cubes;
        var weights = new double[count];
        var runs = new List<VegasCubeRun>();
        for (int k = 0; k < count;)
        {
            while (start[h + 1] <= first + k) h++;
            int m = perCube[h], inRun = (int)Math.Min(start[h + 1] - (first + k), count - k);
            for (int i = k; i < k + inRun; i++)
            {
                double v = values[i];
                if (!double.IsFinite(v)) throw NonFinite(v, xs, i, dim);
                double fdv = v * dv, wf = fdv / m;
                weights[i] = wf;
            }
            runs.Add(new VegasCubeRun(h, m, inRun));
            k += inRun;
        }
        return new VegasBatch(batch, first, dim, xs, weights, runs, cubes);
    }
}
