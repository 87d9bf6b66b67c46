using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// Accumulates blocks of eight consecutive sorted events with their kernel weights into the expected signal per bin:
/// the decay-in-volume probability of the eight events is computed on eight float lanes, and the event weights are
/// summed in double precision, one accumulator per lane and bin.
/// </summary>
/// <remarks>
/// <para>For an event with crossings j at proper distances [a_j, a_j + L_j] (cm) and selection efficiencies ε_j, the
/// weight at 1/(c τ₀) = κ is K·Σ_j ε_j e^{−κ a_j} (1 − e^{−κ L_j}) (<see cref="KernelReweighter"/>), the form without
/// cancellation for short crossings. With κ, a_j, L_j in float, the event's probability carries a relative error
/// ≤ (2 κ a_max + 16)·2⁻²⁴: the product κ a_j (two roundings, 2⁻²⁴ each, which e^{−x} multiplies by x), 1 − e^{−y}
/// (condition number y e^{−y}/(1 − e^{−y}) ≤ 1, so three roundings of L_j and κ L_j stay 3·2⁻²⁴),
/// <see cref="VectorExp"/>'s bounds (3 and 4 ulp) and the products and sums.</para>
/// <para>Sums: the lane of an event is its position in its block, blocks come in the index order, and the lanes are added
/// in lane order at the end, so results are identical for any number of threads; the caller's coupling ratio multiplies
/// the sums once. One instance per thread; reused across queries; allocates only when the bin count changes.</para>
/// </remarks>
internal sealed class LifetimeBatch
{
    private const int Lanes = KernelReweighter.Lanes;

    private LifetimeColumns _owner = null!;
    private Vector256<float> _kappa;
    private double[] _expected = [];      // bins × lanes
    private double[] _sumOfSquares = [];  // bins × lanes
    private Vector256<double> _sumLow, _sumHigh, _squareLow, _squareHigh;   // the single-bin case, in registers' layout

    /// <summary>Starts a query on the columns <paramref name="owner"/> at 1/(c τ₀) = <paramref name="inverseCtau"/> (1/cm): the sums are reset.</summary>
    public void Begin(LifetimeColumns owner, double inverseCtau)
    {
        _owner = owner;
        _kappa = Vector256.Create((float)Math.Min(inverseCtau, float.MaxValue));
        int size = owner.BinCount * Lanes;
        if (_expected.Length != size) (_expected, _sumOfSquares) = (new double[size], new double[size]);
        else { Array.Clear(_expected); Array.Clear(_sumOfSquares); }
        _sumLow = _sumHigh = _squareLow = _squareHigh = Vector256<double>.Zero;
    }

    /// <summary>Adds the eight sorted events from <paramref name="s"/> on with kernel weights
    /// <paramref name="kernelWeight"/> (w K J/q, or the event weight alone for the local-linear estimator; 0 in lanes
    /// past the end of a cell).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int s, Vector256<float> kernelWeight)
    {
        var owner = _owner;
        var probability = Vector256<float>.Zero;
        var kappa = _kappa;
        for (int j = 0; j < owner.Planes; j++)
        {
            var efficiency = Load(owner.Efficiency(j), s);
            if (efficiency == Vector256<float>.Zero) continue;   // adds exactly 0; common as cells sort events by decreasing crossings
            var a = Load(owner.Entry(j), s);
            var length = Load(owner.Length(j), s);
            var survive = VectorExp.Exp(-(kappa * a));
            var decay = VectorExp.OneMinusExpNegative(kappa * length);
            probability = Vector256.FusedMultiplyAdd(efficiency * survive, decay, probability);
        }
        var w = kernelWeight * probability;
        var (low, high) = Vector256.Widen(w);
        if (owner.BinCount == 1)
        {
            _sumLow += low;
            _sumHigh += high;
            _squareLow += low * low;
            _squareHigh += high * high;
            return;
        }
        var bins = owner.Bins;
        for (int l = 0; l < Lanes; l++)
        {
            double x = w.GetElement(l);
            int b = bins[s + l] * Lanes + l;
            _expected[b] += x;
            _sumOfSquares[b] += x * x;
        }
    }

    /// <summary>Writes the query's sums, times <paramref name="couplingScale"/> (and its square for Σ w²), to
    /// <paramref name="expected"/> and, unless empty, <paramref name="sumOfSquares"/>.</summary>
    public void Finish(double couplingScale, Span<double> expected, Span<double> sumOfSquares)
    {
        if (_owner.BinCount == 1)
        {
            _sumLow.CopyTo(_expected, 0);
            _sumHigh.CopyTo(_expected, 4);
            _squareLow.CopyTo(_sumOfSquares, 0);
            _squareHigh.CopyTo(_sumOfSquares, 4);
        }
        double s2 = couplingScale * couplingScale;
        for (int b = 0; b < expected.Length; b++)
        {
            double sum = 0, squares = 0;
            for (int l = 0; l < Lanes; l++)
            {
                sum += _expected[b * Lanes + l];
                squares += _sumOfSquares[b * Lanes + l];
            }
            expected[b] = sum * couplingScale;
            if (sumOfSquares.Length != 0) sumOfSquares[b] = squares * s2;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Load(float[] column, int s) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(column), (nuint)s);
}
