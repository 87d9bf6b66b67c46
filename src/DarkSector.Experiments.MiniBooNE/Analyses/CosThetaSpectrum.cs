using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>
/// The cos θ distribution of MiniBooNE's electron-like events in neutrino mode (2020 data set, 18.75e20 POT, 200 &lt;
/// E_QE &lt; 1250 MeV): observed events and predicted background in 20 bins of 0.1 from −1 to 1.
/// </summary>
/// <remarks>
/// <para>APPROXIMATE: digitised from the published figure (data/t2k-kde-paper/digitized/miniboone_2020/cos_Theta/
/// {data,bkg}_cosTheta.dat, WebPlotDigitizer points near the bin centres), so counts carry digitisation errors of about a
/// percent of the plotted range; observed counts are rounded to integers.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class CosThetaSpectrum
{
    /// <summary>Number of bins.</summary>
    public const int BinCount = 20;

    private CosThetaSpectrum(double[] observed, double[] background) => (Observed, Background) = (observed, background);

    /// <summary>Observed events per bin (rounded digitisation).</summary>
    public IReadOnlyList<double> Observed { get; }

    /// <summary>Predicted background per bin (digitisation).</summary>
    public IReadOnlyList<double> Background { get; }

    /// <summary>Bin edges −1, −0.9, …, 1.</summary>
    public static double[] Edges() => Enumerable.Range(0, BinCount + 1).Select(i => -1 + 0.1 * i).ToArray();

    /// <summary>Loads the embedded digitisations.</summary>
    public static CosThetaSpectrum Load()
    {
        var observed = Parse(EmbeddedTables.Of<MiniBooNEExperiment>().Rows("data_cosTheta.dat"), "data_cosTheta.dat");
        for (int i = 0; i < observed.Length; i++) observed[i] = Math.Round(observed[i], MidpointRounding.AwayFromZero);
        return new CosThetaSpectrum(observed, Parse(EmbeddedTables.Of<MiniBooNEExperiment>().Rows("bkg_cosTheta.dat"), "bkg_cosTheta.dat"));
    }

    /// <summary>Places two-column points (cos θ, events) into the 20 bins by abscissa.</summary>
    /// <exception cref="FormatException">Wrong columns, a point outside [−1, 1], or a bin missing or given twice.</exception>
    public static double[] Parse(IReadOnlyList<double[]> rows, string description)
    {
        var values = new double[BinCount];
        var seen = new bool[BinCount];
        foreach (var row in rows)
        {
            if (row.Length != 2 || row[1] < 0) throw new FormatException($"{description}: expected 'cos(theta) events' with events >= 0");
            int bin = (int)Math.Floor((row[0] + 1) / 0.1);
            if (bin < 0 || bin >= BinCount) throw new FormatException($"{description}: cos(theta) = {row[0]} outside [-1, 1]");
            if (seen[bin]) throw new FormatException($"{description}: bin {bin} given twice");
            (seen[bin], values[bin]) = (true, row[1]);
        }
        int missing = Array.IndexOf(seen, false);
        if (missing >= 0) throw new FormatException($"{description}: no value for bin {missing}");
        return values;
    }
}
