namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// The float32 columns that <see cref="LifetimeBatch"/> reads, in the order of an index (structure of arrays, padded by
/// eight lanes past the last event): the analysis bin and, per crossing plane j (as many planes as the most crossings
/// of an event), a_j, b_j − a_j and ε_j, with ε = 0 where an event has fewer crossings. Shared by the kernel-density
/// index (<see cref="KernelReweighter"/>, events sorted by cell) and the local-linear estimator
/// (<see cref="LocalLinearKernelReweighter"/>, events sorted by design point). Immutable once filled.
/// </summary>
internal sealed class LifetimeColumns
{
    private readonly float[][] _entry, _length, _efficiency;

    /// <summary>Columns of <paramref name="padded"/> entries for <paramref name="planes"/> planes and
    /// <paramref name="bins"/> analysis bins, zero-filled (the owner fills them).</summary>
    public LifetimeColumns(int padded, int planes, int bins)
    {
        (Planes, BinCount) = (planes, bins);
        Bins = new ushort[padded];
        (_entry, _length, _efficiency) = (new float[planes][], new float[planes][], new float[planes][]);
        for (int j = 0; j < planes; j++) (_entry[j], _length[j], _efficiency[j]) = (new float[padded], new float[padded], new float[padded]);
    }

    /// <summary>Number of crossing planes.</summary>
    public int Planes { get; }

    /// <summary>Number of analysis bins.</summary>
    public int BinCount { get; }

    /// <summary>Analysis bin per event.</summary>
    public ushort[] Bins { get; }

    /// <summary>Proper distance a_ij to the entry of crossing plane j, cm.</summary>
    public float[] Entry(int j) => _entry[j];

    /// <summary>Proper length b_ij − a_ij of crossing plane j, cm.</summary>
    public float[] Length(int j) => _length[j];

    /// <summary>Selection efficiency of a decay in crossing plane j (0 where the event has fewer crossings).</summary>
    public float[] Efficiency(int j) => _efficiency[j];
}
