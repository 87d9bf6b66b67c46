using DarkSector.Experiments.T2K;
using DarkSector.Sampling.Experiments;
using System.Globalization;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// The selection efficiency of Liu, Kamp, Argüelles 2025: the smaller of T2K's two kaon-HNL efficiencies (Abe et al. 2020,
/// K → μN and K → eN with N → e⁺e⁻ν) per HNL mass, public as <c>stats/kaon_decay_efficiency_data.txt</c>
/// (150-475 MeV, 0.063-0.112; copy in data/liu2025), interpolated linearly and clamped outside the table to its end values
/// (0.063 below 150 MeV, 0.071 above 475 MeV) as <c>stats/stats_mult.py</c> (<c>create_get_min_efficiency</c>,
/// <c>fill_value=(first, last)</c>) does for <c>signal_strengths_nd280.csv</c>. Their second interpolation on a 25 MeV
/// grid starting at 10 MeV is not repeated (it moves values between table nodes by less than 1%). Immutable; thread-safe.
/// </summary>
public sealed class Liu2025Efficiency
{
    private readonly double[] _massMeV, _efficiency;

    private Liu2025Efficiency(double[] massMeV, double[] efficiency)
    {
        _massMeV = massMeV;
        _efficiency = efficiency;
    }

    /// <summary>The embedded table.</summary>
    public static Liu2025Efficiency Embedded { get; } = Load();

    /// <summary>The table's masses in MeV.</summary>
    public IReadOnlyList<double> MassesMeV => _massMeV;

    /// <summary>min(ε_μ, ε_e) at each table mass.</summary>
    public IReadOnlyList<double> Values => _efficiency;

    /// <summary>The efficiency at <paramref name="massGeV"/> (GeV): linear between table nodes, clamped outside.</summary>
    public double At(double massGeV)
    {
        double m = massGeV * 1000;
        if (!(m > _massMeV[0])) return _efficiency[0];
        if (m >= _massMeV[^1]) return _efficiency[^1];
        int i = Array.BinarySearch(_massMeV, m);
        if (i >= 0) return _efficiency[i];
        i = ~i - 1;
        double t = (m - _massMeV[i]) / (_massMeV[i + 1] - _massMeV[i]);
        return _efficiency[i] + t * (_efficiency[i + 1] - _efficiency[i]);
    }

    private static Liu2025Efficiency Load()
    {
        using var reader = EmbeddedTables.Of<ND280Experiment>().Open("liu2025_kaon_decay_efficiency_data.txt");
        var masses = new List<double>();
        var values = new List<double>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.TrimStart().StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            masses.Add(double.Parse(f[0], CultureInfo.InvariantCulture));
            values.Add(Math.Min(double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)));
        }
        return new Liu2025Efficiency([.. masses], [.. values]);
    }
}
