using System.Globalization;
using DarkSector.Experiments.T2K;
using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Production;
using DarkSector.Sampling.Geometry;
using Xunit.Abstractions;

namespace DarkSector.Experiments.Tests.T2K;

/// <summary>
/// Geometry validation (issue 8): HNLs from K → μ N in the beam, with the SM (|U_μN|²) decays of the dark-photon
/// decay table, traced through the ND280 description; the decays inside the three TPC fiducial boxes must scale as
/// |U_μN|⁴ and follow the analytic decay-in-volume expectation in m_N.
/// </summary>
/// <remarks>
/// <para>Flux: SIREN's T2K kaon-decay ν_μ flux (log10 of ν per cm² per 50 MeV per 1e21 POT, digitised; SIREN's own
/// reading), φ_ν(E) in ν/GeV/cm²/POT = 10^v / 0.05 / 1e21, log-linear between the points. HNL flux (an approximation,
/// documented here, that only shapes the spectrum): each ν_μ from K → μ ν becomes, with probability
/// R = Γ(K → μ N)/Γ(K → μ ν) (<see cref="KaonDecay"/>), an N whose momentum is scaled by the rest-frame ratio
/// k = p*_N/p*_ν (forward decay of a fixed kaon boost): φ_N(p) = R φ_ν(p/k)/k. All N travel along +z from a point
/// 280 m upstream of the P0D face (z = −28000 cm; the 2° off-axis angle and beam divergence are neglected) and
/// illuminate the detector uniformly.</para>
/// <para>Decays: Γ_total(m_N, |U_μN|²) from <see cref="DarkPhotonDecays.Hnl"/> with the Z' decoupled (|V_N|² = 0): ν e⁺e⁻
/// and ννν through SM Z/W (valid below m_π: N → π μ and π⁰ ν are not in the table, so m_N ≤ 0.13 GeV here). The
/// traced number of decays in the fiducial boxes is POT ∫dp φ_N(p) ∫dA Σ_j [e^(−a_j/λ) − e^(−b_j/λ)], λ = (p/m_N) c τ₀,
/// a_j, b_j the distances from the source where ray j enters and leaves a TPC fiducial box (from
/// <see cref="Detector.Trace"/> on a 1 cm grid of rays).</para>
/// <para>Expectation (long lifetime, λ ≳ 1e8 cm ≫ 280 m): N = POT Σ_j V_j ∫dp φ_N(p) m_N/(p c τ₀), V_j = 170 × 196 × 56 cm³
/// (experiments.md table); with Γ ∝ |U|² and R ∝ |U|², N ∝ |U|⁴; and since Γ_total = G_F² m_N⁵ |U|² c/(192π³) up to
/// O(4m_e²/m_N²) threshold terms, N(m_N) ∝ (R/k) m_N⁶.</para>
/// </remarks>
public class KaonHnlDecaysInTpcTests(ITestOutputHelper output)
{
    private const double SourceZCm = -28000, Pot = 1e21, FiducialVolumeCm3 = 170.0 * 196.0 * 56.0;
    private static readonly ND280Experiment Experiment = new();
    private static readonly (double[] E, double[] Log10Phi) KaonFlux = ReadKaonFlux();
    private static readonly (double A, double B, double AreaCm2)[] Crossings = TraceGrid();

    private static (double[] E, double[] Log10Phi) ReadKaonFlux()
    {
        using var stream = typeof(KaonHnlDecaysInTpcTests).Assembly.GetManifestResourceStream("DarkSector.Experiments.Tests.Data.kaon-flux-data.dat")!;
        using var reader = new StreamReader(stream);
        var e = new List<double>();
        var v = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            e.Add(double.Parse(parts[0], CultureInfo.InvariantCulture));
            v.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        return (e.ToArray(), v.ToArray());
    }

    /// <summary>φ_ν(E) in ν/GeV/cm²/POT, log-linear interpolation, zero outside the table.</summary>
    private static double NeutrinoFlux(double energyGeV)
    {
        var (e, v) = KaonFlux;
        if (energyGeV < e[0] || energyGeV > e[^1]) return 0;
        int i = Math.Max(0, Array.BinarySearch(e, energyGeV) is var k && k < 0 ? ~k - 1 : k);
        i = Math.Min(i, e.Length - 2);
        double t = (energyGeV - e[i]) / (e[i + 1] - e[i]);
        return Math.Pow(10, v[i] + t * (v[i + 1] - v[i])) / 0.05 / 1e21;
    }

