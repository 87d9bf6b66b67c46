namespace DarkSector.Sampling.Vegas;

/// <summary>
/// The inverse-variance weighted average of the production iterations of a VEGAS run, with its error and the χ² of
/// the iterations about it.
/// </summary>
/// <remarks>
/// Ī = Σ I_k/σ_k² / Σ 1/σ_k², σ_Ī = (Σ 1/σ_k²)^{−1/2}, χ² = Σ (I_k − Ī)²/σ_k² with K − 1 degrees of freedom
/// (Lepage 1978 eqs. 5–6). χ²/dof ≫ 1 signals an unreliable estimate (iterations disagree beyond their errors).
/// </remarks>
public sealed record VegasResult
{
    /// <summary>Weighted average of the production iterations.</summary>
    public required double Integral { get; init; }

    /// <summary>Standard error of <see cref="Integral"/>.</summary>
    public required double Error { get; init; }

    /// <summary>χ² of the production iterations about <see cref="Integral"/>.</summary>
    public required double Chi2 { get; init; }

    /// <summary>Degrees of freedom of <see cref="Chi2"/>: production iterations − 1.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>χ²/dof; 0 when there is a single production iteration.</summary>
    public double Chi2PerDof => DegreesOfFreedom > 0 ? Chi2 / DegreesOfFreedom : 0.0;

    /// <summary>Q = P(χ²_dof ≥ χ²): the probability that a larger χ² arises by chance; 1 for one iteration.</summary>
    public double Q => DegreesOfFreedom > 0 ? 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(DegreesOfFreedom, Chi2) : 1.0;

    /// <summary>Every iteration, warm-up first.</summary>
    public required IReadOnlyList<VegasIteration> Iterations { get; init; }

    /// <summary>Total integrand evaluations of the run (warm-up included).</summary>
    public long Evaluations => Iterations.Sum(i => i.Evaluations);

    /// <summary>Combines iterations into a result (production iterations only enter the average).</summary>
    internal static VegasResult Combine(IReadOnlyList<VegasIteration> iterations)
    {
        double sumW = 0, sumWI = 0;
        foreach (var it in iterations)
        {
            if (it.IsWarmup) continue;
            double w = 1 / Math.Max(it.Error * it.Error, double.Epsilon);
            sumW += w;
            sumWI += w * it.Integral;
        }
        double mean = sumWI / sumW, chi2 = 0;
        int count = 0;
        foreach (var it in iterations)
        {
            if (it.IsWarmup) continue;
            double r = it.Integral - mean;
            chi2 += r * r / Math.Max(it.Error * it.Error, double.Epsilon);
            count++;
        }
        return new VegasResult { Integral = mean, Error = Math.Sqrt(1 / sumW), Chi2 = chi2, DegreesOfFreedom = count - 1, Iterations = iterations };
    }
}
