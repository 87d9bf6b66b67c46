using System.Globalization;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Scans;

/// <summary>Axis titles and caption names of the scan parameters: symbol and unit (m_N [GeV], |V_μN|², d_μN [GeV⁻¹]),
/// keyed by the parameter names of <see cref="ModelFamily"/>, and numbers rounded for titles and captions.</summary>
public static class ScanAxisTitles
{
    private static readonly Dictionary<string, (string Symbol, string Unit)> Table = new()
    {
        ["m-n"] = ("m_N", "GeV"),
        ["mzprime"] = ("m_Z'", "GeV"),
        ["v-mu-n2"] = ("|V_μN|²", ""),
        ["epsilon"] = ("ε", ""),
        ["epsilon2"] = ("ε²", ""),
        ["alpha-d"] = ("α_D", ""),
        ["v-n2"] = ("|V_N|²", ""),
        [ModelFamily.ProperDecayLength] = ("c·τ⁰", "cm"),
        ["d-mu"] = ("d_μN", "GeV⁻¹"),
        ["delta"] = ("Δ = m_5 − m_4", "GeV"),
        ["v-mu5-n2"] = ("|V_μ5|²", ""),
        ["v-45"] = ("|V_45|", ""),
    };

    /// <summary>The axis title of <paramref name="name"/>: "symbol [unit]", or the name itself if it is not in the table.</summary>
    public static string Title(string name) => Table.TryGetValue(name, out var t)
        ? t.Unit.Length > 0 ? $"{t.Symbol} [{t.Unit}]" : t.Symbol
        : name;

    /// <summary>The unit of <paramref name="name"/> ("" for a dimensionless parameter or an unknown name).</summary>
    public static string Unit(string name) => Table.TryGetValue(name, out var t) ? t.Unit : "";

    /// <summary>The Parquet column of <paramref name="name"/>: snake_case with the unit, e.g. "m-n" → "m_n_gev",
    /// "v-mu-n2" → "v_mu_n2", "d-mu" → "d_mu_gev_inv", "ctau0-cm" → "ctau0_cm".</summary>
    public static string Column(string name)
    {
        string column = name.Replace('-', '_');
        string unit = Unit(name) switch { "GeV" => "_gev", "GeV⁻¹" => "_gev_inv", "cm" => "_cm", _ => "" };
        return column.EndsWith(unit, StringComparison.Ordinal) ? column : column + unit;
    }

    /// <summary>"symbol = value unit" with the value rounded to 3 significant digits, e.g. "m_Z' = 1.25 GeV".</summary>
    public static string Assignment(string name, double value) => Table.TryGetValue(name, out var t)
        ? $"{t.Symbol} = {Round(value)}{(t.Unit.Length > 0 ? " " + t.Unit : "")}"
        : $"{name} = {Round(value)}";

    /// <summary><paramref name="value"/> with 3 significant digits, invariant culture, exponent as ×10 powers written
    /// with "e" (e.g. 4.6e-4, 0.318, 1.25e+20 → 1.25e20).</summary>
    public static string Round(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value.ToString(CultureInfo.InvariantCulture);
        double magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e5) return value.ToString("G3", CultureInfo.InvariantCulture);
        int exponent = (int)Math.Floor(Math.Log10(magnitude));
        double mantissa = Math.Round(value / Math.Pow(10, exponent), 2);
        if (Math.Abs(mantissa) >= 10) (mantissa, exponent) = (mantissa / 10, exponent + 1);
        return $"{mantissa.ToString("0.##", CultureInfo.InvariantCulture)}e{exponent.ToString(CultureInfo.InvariantCulture)}";
    }
}
