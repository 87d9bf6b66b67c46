using DarkSector.Physics;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>
/// MiniBooNE's χ² for the electron-like E_QE spectrum with the collaboration's fractional covariance, including the
/// muon-like bins as a constraint (the release's recipe), for one beam mode or the combined neutrino + antineutrino fit.
/// </summary>
/// <remarks>
/// <para>Recipe (MiniBooNE data release; data/miniboone-release/PROVENANCE.md; as in Kamp et al. 2023):
/// with P = (s, b, μ_pred) over the 11 + 11 + 8 bins of each mode (modes concatenated: FHC then RHC for the combined
/// fit) and F the 30 × 30 (one mode) or 60 × 60 (combined) fractional covariance, M_ij = F_ij P_i P_j; the signal's
/// statistical variance s_i (and its Monte Carlo variance Σw²_i) is added on the signal diagonal; in each mode the
/// signal and background blocks are collapsed into one 11-bin electron-like block (E = M_ss + M_sb + M_bs + M_bb,
/// with the cross terms to the ν_μ blocks M_sμ + M_bμ, and between the modes likewise); then χ² = rᵀ E⁻¹ r with
/// r = (n_e − s − b, n_μ − μ_pred) per mode. The background's and the data's statistical uncertainties are those
/// already in F (the release's convention).</para>
/// <para>Used as −2 ln L up to a constant (the ln det term, which depends on s, is not included, as in the
/// collaboration's fits). Bins: the 11 electron-like E_QE bins of each mode (mode m's bins at 11m … 11m + 10); the
/// muon-like data and prediction are configuration. Factorised on every call (the covariance depends on s);
/// allocation-free. Immutable; thread-safe.</para>
/// </remarks>
internal sealed class MiniBooNEChiSquare : IBinnedLikelihood
{
    private const int NE = MiniBooNERelease.ElectronBins, NM = MiniBooNERelease.MuonBins, NC = NE + NM, D = MiniBooNERelease.FullDimension;
    private readonly int _modes;
    private readonly double[] _fractional;   // (30 modes)² row-major
    private readonly double[] _muonData, _muonPrediction;   // 8 per mode, concatenated

    /// <summary>Creates the χ² of one beam mode from its release.</summary>
    public MiniBooNEChiSquare(MiniBooNERelease release)
        : this([release ?? throw new ArgumentNullException(nameof(release))], release.FractionalCovariance)
    {
    }

