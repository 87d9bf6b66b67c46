namespace DarkSector.Physics.CrossSections;

/// <summary>
/// Model-independent one-dimensional integration over Q²: σ(E) = ∫ dσ/dQ² dQ² over
/// <see cref="UpscatteringKinematics.Q2Range"/>, and ∫ f(Q²) dQ² for any <see cref="IQ2Integrand"/>.
/// </summary>
/// <remarks>
/// The integral is taken in u = ln Q² (∫ f dQ² = ∫ Q² f(Q²) du), which flattens the 1/Q² photon pole of the dipole
/// portal and the 1/(Q² + m_Z'²)² peak at small Q² into smooth functions of u, and spreads the form-factor fall-off
/// over a fixed number of e-folds. The u range is split into equal pieces (one per ≈ 2.3 e-folds, at most
/// <see cref="InitialPieces"/>), each integrated with the 7-point Gauss / 15-point Kronrod pair (nodes and weights of
/// QUADPACK, Piessens et al. 1983); the piece with the largest error estimate |K15 − G7| is bisected until the summed
/// estimate is below the requested relative tolerance, or <see cref="MaxIntervals"/> pieces exist. The estimate
/// |K15 − G7| is the G7 error, so for smooth integrands the returned K15 value is far more accurate than requested.
/// A lower limit Q²_min = 0 (massless produced lepton) is replaced by 1e-14·Q²_max, which is exact for integrands
/// that are finite at 0 to that relative order. Allocation-free (scratch on the stack); thread-safe.
/// </remarks>
public static class Q2Integration
{
    /// <summary>Default relative tolerance of the error estimate: 1e-7 (the estimate is conservative).</summary>
    public const double DefaultRelativeTolerance = 1e-7;

    /// <summary>Largest number of subintervals before the integrator returns its best estimate.</summary>
    public const int MaxIntervals = 200;

    /// <summary>Largest number of equal ln Q² pieces the range is first split into.</summary>
    public const int InitialPieces = 12;

    /// <summary>σ(E) in cm²: the integral of <see cref="IUpscatteringCrossSection.DifferentialCm2PerGeV2"/> over the physical Q² range at <paramref name="energyGeV"/>; 0 at or below threshold.</summary>
    /// <param name="process">The process; its <see cref="IUpscatteringCrossSection.TotalCm2"/> may call this method.</param>
    /// <param name="energyGeV">Neutrino energy in GeV; finite.</param>
    /// <param name="relativeTolerance">Target relative error; in (0, 0.1].</param>
    /// <exception cref="ArgumentOutOfRangeException">A non-finite energy or a tolerance out of range.</exception>
    public static double TotalCm2<TProcess>(TProcess process, double energyGeV, double relativeTolerance = DefaultRelativeTolerance)
        where TProcess : IUpscatteringCrossSection
    {
        ArgumentNullException.ThrowIfNull(process);
        Check.Finite(energyGeV);
        var (min, max) = process.Kinematics.Q2Range(energyGeV);
        if (!(max > min)) return 0.0;
        return IntegrateTrusted(new Differential<TProcess>(process, energyGeV), min, max, relativeTolerance);
    }

    /// <summary>∫ f(Q²) dQ² over [<paramref name="q2MinGeV2"/>, <paramref name="q2MaxGeV2"/>] (GeV² times the unit of f).</summary>
    /// <param name="integrand">The integrand.</param>
    /// <param name="q2MinGeV2">Lower limit in GeV²; ≥ 0.</param>
    /// <param name="q2MaxGeV2">Upper limit in GeV²; ≥ <paramref name="q2MinGeV2"/> (equal limits give 0).</param>
    /// <param name="relativeTolerance">Target relative error; in (0, 0.1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Limits not finite, negative or reversed; tolerance out of range.</exception>
    public static double Integrate<TIntegrand>(TIntegrand integrand, double q2MinGeV2, double q2MaxGeV2, double relativeTolerance = DefaultRelativeTolerance)
        where TIntegrand : IQ2Integrand
    {
        ArgumentNullException.ThrowIfNull(integrand);
        Check.NonNegative(q2MinGeV2);
        Check.InRange(q2MaxGeV2, q2MinGeV2, double.MaxValue);
        if (q2MaxGeV2 == q2MinGeV2) return 0.0;
        return IntegrateTrusted(integrand, q2MinGeV2, q2MaxGeV2, relativeTolerance);
    }