    /// <summary>The TPC-fiducial crossings (a, b) in cm from the source of the rays of a 1 cm grid over |x|, |y| &lt; 125 cm
    /// (cell centres), with the area (cm²) of the rays that share them (rays along z cross a box at the same distances).</summary>
    private static (double A, double B, double AreaCm2)[] TraceGrid()
    {
        var detector = Experiment.Detector;
        var fiducial = Enumerable.Range(0, detector.Volumes.Count)
            .Where(i => detector.Volumes[i].Name.StartsWith("TPC", StringComparison.Ordinal) && detector.Volumes[i].Name.EndsWith("fiducial", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Equal(3, fiducial.Count);
        var segments = new VolumeSegment[detector.MaxSegments];
        var groups = new Dictionary<(long, long), (double A, double B, double Area)>();
        for (int ix = 0; ix < 250; ix++)
        for (int iy = 0; iy < 250; iy++)
        {
            var ray = new Ray(new ThreeVector(ix - 124.5, iy - 124.5, SourceZCm), ThreeVector.UnitZ);
            int n = detector.Trace(ray, segments);
            for (int s = 0; s < n; s++)
            {
                if (!fiducial.Contains(segments[s].Volume) || !(segments[s].Exit > 0)) continue;
                double a = Math.Max(0, segments[s].Entry), b = segments[s].Exit;
                var key = ((long)Math.Round(a * 1e6), (long)Math.Round(b * 1e6));
                groups[key] = groups.TryGetValue(key, out var g) ? (g.A, g.B, g.Area + 1) : (a, b, 1);
            }
        }
        return groups.Values.ToArray();
    }

    private static DarkPhotonModel SmOnly(double massGeV, double umu2) => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = massGeV, MixingMu2 = umu2 }],
        ZPrimeMassGeV = 10,
        Epsilon = 1e-10,
        AlphaDark = 1e-10,
    };

    private static double MomentumScale(double massGeV)
    {
        double mk = PhysicalConstants.ChargedKaonMassGeV, mmu = PhysicalConstants.MuonMassGeV;
        double pNu = (mk * mk - mmu * mmu) / (2 * mk);
        double pN = Math.Sqrt(Kallen.Lambda(mk * mk, mmu * mmu, massGeV * massGeV)) / (2 * mk);
        return pN / pNu;
    }

    /// <summary>(traced decays, long-lifetime expectation) in the TPC fiducial boxes per 1e21 POT.</summary>
    private static (double Traced, double Expected) Decays(double massGeV, double umu2)
    {
        double ctau = DarkPhotonDecays.Hnl(SmOnly(massGeV, umu2)).CTau0Cm;
        double r = KaonDecay.HnlToNeutrinoWidthRatio(massGeV, umu2), k = MomentumScale(massGeV);
        var (e, _) = KaonFlux;
        const int steps = 4000;
        double pLow = k * e[0], pHigh = k * e[^1], dp = (pHigh - pLow) / steps;
        double traced = 0, expected = 0;
        for (int i = 0; i < steps; i++)
        {
            double p = pLow + (i + 0.5) * dp;
            double phi = r * NeutrinoFlux(p / k) / k;
            if (phi == 0) continue;
            double lambda = p / massGeV * ctau;
            double area = 0;   // ∫ dA Σ_j [e^(−a/λ) − e^(−b/λ)] with 1 cm² cells
            foreach (var (a, b, cells) in Crossings)
                area += cells * Math.Exp(-a / lambda) * -double.ExpM1(-(b - a) / lambda);
            traced += phi * area * dp;
            expected += phi * 3 * FiducialVolumeCm3 / lambda * dp;
        }
        return (traced * Pot, expected * Pot);
    }

    [Fact] // traced through the ND280 description = POT Σ_j V_j ∫ φ_N m/(p cτ₀) (long lifetime; the exact exponentials
           // differ by O(a/λ) < 1e-4 for λ > 3e8 cm, checked below) at three masses; relative 2e-4
    public void TracedTpcDecays_MatchLongLifetimeDecayInVolume()
    {
        foreach (double m in new[] { 0.03, 0.08, 0.13 })
        {
            double ctau = DarkPhotonDecays.Hnl(SmOnly(m, 1e-5)).CTau0Cm;
            Assert.True(ctau > 3e8 * m / 0.1, $"c tau0 = {ctau} cm is not long");
            var (traced, expected) = Decays(m, 1e-5);
            output.WriteLine($"m_N = {m}: decays in TPC fiducial per 1e21 POT at |U|^2 = 1e-5: traced {traced:E4}, expected {expected:E4}, c tau0 = {ctau:E3} cm");
            Assert.True(traced > 0);
            Assert.Equal(1.0, traced / expected, 2e-4);
        }
    }

    [Fact] // production ∝ |U|² (Shrock ratio) and decay probability ∝ Γ ∝ |U|²: ×10 in |U|² gives ×100 decays (relative 1e-4:
           // the exponentials' O(a/λ) departure from linearity is < 1e-5 here)
    public void TpcDecays_ScaleAsMixingToTheFourth()
    {
        var (low, _) = Decays(0.1, 1e-7);
        var (high, _) = Decays(0.1, 1e-6);
        Assert.Equal(100.0, high / low, 100 * 1e-4);
    }

    [Fact] // m_N dependence: N(m)/N(0.12) = [(R/k) m⁶](m)/[(R/k) m⁶](0.12) up to the ν e e threshold terms O(4m_e²/m²)
           // times the νee share of Γ (< 1e-3 at 30 MeV); tolerance 2e-3 relative
    public void TpcDecays_MassDependence_FollowsProductionTimesMassToTheSixth()
    {
        static double Closed(double m) => KaonDecay.HnlToNeutrinoWidthRatio(m, 1e-6) / MomentumScale(m) * Math.Pow(m, 6);
        var (reference, _) = Decays(0.12, 1e-6);
        foreach (double m in new[] { 0.03, 0.06, 0.09 })
        {
            var (traced, _) = Decays(m, 1e-6);
            double ratio = traced / reference, closed = Closed(m) / Closed(0.12);
            output.WriteLine($"m_N = {m}: N/N(0.12) = {ratio:E5}, closed form {closed:E5}");
            Assert.Equal(1.0, ratio / closed, 2e-3);
        }
    }
}
