namespace DarkSector.Sampling.Reweighting;

/// <summary>What a kernel prediction at one parameter point rests on: the expected signal summed over bins, its Monte
/// Carlo error, the effective number of events and the number of distinct mass points inside the kernel, and whether
/// the point is flagged as too thinly covered to be trusted.</summary>
/// <param name="Signal">Expected signal events summed over the analysis bins, Σ_b μ_b; ≥ 0.</param>
/// <param name="SignalMcError">Its Monte Carlo error √(Σ_b Σ_i ω_i²) over the kernel-weighted events ω_i (each event's
/// weight in the estimate: kernel or local-linear weight × exact coupling and lifetime factor), events.</param>
/// <param name="EffectiveSampleSize">Kish's effective number of events, (Σ ω_i)²/Σ ω_i² = (signal/error)²; 0 when no
/// event contributes.</param>
/// <param name="DistinctMassPoints">Distinct mass points of the sample's design with a non-zero kernel weight at the
/// query (points that selected no event count: they say the signal is small there).</param>
/// <param name="Flagged">True when <paramref name="DistinctMassPoints"/> is below <see cref="MinimumMassPoints"/> for the
/// sample's dimension, or the local-linear design at the point is singular (the estimate then falls back to the local
/// mean, <see cref="KernelRegression.LocalConstant"/>): the prediction is then not to be trusted, whatever its value.</param>
public sealed record KernelPrediction(double Signal, double SignalMcError, double EffectiveSampleSize, int DistinctMassPoints, bool Flagged)
{
    /// <summary>The fewest distinct mass points inside the kernel for an unflagged prediction in d mass dimensions:
    /// 2(d + 1), twice the parameters of the local-linear fit (level and d slopes), so that the fit keeps as many residual
    /// degrees of freedom as it has parameters.</summary>
    /// <param name="dimension">Number of kernel axes d; 1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> outside [1, 4].</exception>
    public static int MinimumMassPoints(int dimension) => dimension is >= 1 and <= 4 ? 2 * (dimension + 1)
        : throw new ArgumentOutOfRangeException(nameof(dimension), dimension, $"dimension = {dimension} is outside [1, 4]");
}
