namespace DarkSector.Sampling.Reweighting;

/// <summary>Raw column access for the file reader (trusted path: the reader validates every value first).</summary>
public sealed partial class ReweightingEvents
{
    /// <summary>Number of stored crossings over all events.</summary>
    public int CrossingCount => _crossings;

    /// <summary>Wraps columns as read from a file, without copying. The caller has checked shapes and values
    /// (θ finite &gt; 0, weight finite ≥ 0, prior finite &gt; 0, bin &lt; <paramref name="binCount"/>, offsets
    /// non-decreasing from 0 to the crossing count, 0 ≤ entry ≤ exit, efficiency in [0, 1]).</summary>
    internal static ReweightingEvents FromTrustedColumns(int parameterCount, int binCount, PriorMeasure measure, double[] theta, double[] weight,
        double[] prior, ushort[] bin, int[] offset, float[] entry, float[] exit, float[] efficiency)
    {
        System.Diagnostics.Debug.Assert(theta.Length == weight.Length * parameterCount && offset.Length == weight.Length + 1);
        System.Diagnostics.Debug.Assert(entry.Length == offset[^1] && exit.Length == entry.Length && efficiency.Length == entry.Length);
        return new ReweightingEvents(parameterCount, binCount, measure)
        {
            _theta = theta, _weight = weight, _prior = prior, _bin = bin, _offset = offset,
            _entry = entry, _exit = exit, _efficiency = efficiency,
            _crossings = entry.Length, Count = weight.Length,
        };
    }
}
