using DarkSector.Experiments.T2K;
using DarkSector.Sampling.Experiments;
using System.Globalization;

namespace DarkSector.Experiments.T2K.Fluxes;

/// <summary>
/// The T2K 2016 flux release at ND280 (one horn polarity): 220 energy bins with the ν_μ, ν̄_μ, ν_e and ν̄_e fluxes.
/// </summary>
/// <remarks>
/// <para>Source: T2K collaboration, 2016 ND280 flux release, files t2kflux_2016_nd280_{plus,minus}250kA.txt (via
/// DarkNews, see data/darknews/PROVENANCE.md). Rows: bin number, E_low, E_high (GeV), then the four fluxes.
/// The header states the unit "/cm^2/1E21p.o.t/50MeV".</para>
/// <para>Bins: 200 bins of 50 MeV from 0 to 10 GeV, then 20 bins of 1 GeV up to 30 GeV. The values in the 1 GeV bins
/// are still densities per 50 MeV, not bin contents: the spectrum is continuous across 10 GeV (ν_μ, +250 kA: 5.43e8 in
/// 9.95–10 GeV, 3.71e8 in 10–11 GeV, 2.21e8 in 11–12 GeV), whereas contents of a 20 times wider bin would jump by
/// ~20. We therefore read every value as a density per 50 MeV, as the header says:
/// φ [ν / GeV / cm² / POT] = value / (0.05 GeV) / 1e21, and the number of neutrinos per cm² per POT in a bin is
/// φ · (E_high − E_low). A test checks the continuity at 10 GeV.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class T2KFluxRelease
{
    /// <summary>Width (GeV) of the energy interval the release normalises its values to.</summary>
    public const double NormalisationWidthGeV = 0.05;

    /// <summary>Protons on target the release normalises its values to.</summary>
    public const double NormalisationPot = 1e21;

    private readonly double[] _low, _high;
    private readonly double[][] _columns;   // per 50 MeV per cm² per 1e21 POT, as in the file

    private T2KFluxRelease(string description, double[] low, double[] high, double[][] columns) =>
        (Description, _low, _high, _columns) = (description, low, high, columns);

    /// <summary>Where the table comes from.</summary>
    public string Description { get; }

    /// <summary>Number of energy bins.</summary>
    public int BinCount => _low.Length;

    /// <summary>Lower bin edges, GeV.</summary>
    public ReadOnlySpan<double> LowEdgesGeV => _low;

    /// <summary>Upper bin edges, GeV.</summary>
    public ReadOnlySpan<double> HighEdgesGeV => _high;

    /// <summary>File name of the embedded release table for a horn mode.</summary>
    public static string FileName(HornPolarity mode) => mode switch
    {
        HornPolarity.Fhc => "t2kflux_2016_nd280_plus250kA.txt",
        HornPolarity.Rhc => "t2kflux_2016_nd280_minus250kA.txt",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown horn mode"),
    };

    /// <summary>Loads the embedded release table of <paramref name="mode"/>.</summary>
    public static T2KFluxRelease Load(HornPolarity mode)
    {
        using var reader = EmbeddedTables.Of<ND280Experiment>().Open(FileName(mode));
        return Parse(reader, FileName(mode));
    }

    /// <summary>Parses a release table.</summary>
    /// <exception cref="FormatException">The header does not state the per-50 MeV per 1e21 POT normalisation, a row is
    /// malformed, or the bins are not contiguous and increasing.</exception>
    public static T2KFluxRelease Parse(TextReader reader, string description)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var low = new List<double>();
        var high = new List<double>();
        var columns = new List<double>[4] { [], [], [], [] };
        bool unitSeen = false;
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Contains("Flux", StringComparison.Ordinal))
            {
                // Guard the normalisation that the conversion relies on.
                string compact = line.Replace(" ", "", StringComparison.Ordinal);
                if (!compact.Contains("/cm^2/1E21p.o.t/50MeV", StringComparison.OrdinalIgnoreCase))
                    throw new FormatException($"{description}, line {number}: expected the unit '/cm^2/1E21p.o.t/50MeV', found '{line.Trim()}'");
                unitSeen = true;
                continue;
            }
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0 || !int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) continue;   // header
            if (fields.Length != 7) throw new FormatException($"{description}, line {number}: expected 7 columns (bin, Elow, Ehigh, numu, numubar, nue, nuebar), found {fields.Length}");
            var values = new double[6];
            for (int i = 0; i < 6; i++)
                if (!double.TryParse(fields[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]) || values[i] < 0)
                    throw new FormatException($"{description}, line {number}: '{fields[i + 1]}' is not a finite non-negative number");
            if (!(values[1] > values[0])) throw new FormatException($"{description}, line {number}: bin [{values[0]}, {values[1]}] is empty");
            if (low.Count > 0 && Math.Abs(values[0] - high[^1]) > 1e-9)
                throw new FormatException($"{description}, line {number}: bin starts at {values[0]} GeV but the previous one ends at {high[^1]} GeV");
            low.Add(values[0]);
            high.Add(values[1]);
            for (int c = 0; c < 4; c++) columns[c].Add(values[c + 2]);
        }
        if (!unitSeen) throw new FormatException($"{description}: no header line stating the unit '/cm^2/1E21p.o.t/50MeV'");
        if (low.Count < 2) throw new FormatException($"{description}: {low.Count} bins found, need at least 2");
        return new T2KFluxRelease(description, low.ToArray(), high.ToArray(), columns.Select(c => c.ToArray()).ToArray());
    }

    /// <summary>The values as printed in the release, per 50 MeV per cm² per 1e21 POT.</summary>
    public ReadOnlySpan<double> RawValues(T2KFluxComponent component) => _columns[(int)component];

    /// <summary>Flux density in bin <paramref name="bin"/>, ν per GeV per cm² per POT: value / 0.05 GeV / 1e21.</summary>
    public double PerGeVPerPot(T2KFluxComponent component, int bin) =>
        _columns[(int)component][bin] / NormalisationWidthGeV / NormalisationPot;

    /// <summary>Integrated flux Σ_bins φ_i (E_high − E_low)_i over the whole table, ν per cm² per POT.</summary>
    public double IntegralPerCm2PerPot(T2KFluxComponent component)
    {
        double sum = 0;
        for (int i = 0; i < _low.Length; i++) sum += PerGeVPerPot(component, i) * (_high[i] - _low[i]);
        return sum;
    }

    /// <summary>
    /// Nodes of a piecewise-linear φ(E) (ν per GeV per cm² per POT) for the core's flux type: the bin centres with the
    /// bin densities, plus the two outer table edges carrying the values of the first and last bins.
    /// </summary>
    /// <remarks>Between centres of equal-width bins the trapezoid integral over these nodes equals the histogram integral
    /// exactly. Only the interval between the centres 9.975 and 10.5 GeV (widths 0.05 and 1 GeV) differs: trapezoid
    /// ½(φ₁ + φ₂)·0.525 GeV against φ₁·0.025 + φ₂·0.5 GeV, i.e. by 0.2375 GeV·(φ₁ − φ₂), a relative 4e-5 for ν_μ (+250 kA).</remarks>
    public (double[] EnergiesGeV, double[] FluxPerGeVCm2Pot) BinCentreNodes(T2KFluxComponent component)
    {
        int n = _low.Length;
        var energies = new double[n + 2];
        var values = new double[n + 2];
        energies[0] = _low[0];
        values[0] = PerGeVPerPot(component, 0);
        for (int i = 0; i < n; i++)
        {
            energies[i + 1] = 0.5 * (_low[i] + _high[i]);
            values[i + 1] = PerGeVPerPot(component, i);
        }
        energies[n + 1] = _high[n - 1];
        values[n + 1] = PerGeVPerPot(component, n - 1);
        return (energies, values);
    }
}