    /// <summary>Creates the χ² of several beam modes (their releases in the order of the covariance blocks) with the
    /// joint fractional covariance.</summary>
    /// <param name="modes">Per mode, its release (muon-like data and prediction); 1 or 2 modes.</param>
    /// <param name="fractional">Fractional covariance, (30 · modes)², blocks (ν_e signal, ν_e background, ν_μ) per mode.</param>
    /// <exception cref="ArgumentException">No mode, more than 2, or the covariance of the wrong dimension.</exception>
    public MiniBooNEChiSquare(IReadOnlyList<MiniBooNERelease> modes, double[,] fractional)
    {
        ArgumentNullException.ThrowIfNull(modes);
        ArgumentNullException.ThrowIfNull(fractional);
        if (modes.Count is < 1 or > 2) throw new ArgumentException($"modes.Count = {modes.Count} must be 1 or 2", nameof(modes));
        int d = D * modes.Count;
        if (fractional.GetLength(0) != d || fractional.GetLength(1) != d)
            throw new ArgumentException($"fractional is {fractional.GetLength(0)} x {fractional.GetLength(1)}; {modes.Count} mode(s) need {d} x {d}", nameof(fractional));
        _modes = modes.Count;
        _fractional = new double[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                _fractional[i * d + j] = fractional[i, j];
        _muonData = modes.SelectMany(m => m.MuonData).ToArray();
        _muonPrediction = modes.SelectMany(m => m.MuonPrediction).ToArray();
    }

    /// <inheritdoc />
    public int? BinCount => NE * _modes;

    /// <inheritdoc />
    public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal, ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        int bins = NE * _modes;
        if (observed.Length != bins || signal.Length != bins || signalSumW2.Length != bins || background.Length != bins)
            throw new ArgumentException($"observed, signal, signalSumW2 and background must have {bins} bins; lengths {observed.Length}, {signal.Length}, {signalSumW2.Length}, {background.Length}");
        for (int i = 0; i < bins; i++)
        {
            if (!IsValid(observed[i])) Check.NonNegative(observed[i], $"observed[{i}]");   // throws, naming the entry
            if (!IsValid(signal[i])) Check.NonNegative(signal[i], $"signal[{i}]");
            if (!IsValid(signalSumW2[i])) Check.NonNegative(signalSumW2[i], $"signalSumW2[{i}]");
            if (!IsValid(background[i])) Check.NonNegative(background[i], $"background[{i}]");
        }
        int d = D * _modes, n = NC * _modes;
        Span<double> p = stackalloc double[2 * D];
        for (int m = 0; m < _modes; m++)
        {
            for (int i = 0; i < NE; i++) { p[m * D + i] = signal[m * NE + i]; p[m * D + NE + i] = background[m * NE + i]; }
            for (int i = 0; i < NM; i++) p[m * D + 2 * NE + i] = _muonPrediction[m * NM + i];
        }

        // collapsed covariance E (n × n): per mode m, index m·19 + k is electron-like bin k (k < 11) or muon-like bin k − 11
        Span<double> e = stackalloc double[4 * NC * NC];
        for (int a = 0; a < n; a++)
            for (int b = 0; b <= a; b++)
            {
                double sum = 0;
                foreach (int i in Rows(a))
                    foreach (int j in Rows(b))
                        sum += _fractional[i * d + j] * p[i] * p[j];
                e[a * n + b] = sum;
                e[b * n + a] = sum;
            }
        Span<double> r = stackalloc double[n];
        for (int m = 0; m < _modes; m++)
        {
            for (int k = 0; k < NE; k++)
            {
                int bin = m * NE + k, c = m * NC + k;
                e[c * n + c] += signal[bin] + signalSumW2[bin];
                r[c] = observed[bin] - signal[bin] - background[bin];
            }
            for (int k = 0; k < NM; k++) r[m * NC + NE + k] = _muonData[m * NM + k] - _muonPrediction[m * NM + k];
        }
        if (!CholeskySolve(e[..(n * n)], r))
            throw new ArgumentException("the collapsed MiniBooNE covariance is not positive definite for this prediction");
        double chi2 = 0;
        for (int k = 0; k < n; k++) chi2 += r[k] * r[k];
        return chi2;
    }

    private static bool IsValid(double x) => x >= 0 && double.IsFinite(x);

    /// <summary>The rows of the full matrix that collapse into row <paramref name="a"/> of the collapsed one.</summary>
    private static RowPair Rows(int a)
    {
        int mode = a / NC, k = a % NC, offset = mode * D;
        return k < NE ? new RowPair(offset + k, offset + NE + k) : new RowPair(offset + NE + k, -1);
    }

    /// <summary>Factorises the symmetric <paramref name="a"/> (n × n) in place as L Lᵀ and replaces <paramref name="r"/>
    /// by L⁻¹ r (Golub and Van Loan, algorithm 4.2.1); false if not positive definite.</summary>
    private static bool CholeskySolve(Span<double> a, Span<double> r)
    {
        int n = r.Length;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
                if (i == j)
                {
                    if (!(sum > 0)) return false;
                    a[i * n + i] = Math.Sqrt(sum);
                }
                else a[i * n + j] = sum / a[j * n + j];
            }
            double y = r[i];
            for (int k = 0; k < i; k++) y -= a[i * n + k] * r[k];
            r[i] = y / a[i * n + i];
        }
        return true;
    }

    /// <summary>One or two row indices (second −1 if absent), enumerable without allocation.</summary>
    private readonly struct RowPair(int first, int second)
    {
        public Enumerator GetEnumerator() => new(first, second);

        public struct Enumerator(int first, int second)
        {
            private int _state = -1;

            public readonly int Current => _state == 0 ? first : second;

            public bool MoveNext()
            {
                _state++;
                return _state == 0 || (_state == 1 && second >= 0);
            }
        }
    }
}
