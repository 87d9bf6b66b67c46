namespace DarkSector.Physics.FormFactors;

/// <summary>
/// An elastic charge form factor F(Q²) of a nucleus, normalised to F(0) = 1 (physics.md §3). Coherent cross
/// sections carry Z²·F(Q²)².
/// </summary>
/// <remarks>
/// Implementations are immutable and thread-safe, precompute everything that does not depend on Q², and evaluate
/// without allocating. Q² = −t ≥ 0 is the squared four-momentum transfer; for elastic scattering on a heavy nucleus
/// it equals |q|² to O(Q²/M²), which is how the (three-dimensional Fourier transform) models use it.
/// </remarks>
public interface INuclearFormFactor
{
    /// <summary>Which parametrisation this is.</summary>
    FormFactorModel Model { get; }

    /// <summary>Root-mean-square charge radius ⟨r²⟩^{1/2} implied by the model, in fm (F ≈ 1 − Q²⟨r²⟩/6 at small Q).</summary>
    double RmsRadiusFm { get; }

    /// <summary>F(Q²), dimensionless; 1 at Q² = 0. May be negative beyond a diffraction zero.</summary>
    /// <param name="q2GeV2">Q² in GeV²; finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Q² negative or not finite.</exception>
    double Evaluate(double q2GeV2);

    /// <summary>Evaluates F at each Q² of <paramref name="q2GeV2"/> into <paramref name="values"/> (same length; caller owns both).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A Q² is negative or not finite.</exception>
    void Evaluate(ReadOnlySpan<double> q2GeV2, Span<double> values)
    {
        if (q2GeV2.Length != values.Length)
            throw new ArgumentException($"values has length {values.Length}, but q2GeV2 has length {q2GeV2.Length}", nameof(values));
        for (int i = 0; i < q2GeV2.Length; i++) values[i] = Evaluate(q2GeV2[i]);
    }
}
