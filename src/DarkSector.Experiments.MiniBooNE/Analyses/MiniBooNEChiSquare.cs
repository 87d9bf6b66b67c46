using DarkSector.Physics;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>
/// MiniBooNE's χ² for the electron-like E_QE spectrum with the collaboration's fractional covariance, including the
/// muon-like bins as a constraint (the release's recipe).
/// </summary>
/// <remarks>
/// <para>Recipe (MiniBooNE data release; ../shared/data/miniboone-release/PROVENANCE.md; as in Kamp et al. 2023):
/// with P = (s, b, μ_pred) over the 11 + 11 + 8 bins and F the 30 × 30 fractional covariance,
/// M_ij = F_ij P_i P_j; the signal's statistical variance s_i (and its Monte Carlo variance Σw²_i) is added on the
/// signal diagonal; the signal and background blocks are collapsed into one 11-bin electron-like block
/// (E = M_ss + M_sb + M_bs + M_bb, with the cross terms to the ν_μ block M_sμ + M_bμ); then
/// χ² = rᵀ E⁻¹ r with r = (n_e − s − b, n_μ − μ_pred). The background's and the data's statistical uncertainties are
/// those already in F (the release's convention).</para>
/// <para>Used as −2 ln L up to a constant (the ln det term, which depends on s, is not included, as in the
/// collaboration's fits). Bins: the 11 electron-like E_QE bins; the muon-like data and prediction are configuration.
/// Factorised on every call (the covariance depends on s); allocation-free. Immutable; thread-safe.</para>
/// </remarks>
internal sealed class MiniBooNEChiSquare : IBinnedLikelihood
{
    private const int NE = MiniBooNERelease.ElectronBins, NM = MiniBooNERelease.MuonBins, N = NE + NM;
    private readonly double[] _fractional;   // 30 × 30 row-major
    private readonly double[] _muonData, _muonPrediction;

    /// <summary>Creates the χ² from a release.</summary>
    public MiniBooNEChiSquare(MiniBooNERelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var f = release.FractionalCovariance;
        int d = MiniBooNERelease.FullDimension;
        _fractional = new double[d * d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                _fractional[i * d + j] = f[i, j];
        _muonData = release.MuonData.ToArray();
        _muonPrediction = release.MuonPrediction.ToArray();
    }

    /// <inheritdoc />
    public int? BinCount => NE;

    /// <inheritdoc />
    public double MinusTwoLnL(ReadOnlySpan<double> observed, ReadOnlySpan<double> signal, ReadOnlySpan<double> signalSumW2, ReadOnlySpan<double> background)
    {
        if (observed.Length != NE || signal.Length != NE || signalSumW2.Length != NE || background.Length != NE)
            throw new ArgumentException($"observed, signal, signalSumW2 and background must have {NE} bins; lengths {observed.Length}, {signal.Length}, {signalSumW2.Length}, {background.Length}");
        for (int i = 0; i < NE; i++)
        {
            if (!IsValid(observed[i])) Check.NonNegative(observed[i], $"observed[{i}]");   // throws, naming the entry
            if (!IsValid(signal[i])) Check.NonNegative(signal[i], $"signal[{i}]");
            if (!IsValid(signalSumW2[i])) Check.NonNegative(signalSumW2[i], $"signalSumW2[{i}]");
            if (!IsValid(background[i])) Check.NonNegative(background[i], $"background[{i}]");
        }
        const int D = MiniBooNERelease.FullDimension;
        Span<double> p = stackalloc double[D];
        for (int i = 0; i < NE; i++) { p[i] = signal[i]; p[NE + i] = background[i]; }
        for (int i = 0; i < NM; i++) p[2 * NE + i] = _muonPrediction[i];

        // collapsed covariance E (N × N): index k < NE is electron-like bin k, k ≥ NE is muon-like bin k − NE
        Span<double> e = stackalloc double[N * N];
        for (int a = 0; a < N; a++)
            for (int b = 0; b <= a; b++)
            {
                double sum = 0;
                foreach (int i in Rows(a))
                    foreach (int j in Rows(b))
                        sum += _fractional[i * D + j] * p[i] * p[j];
                e[a * N + b] = sum;
                e[b * N + a] = sum;
            }
        for (int k = 0; k < NE; k++) e[k * N + k] += signal[k] + signalSumW2[k];

        Span<double> r = stackalloc double[N];
        for (int k = 0; k < NE; k++) r[k] = observed[k] - signal[k] - background[k];
        for (int k = 0; k < NM; k++) r[NE + k] = _muonData[k] - _muonPrediction[k];
        if (!CholeskySolve(e, r))
            throw new ArgumentException("the collapsed MiniBooNE covariance is not positive definite for this prediction");
        double chi2 = 0;
        for (int k = 0; k < N; k++) chi2 += r[k] * r[k];
        return chi2;
    }

    private static bool IsValid(double x) => x >= 0 && double.IsFinite(x);

    /// <summary>The rows of the full matrix that collapse into row <paramref name="a"/> of the collapsed one.</summary>
    private static RowPair Rows(int a) => a < NE ? new RowPair(a, NE + a) : new RowPair(NE + a, -1);

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
