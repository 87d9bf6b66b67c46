using DarkSector.Physics;

namespace DarkSector.Sampling.Experiments;

/// <summary>Bins of an analysis observable: strictly increasing edges, with the observable's name and unit.</summary>
/// <remarks>Bin i is [edges[i], edges[i + 1]); the last bin includes its upper edge. A binning may repeat its edges in
/// several blocks (e.g. one per beam mode of a combined fit, <see cref="BeamExposure.Block"/>): analysis bin
/// b·<see cref="BinsPerBlock"/> + i is bin i of block b, and <see cref="Count"/> counts all blocks. Immutable.</remarks>
public sealed class Binning
{
    private readonly double[] _edges;

    /// <summary>Creates a binning whose edges are repeated in <paramref name="blocks"/> blocks.</summary>
    /// <param name="observable">Name of the observable, e.g. "E_QE" or "m_ee".</param>
    /// <param name="unit">Unit of the observable, e.g. "GeV" (empty if dimensionless).</param>
    /// <param name="edges">At least 2 finite, strictly increasing edges (of one block).</param>
    /// <param name="blocks">Number of blocks, ≥ 1 (e.g. 2 for the neutrino- and antineutrino-mode spectra of one fit).</param>
    /// <exception cref="ArgumentException">Fewer than 2 edges, or edges not finite and increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocks"/> &lt; 1.</exception>
    public Binning(string observable, string unit, IReadOnlyList<double> edges, int blocks) : this(observable, unit, edges)
    {
        if (blocks < 1) throw new ArgumentOutOfRangeException(nameof(blocks), blocks, $"blocks = {blocks} must be >= 1");
        Blocks = blocks;
    }

    /// <summary>Creates a binning.</summary>
    /// <param name="observable">Name of the observable, e.g. "E_QE" or "m_ee".</param>
    /// <param name="unit">Unit of the observable, e.g. "GeV" (empty if dimensionless).</param>
    /// <param name="edges">At least 2 finite, strictly increasing edges.</param>
    /// <exception cref="ArgumentException">Fewer than 2 edges, or edges not finite and increasing.</exception>
    public Binning(string observable, string unit, IReadOnlyList<double> edges)
    {
        Observable = ExperimentInfo.NonEmpty(observable, nameof(observable));
        Unit = unit ?? "";
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count < 2) throw new ArgumentException($"edges.Count = {edges.Count} must be >= 2", nameof(edges));
        _edges = new double[edges.Count];
        for (int i = 0; i < _edges.Length; i++)
        {
            _edges[i] = Check.Finite(edges[i], $"edges[{i}]");
            if (i > 0 && !(_edges[i] > _edges[i - 1]))
                throw new ArgumentException($"edges[{i}] = {_edges[i]} must be > edges[{i - 1}] = {_edges[i - 1]}", nameof(edges));
        }
    }

    /// <summary>A single bin covering all values (a counting experiment).</summary>
    public static Binning SingleBin(string observable = "count") => new(observable, "", [double.MinValue, double.MaxValue]);

    /// <summary>Optional bin labels (one per bin, e.g. topology names), or null; used by reports to name the bins.</summary>
    /// <exception cref="ArgumentException">The count differs from <see cref="Count"/> or a label is empty.</exception>
    public IReadOnlyList<string>? Labels
    {
        get;
        init
        {
            if (value is not null)
            {
                if (value.Count != Count) throw new ArgumentException($"Labels.Count = {value.Count} differs from the bin count {Count}", nameof(Labels));
                for (int i = 0; i < value.Count; i++)
                    if (string.IsNullOrWhiteSpace(value[i])) throw new ArgumentException($"Labels[{i}] must not be empty", nameof(Labels));
                value = value.ToArray();
            }
            field = value;
        }
    }

    /// <summary>Name of the observable.</summary>
    public string Observable { get; }

    /// <summary>Unit of the observable.</summary>
    public string Unit { get; }

    /// <summary>Bin edges (of one block).</summary>
    public ReadOnlySpan<double> Edges => _edges;

    /// <summary>Number of blocks the edges are repeated in (1 unless created with more).</summary>
    public int Blocks { get; } = 1;

    /// <summary>Number of bins in one block: edges − 1.</summary>
    public int BinsPerBlock => _edges.Length - 1;

    /// <summary>Number of bins of the analysis: <see cref="Blocks"/> × <see cref="BinsPerBlock"/>.</summary>
    public int Count => Blocks * BinsPerBlock;

    /// <summary>The bin of the first block holding <paramref name="value"/>, or −1 outside (and for NaN).</summary>
    public int Find(double value) => Find(value, 0);

    /// <summary>The analysis bin holding <paramref name="value"/> in block <paramref name="block"/>, or −1 outside (and for NaN).</summary>
    /// <param name="value">Observable value.</param>
    /// <param name="block">Block index, 0 ≤ block &lt; <see cref="Blocks"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> outside [0, <see cref="Blocks"/>).</exception>
    public int Find(double value, int block)
    {
        if ((uint)block >= (uint)Blocks) throw new ArgumentOutOfRangeException(nameof(block), block, $"block = {block} must be in [0, {Blocks})");
        if (!(value >= _edges[0] && value <= _edges[^1])) return -1;
        int i = Array.BinarySearch(_edges, value);
        if (i < 0) i = ~i - 1;
        return block * BinsPerBlock + Math.Min(i, BinsPerBlock - 1);
    }
}
