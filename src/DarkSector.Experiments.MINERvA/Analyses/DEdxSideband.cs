using DarkSector.Experiments.MINERvA;
using DarkSector.Sampling.Experiments;
using System.Globalization;

namespace DarkSector.Experiments.MINERvA.Analyses;

/// <summary>The high-dE/dx sideband counts of a MINERvA ν-e sample from the digitised dE/dx histograms: observed events
/// and the total Standard-Model prediction with mean dE/dx of the first four planes above 4.5 MeV/1.7 cm.</summary>
/// <remarks>
/// <para>Files (data/t2k-kde-paper/digitized/minerva_*; t2k-kde-paper PROVENANCE.md): two columns, the bin's
/// dE/dx and events per 1 MeV/1.7 cm, digitised from figures, hence <b>approximate</b> (non-integer counts). Bins: the
/// edges of Official_ME_dEdX_binedges.dat rounded to the histogram's edges 1.5, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9, 10,
/// 12, 14, 16, 18, 20 MeV/1.7 cm (the LE and thesis histograms have points at the same centres). Each point is assigned
/// to the bin containing it; counts = density × width summed over the bins from 4.5 MeV/1.7 cm up.</para>
/// <para>The MC curves are the outlines of stacked histograms (background below, ν-e signal on top): the total
/// prediction per bin is the highest curve given for that bin (LE: MCsignal where digitised, MCbkg above 10 MeV/1.7 cm;
/// ME: MCtotal; thesis: MCsig / MCbkg). Reading of the figures, documented as an assumption.</para>
/// </remarks>
internal static class DEdxSideband
{
    /// <summary>Lower edge of the sideband, MeV/1.7 cm.</summary>
    public const double LowerEdge = 4.5;

    /// <summary>Histogram bin edges, MeV/1.7 cm.</summary>
    public static IReadOnlyList<double> Edges { get; } = [1.5, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20];

    /// <summary>Events per bin of an embedded digitised file (0 where no point was digitised).</summary>
    public static double[] Histogram(string name)
    {
        var counts = new double[Edges.Count - 1];
        using var reader = EmbeddedTables.Of<MINERvAExperiment>().Open(name);
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            int hash = line.IndexOf('#');
            var fields = (hash >= 0 ? line[..hash] : line).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0) continue;
            if (fields.Length < 2 || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double density))
                throw new FormatException($"{name}, line {number}: expected 'dEdx events_per_unit', found '{line.Trim()}'");
            int bin = Bin(x);
            if (bin < 0) throw new FormatException($"{name}, line {number}: dE/dx = {x} outside [{Edges[0]}, {Edges[^1]}]");
            counts[bin] = density * (Edges[bin + 1] - Edges[bin]);
        }
        return counts;
    }

    /// <summary>Sum of <paramref name="histogram"/> over the sideband bins.</summary>
    public static double Sideband(IReadOnlyList<double> histogram)
    {
        double sum = 0;
        for (int i = 0; i < histogram.Count; i++)
            if (Edges[i] >= LowerEdge) sum += histogram[i];
        return sum;
    }

    /// <summary>Per bin, the highest of the stacked MC curves (the total prediction).</summary>
    public static double[] TopOfStack(params string[] names)
    {
        var top = new double[Edges.Count - 1];
        foreach (var name in names)
        {
            var h = Histogram(name);
            for (int i = 0; i < top.Length; i++) top[i] = Math.Max(top[i], h[i]);
        }
        return top;
    }

    private static int Bin(double x)
    {
        for (int i = 0; i + 1 < Edges.Count; i++)
            if (x >= Edges[i] && x < Edges[i + 1]) return i;
        return -1;
    }
}
