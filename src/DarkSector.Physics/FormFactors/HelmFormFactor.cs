using System.Runtime.CompilerServices;

namespace DarkSector.Physics.FormFactors;

/// <summary>Helm form factor: a uniform sphere of radius R folded with a Gaussian of width s.</summary>
/// <remarks>
/// <para>F(Q) = 3 j1(QR)/(QR) · exp(−Q²s²/2) (physics.md §3; R.H. Helm, Phys. Rev. 104, 1466 (1956)). Default
/// radii for mass number A (J.D. Lewin and P.F. Smith, Astropart. Phys. 6, 87 (1996), eq. 4.11):
/// R² = c² + (7/3)π²a² − 5s² with c = 1.23 A^{1/3} − 0.60 fm, a = 0.52 fm, s = 0.9 fm.</para>
/// <para>3 j1(x)/x = 3(sin x − x cos x)/x³, replaced by its Taylor series 1 − x²/10 + x⁴/280 − x⁶/15120 for x² &lt; 1e-2.
/// ⟨r²⟩ = (3/5)R² + 3s².</para>
/// <para>Immutable, thread-safe; evaluation is allocation-free.</para>
/// </remarks>
public sealed class HelmFormFactor : INuclearFormFactor
{
    /// <summary>Default Gaussian width (skin thickness) s = 0.9 fm (physics.md §3).</summary>
    public const double DefaultSkinFm = 0.9;

    private readonly double _r;       // R/ħc in GeV⁻¹
    private readonly double _s2Half;  // s²/2 in GeV⁻²

    /// <summary>Creates the Helm form factor.</summary>
    /// <param name="radiusFm">Sphere radius R in fm; &gt; 0.</param>
    /// <param name="skinFm">Gaussian width s in fm; ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">R not positive or s negative (or not finite).</exception>
    public HelmFormFactor(double radiusFm, double skinFm)
    {
        RadiusFm = Check.Positive(radiusFm);
        SkinFm = Check.NonNegative(skinFm);
        double hc = PhysicalConstants.HbarCGeVFm;
        _r = radiusFm / hc;
        _s2Half = 0.5 * (skinFm / hc) * (skinFm / hc);
        RmsRadiusFm = Math.Sqrt(0.6 * radiusFm * radiusFm + 3.0 * skinFm * skinFm);
    }

    /// <summary>The Lewin-Smith radii for mass number <paramref name="massNumber"/> (see remarks).</summary>
    /// <param name="massNumber">A ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A &lt; 1.</exception>
    public static HelmFormFactor ForMassNumber(int massNumber)
    {
        Check.AtLeast(massNumber, 1);
        const double a = 0.52, s = DefaultSkinFm;
        double c = 1.23 * Math.Cbrt(massNumber) - 0.60;
        double r2 = c * c + 7.0 / 3.0 * Math.PI * Math.PI * a * a - 5.0 * s * s;
        return new HelmFormFactor(Math.Sqrt(r2), s);
    }

    /// <summary>Always <see cref="FormFactorModel.Helm"/>.</summary>
    public FormFactorModel Model => FormFactorModel.Helm;

    /// <summary>Sphere radius R in fm.</summary>
    public double RadiusFm { get; }

    /// <summary>Gaussian width s in fm.</summary>
    public double SkinFm { get; }

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
        double x2 = q2 * _r * _r;
        double sphere;
        if (x2 < 1e-2)
        {
            sphere = 1.0 - x2 * (1.0 / 10.0 - x2 * (1.0 / 280.0 - x2 / 15120.0));
        }
        else
        {
            double x = Math.Sqrt(x2);
            (double sin, double cos) = Math.SinCos(x);
            sphere = 3.0 * (sin - x * cos) / (x2 * x);
        }
        return sphere * Math.Exp(-q2 * _s2Half);
    }
}
