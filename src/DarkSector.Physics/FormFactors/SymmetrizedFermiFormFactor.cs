using System.Runtime.CompilerServices;

namespace DarkSector.Physics.FormFactors;

/// <summary>
/// Charge form factor of the symmetrised Fermi distribution
/// ρ(r) ∝ sinh(c/a) / (cosh(r/a) + cosh(c/a)), with half-density radius c and diffuseness a.
/// </summary>
/// <remarks>
/// <para>Closed form (D.W.L. Sprung and J. Martorell, J. Phys. A 30, 6525 (1997)), with y = πaQ and u = cQ:
/// F(Q) = 3/(u(u² + y²)) · (y/sinh y) · [(y/tanh y) sin u − u cos u]; as DarkNews uses it. The default
/// parameters (physics.md §3) are c = 1.03 A^{1/3} fm, a = 0.523 fm.</para>
/// <para>For Q²(c² + π²a²) &lt; 1e-3 the moment expansion F = 1 − Q²⟨r²⟩/6 + Q⁴⟨r⁴⟩/120 is used instead (the closed
/// form cancels there), with ⟨r²⟩ = (3/5)c² + (7/5)π²a² and ⟨r⁴⟩ = (3/7)c⁴ + (18/7)π²a²c² + (31/7)π⁴a⁴; the two agree
/// to ~1e-12 at the switch.</para>
/// <para>Immutable, thread-safe; evaluation is allocation-free (one √, one exp, one sin-cos).</para>
/// </remarks>
public sealed class SymmetrizedFermiFormFactor : INuclearFormFactor
{
    /// <summary>Default diffuseness a = 0.523 fm (physics.md §3).</summary>
    public const double DefaultDiffusenessFm = 0.523;

    /// <summary>Default half-density radius coefficient: c = 1.03 A^{1/3} fm (physics.md §3).</summary>
    public const double DefaultRadiusCoefficientFm = 1.03;

    private const double SeriesThreshold = 1e-3;

    private readonly double _c;       // c/ħc in GeV⁻¹
    private readonly double _piA;     // πa/ħc in GeV⁻¹
    private readonly double _scale2;  // (c² + π²a²)/(ħc)² in GeV⁻²
    private readonly double _r2Over6; // ⟨r²⟩/6 in GeV⁻²
    private readonly double _r4Over120; // ⟨r⁴⟩/120 in GeV⁻⁴

    /// <summary>Creates the form factor of a symmetrised Fermi distribution.</summary>
    /// <param name="halfDensityRadiusFm">c in fm; &gt; 0.</param>
    /// <param name="diffusenessFm">a in fm; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive and finite.</exception>
    public SymmetrizedFermiFormFactor(double halfDensityRadiusFm, double diffusenessFm)
    {
        HalfDensityRadiusFm = Check.Positive(halfDensityRadiusFm);
        DiffusenessFm = Check.Positive(diffusenessFm);
        double hc = PhysicalConstants.HbarCGeVFm;
        _c = halfDensityRadiusFm / hc;
        _piA = Math.PI * diffusenessFm / hc;
        _scale2 = _c * _c + _piA * _piA;
        double c2 = _c * _c, p2 = _piA * _piA;
        double r2 = 0.6 * c2 + 1.4 * p2;
        double r4 = (3.0 * c2 * c2 + 18.0 * p2 * c2 + 31.0 * p2 * p2) / 7.0;
        _r2Over6 = r2 / 6.0;
        _r4Over120 = r4 / 120.0;
        RmsRadiusFm = Math.Sqrt(r2) * hc;
    }

    /// <summary>The default of physics.md §3 for mass number <paramref name="massNumber"/>: c = 1.03 A^{1/3} fm, a = 0.523 fm.</summary>
    /// <param name="massNumber">A ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A &lt; 1.</exception>
    public static SymmetrizedFermiFormFactor ForMassNumber(int massNumber)
    {
        Check.AtLeast(massNumber, 1);
        return new SymmetrizedFermiFormFactor(DefaultRadiusCoefficientFm * Math.Cbrt(massNumber), DefaultDiffusenessFm);
    }

    /// <summary>Always <see cref="FormFactorModel.SymmetrizedFermi"/>.</summary>
    public FormFactorModel Model => FormFactorModel.SymmetrizedFermi;

    /// <summary>Half-density radius c in fm.</summary>
    public double HalfDensityRadiusFm { get; }

    /// <summary>Diffuseness a in fm.</summary>
    public double DiffusenessFm { get; }

    /// <inheritdoc />
    public double RmsRadiusFm { get; }

    /// <inheritdoc />
    public double Evaluate(double q2GeV2)
    {
        FormFactorGuard.CheckQ2(q2GeV2);
        return EvaluateUnchecked(q2GeV2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double EvaluateUnchecked(double q2)
    {
        if (q2 * _scale2 < SeriesThreshold)
            return 1.0 - q2 * (_r2Over6 - q2 * _r4Over120);
        double q = Math.Sqrt(q2);
        double y = _piA * q, u = _c * q;
        // sinh y = (1 − e²)/(2e), cosh y = (1 + e²)/(2e) with e = exp(−y): one exp, no overflow for large y.
        double e = Math.Exp(-y);
        double e2 = e * e;
        double oneMinus = 1.0 - e2;
        double ySinh = 2.0 * y * e / oneMinus;             // y/sinh y
        double yCoth = y * (1.0 + e2) / oneMinus;          // y/tanh y
        (double sin, double cos) = Math.SinCos(u);
        return 3.0 * ySinh * (yCoth * sin - u * cos) / (u * q2 * _scale2);
    }
}
