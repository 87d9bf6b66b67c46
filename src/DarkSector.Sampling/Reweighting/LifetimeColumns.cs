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
    /// <paramref name="bins"/> analysis bins (the owner fills them).</summary>
    /// <param name="padded">Entries per column.</param>
    /// <param name="planes">Crossing planes.</param>
    /// <param name="bins">Analysis bins.</param>
    /// <param name="zeroFrom">Entries from this index on are zero; those before it are left uninitialised for an owner
    /// that writes every one of them (default 0: all zero).</param>
    public LifetimeColumns(int padded, int planes, int bins, int zeroFrom = 0)
    {
        (Planes, BinCount) = (planes, bins);
        Bins = Column<ushort>(padded, zeroFrom);
        (_entry, _length, _efficiency) = (new float[planes][], new float[planes][], new float[planes][]);
        for (int j = 0; j < planes; j++) (_entry[j], _length[j], _efficiency[j]) = (Column<float>(padded, zeroFrom), Column<float>(padded, zeroFrom), Column<float>(padded, zeroFrom));
    }

    /// <summary>An array of <paramref name="length"/> entries, zero from <paramref name="zeroFrom"/> on (the rest not
    /// cleared: the GC need not zero memory the owner overwrites).</summary>
    internal static T[] Column<T>(int length, int zeroFrom)
    {
        if (zeroFrom <= 0) return new T[length];
        var column = GC.AllocateUninitializedArray<T>(length);
        column.AsSpan(zeroFrom).Clear();
        return column;
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
