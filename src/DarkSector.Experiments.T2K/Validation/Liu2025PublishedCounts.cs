using DarkSector.Experiments.T2K;
using DarkSector.Sampling.Experiments;
using System.Globalization;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// The published per-TPC signal of Liu, Kamp, Argüelles 2025: <c>stats/signal_strengths_nd280.csv</c> (the file their limit
/// notebook <c>TS/elastic.ipynb</c> reads for ND280, ν mode; copy in data/liu2025): for experiments OGTPC1..3 on the grid
/// m ∈ geomspace(0.01, 2, 10) GeV × μ_tr ∈ geomspace(1e-7, 1e-5, 10) GeV⁻¹, expected N → νγ decays in the fiducial box
/// at 3.6e21 POT after cos(N, beam) &gt; 0.999, E_γ &gt; 2 m_e and their efficiency (no BR(e⁺e⁻), no POT rescaling).
/// Immutable; thread-safe.
/// </summary>
public sealed class Liu2025PublishedCounts
{
    private readonly Dictionary<(int Index, int Tpc), double> _counts;
    private readonly Dictionary<int, (double Mass, double MuTr)> _points;

    private Liu2025PublishedCounts(Dictionary<(int, int), double> counts, Dictionary<int, (double, double)> points)
    {
        _counts = counts;
        _points = points;
    }

    /// <summary>The embedded table.</summary>
    public static Liu2025PublishedCounts Embedded { get; } = Load();

    /// <summary>Grid indices present, ascending.</summary>
    public IReadOnlyList<int> Indices => [.. _points.Keys.Order()];

    /// <summary>(m_N in GeV, μ_tr in GeV⁻¹) of grid index <paramref name="index"/>.</summary>
    public (double MassGeV, double MuTrGeVm1) Point(int index) => _points[index];

    /// <summary>Their count for TPC <paramref name="tpc"/> (1..3) at grid index <paramref name="index"/>, or null if absent.</summary>
    public double? Count(int index, int tpc) => _counts.TryGetValue((index, tpc), out double v) ? v : null;

    /// <summary>The grid index nearest to (m, μ_tr) in log space.</summary>
    public int Nearest(double massGeV, double muTrGeVm1) => _points.MinBy(p =>
        Math.Abs(Math.Log(p.Value.Mass / massGeV)) + Math.Abs(Math.Log(p.Value.MuTr / muTrGeVm1))).Key;

    private static Liu2025PublishedCounts Load()
    {
        using var reader = EmbeddedTables.Of<ND280Experiment>().Open("liu2025_signal_strengths_nd280.csv");
        var counts = new Dictionary<(int, int), double>();
        var points = new Dictionary<int, (double, double)>();
        reader.ReadLine();   // header: Experiment,i,Mass,Coupling,Signal_Strength
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split(',');
            if (f.Length != 5) continue;
            int tpc = int.Parse(f[0].AsSpan("OGTPC".Length), CultureInfo.InvariantCulture);
            int index = int.Parse(f[1], CultureInfo.InvariantCulture);
            points[index] = (double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture));
            counts[(index, tpc)] = double.Parse(f[4], CultureInfo.InvariantCulture);
        }
        return new Liu2025PublishedCounts(counts, points);
    }
}
