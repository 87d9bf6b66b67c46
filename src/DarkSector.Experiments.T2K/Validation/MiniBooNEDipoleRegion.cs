using DarkSector.Experiments.T2K;
using DarkSector.Sampling.Experiments;
using System.Globalization;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// The MiniBooNE dipole-portal region that Liu, Kamp, Argüelles 2025 plot: the E_ν^QE 95% CL contour of Kamp et al. 2023
/// (their <c>main_plot/ConstraintFiles/MiniBooNE/EnuQE_0.950_CL_Path0.txt</c>; copy in data/liu2025), a closed polygon in
/// (m_N in GeV, d in GeV⁻¹) with d in the convention of Kamp et al. (d = μ_tr/2). Immutable; thread-safe.
/// </summary>
public sealed class MiniBooNEDipoleRegion
{
    private MiniBooNEDipoleRegion(IReadOnlyList<(double MassGeV, double DGeVm1)> polygon) => Polygon = polygon;

    /// <summary>The embedded contour.</summary>
    public static MiniBooNEDipoleRegion Embedded { get; } = Load();

    /// <summary>The closed contour, (m_N in GeV, d in GeV⁻¹), in file order.</summary>
    public IReadOnlyList<(double MassGeV, double DGeVm1)> Polygon { get; }

    /// <summary>The d range (GeV⁻¹) of the region at <paramref name="massGeV"/> (log-linear between contour points), or null outside.</summary>
    public (double Low, double High)? DRange(double massGeV)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int i = 0; i < Polygon.Count; i++)
        {
            var (m1, d1) = Polygon[i];
            var (m2, d2) = Polygon[(i + 1) % Polygon.Count];
            if ((m1 - massGeV) * (m2 - massGeV) > 0 || m1 == m2) continue;
            double t = (massGeV - m1) / (m2 - m1);
            double d = Math.Exp(Math.Log(d1) + t * (Math.Log(d2) - Math.Log(d1)));
            lo = Math.Min(lo, d);
            hi = Math.Max(hi, d);
        }
        return lo <= hi ? (lo, hi) : null;
    }

    private static MiniBooNEDipoleRegion Load()
    {
        using var reader = EmbeddedTables.Of<ND280Experiment>().Open("liu2025_MiniBooNE_EnuQE_0.950_CL_Path0.txt");
        var points = new List<(double, double)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2) continue;
            points.Add((double.Parse(f[0], CultureInfo.InvariantCulture) / 1000, double.Parse(f[1], CultureInfo.InvariantCulture)));
        }
        return new MiniBooNEDipoleRegion(points);
    }
}