    private static double IntegrateTrusted<TIntegrand>(TIntegrand f, double q2Min, double q2Max, double relativeTolerance)
        where TIntegrand : IQ2Integrand
    {
        Check.InRange(relativeTolerance, 1e-15, 0.1);
        double lower = q2Min > 0 ? q2Min : 1e-14 * q2Max;
        double u0 = Math.Log(lower), u1 = Math.Log(q2Max);
        int pieces = Math.Clamp((int)Math.Ceiling((u1 - u0) / 2.3), 1, InitialPieces);

        Span<double> a = stackalloc double[MaxIntervals];
        Span<double> b = stackalloc double[MaxIntervals];
        Span<double> value = stackalloc double[MaxIntervals];
        Span<double> error = stackalloc double[MaxIntervals];
        double h = (u1 - u0) / pieces;
        for (int i = 0; i < pieces; i++)
        {
            a[i] = u0 + i * h;
            b[i] = i == pieces - 1 ? u1 : u0 + (i + 1) * h;
            value[i] = Kronrod15(ref f, a[i], b[i], out error[i]);
        }
        int count = pieces;
        while (true)
        {
            double total = 0, totalError = 0;
            int worst = 0;
            for (int i = 0; i < count; i++)
            {
                total += value[i];
                totalError += error[i];
                if (error[i] > error[worst]) worst = i;
            }
            if (totalError <= relativeTolerance * Math.Abs(total) || totalError == 0 || count >= MaxIntervals)
                return total;
            double left = a[worst], right = b[worst], middle = 0.5 * (left + right);
            b[worst] = middle;
            value[worst] = Kronrod15(ref f, left, middle, out error[worst]);
            a[count] = middle;
            b[count] = right;
            value[count] = Kronrod15(ref f, middle, right, out error[count]);
            count++;
        }
    }

    // 15-point Kronrod nodes (x ≥ 0) and weights, with the embedded 7-point Gauss weights (QUADPACK qk15).
    private static ReadOnlySpan<double> KronrodNodes =>
    [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000,
    ];

    private static ReadOnlySpan<double> KronrodWeights =>
    [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ];

    private static ReadOnlySpan<double> GaussWeights =>
    [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ];

    /// <summary>∫_a^b e^u f(e^u) du by K15, with |K15 − G7| as the error estimate.</summary>
    private static double Kronrod15<TIntegrand>(ref TIntegrand f, double a, double b, out double error)
        where TIntegrand : IQ2Integrand
    {
        double center = 0.5 * (a + b), half = 0.5 * (b - a);
        double fc = G(ref f, center);
        double kronrod = fc * KronrodWeights[7];
        double gauss = fc * GaussWeights[3];
        for (int j = 0; j < 7; j++)
        {
            double dx = half * KronrodNodes[j];
            double sum = G(ref f, center - dx) + G(ref f, center + dx);
            kronrod += KronrodWeights[j] * sum;
            if ((j & 1) == 1) gauss += GaussWeights[j >> 1] * sum;
        }
        error = Math.Abs((kronrod - gauss) * half);
        return kronrod * half;
    }

    private static double G<TIntegrand>(ref TIntegrand f, double u) where TIntegrand : IQ2Integrand
    {
        double q2 = Math.Exp(u);
        return q2 * f.Evaluate(q2);
    }

    /// <summary>Adapts an upscattering process at fixed energy to an <see cref="IQ2Integrand"/>.</summary>
    private readonly struct Differential<TProcess>(TProcess process, double energyGeV) : IQ2Integrand
        where TProcess : IUpscatteringCrossSection
    {
        public double Evaluate(double q2GeV2) => process.DifferentialCm2PerGeV2(energyGeV, q2GeV2);
    }
}
