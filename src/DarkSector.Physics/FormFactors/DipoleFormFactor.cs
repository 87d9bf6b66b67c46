namespace DarkSector.Physics.FormFactors;

/// <summary>The simple pole form factor F(Q²) = 1/(1 + Q²/M_D²) of physics.md §3, for comparison only.</summary>
/// <remarks>
/// physics.md §3 names this the "dipole" option (it is a single pole, the Fourier transform of a Yukawa-like
/// density); it falls only like 1/Q² and so overestimates coherent rates at large Q. ⟨r²⟩ = 6/M_D², so
/// <see cref="NuclearFormFactors.Create"/> picks M_D = √6 ħc/r_rms with the nucleus' rms charge radius (from the
/// Fourier-Bessel data where tabulated, else from the symmetrised Fermi default), which makes the slope at Q = 0
/// right. Immutable, thread-safe, allocation-free.
/// </remarks>
public sealed class DipoleFormFactor : INuclearFormFactor
{
    private readonly double _inverseMass2;

    /// <summary>Creates the pole form factor with pole mass <paramref name="poleMassGeV"/>.</summary>
    /// <param name="poleMassGeV">M_D in GeV; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">M_D not positive and finite.</exception>
    public DipoleFormFactor(double poleMassGeV)
    {
        PoleMassGeV = Check.Positive(poleMassGeV);
        _inverseMass2 = 1.0 / (poleMassGeV * poleMassGeV);
        RmsRadiusFm = Math.Sqrt(6.0) * PhysicalConstants.HbarCGeVFm / poleMassGeV;
    }

    /// <summary>The pole form factor with the rms radius <paramref name="rmsRadiusFm"/>: M_D = √6 ħc/r_rms.</summary>
    /// <param name="rmsRadiusFm">r_rms in fm; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Radius not positive and finite.</exception>
    public static DipoleFormFactor ForRmsRadius(double rmsRadiusFm) =>
        new(Math.Sqrt(6.0) * PhysicalConstants.HbarCGeVFm / Check.Positive(rmsRadiusFm));

    /// <summary>Always <see cref="FormFactorModel.Dipole"/>.</summary>
    public FormFactorModel Model => FormFactorModel.Dipole;

    /// <summary>Pole mass M_D in GeV.</summary>
    public double PoleMassGeV { get; }

    /// <inheritdoc />
    public double RmsRadiusFm { get; }

    /// <inheritdoc />
    public double Evaluate(double q2GeV2)
    {
        FormFactorGuard.CheckQ2(q2GeV2);
        return 1.0 / (1.0 + q2GeV2 * _inverseMass2);
    }
}
