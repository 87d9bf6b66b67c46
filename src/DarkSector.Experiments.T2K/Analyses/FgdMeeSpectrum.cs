using DarkSector.Experiments.T2K;
using DarkSector.Sampling.Experiments;
using System.Globalization;
using DarkSector.Experiments.T2K.Fluxes;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>
/// Analysis II data: the e⁺e⁻ invariant-mass spectrum of the FGD1 photon-like control sample of the T2K ν_e CC
/// inclusive measurement (JHEP 10 (2020) 114), observed events and total prediction per 10 MeV bin, FHC or RHC.
/// </summary>
/// <remarks>
/// <para>APPROXIMATE: the numbers are WebPlotDigitizer digitisations of the published figure
/// (data/t2k-kde-paper, from mhostert/dark-neutrinos-at-T2K, files nueCCQE_ND280_2020/{FHC,RHC}_electron_
/// {data,MCtot}.dat), read off at the bin centres, with errors of about a percent of the plotted range. Observed counts
/// are rounded to the nearest integer (counts are integers; the digitisation gives e.g. 1588.4).</para>
/// <para>Bins: 20 of 10 MeV from 0 to 0.2 GeV. The 20th value (≈ 850 events in FHC against ≈ 15 in the 19th) is the
/// figure's overflow bin, so the last bin here collects every m_ee ≥ 0.19 GeV (its upper edge is
/// <see cref="double.MaxValue"/>).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class FgdMeeSpectrum
{
    /// <summary>Number of bins.</summary>
    public const int BinCount = 20;

    /// <summary>Bin width, GeV.</summary>
    public const double BinWidthGeV = 0.010;

    private readonly double[] _observed, _prediction;

    private FgdMeeSpectrum(HornPolarity mode, double[] observed, double[] prediction) =>
        (Mode, _observed, _prediction) = (mode, observed, prediction);

    /// <summary>Beam mode of the sample.</summary>
    public HornPolarity Mode { get; }

    /// <summary>Observed events per bin (rounded digitisation).</summary>
    public ReadOnlySpan<double> Observed => _observed;

    /// <summary>Total predicted (background) events per bin (digitisation, not rounded).</summary>
    public ReadOnlySpan<double> Prediction => _prediction;

    /// <summary>Fractional systematic uncertainty on the prediction: 23% (FHC), 21% (RHC) (issue 8 / AFH 2023).</summary>
    public double FractionalSystematic => Mode == HornPolarity.Fhc ? 0.23 : 0.21;

    /// <summary>Bin edges in GeV: 0, 0.01, …, 0.19, then <see cref="double.MaxValue"/> (overflow, see remarks).</summary>
    public static double[] EdgesGeV()
    {
        var edges = new double[BinCount + 1];
        for (int i = 0; i < BinCount; i++) edges[i] = i * BinWidthGeV;
        edges[BinCount] = double.MaxValue;
        return edges;
    }

    /// <summary>Loads the embedded digitisations of <paramref name="mode"/>.</summary>
    public static FgdMeeSpectrum Load(HornPolarity mode)
    {
        string prefix = mode == HornPolarity.Fhc ? "FHC" : "RHC";
        double[] observed = Read($"{prefix}_electron_data.dat");
        for (int i = 0; i < observed.Length; i++) observed[i] = Math.Round(observed[i], MidpointRounding.AwayFromZero);
        return new FgdMeeSpectrum(mode, observed, Read($"{prefix}_electron_MCtot.dat"));
    }

    /// <summary>Reads a two-column digitisation (m_ee in MeV, events per 10 MeV) into 20 bins by the bin of each abscissa.</summary>
    /// <exception cref="FormatException">Malformed line, a point outside 0–200 MeV, or a bin missing or given twice.</exception>
    internal static double[] Parse(TextReader reader, string description)
    {
        var values = new double[BinCount];
        var seen = new bool[BinCount];
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            string content = line.Trim();
            if (content.Length == 0 || content[0] == '#') continue;
            var fields = content.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2
                || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double massMeV)
                || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double events)
                || !double.IsFinite(events) || events < 0)
                throw new FormatException($"{description}, line {number}: expected 'm_ee[MeV] events', found '{content}'");
            int bin = (int)Math.Floor(massMeV / (BinWidthGeV * 1000));
            if (bin < 0 || bin >= BinCount) throw new FormatException($"{description}, line {number}: m_ee = {massMeV} MeV is outside 0-200 MeV");
            if (seen[bin]) throw new FormatException($"{description}, line {number}: bin {bin} given twice");
            (seen[bin], values[bin]) = (true, events);
        }
        int missing = Array.IndexOf(seen, false);
        if (missing >= 0) throw new FormatException($"{description}: no value for bin {missing} ({missing * 10}-{missing * 10 + 10} MeV)");
        return values;
    }

    private static double[] Read(string file)
    {
        using var reader = EmbeddedTables.Of<ND280Experiment>().Open(file);
        return Parse(reader, file);
    }
}
