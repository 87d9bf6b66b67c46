using DarkSector.Physics;
using DarkSector.Physics.Materials;

namespace DarkSector.Sampling.Weights;

/// <summary>Radiation lengths X₀ of elements and materials, and the photon pair-production length 9/7 X₀.</summary>
/// <remarks>
/// Tsai's formula as given by the PDG (Review of Particle Physics 2024, "Passage of particles through matter",
/// eqs. 34.25–34.27): 1/X₀ = (4 α r_e² N_A / A)·[Z²(L_rad − f(Z)) + Z L'_rad], with 4 α r_e² N_A = (716.408 g cm⁻²)⁻¹
/// (<see cref="PhysicalConstants.RadiationLengthConstantGPerCm2"/>), L_rad = ln(184.15 Z^(−1/3)),
/// L'_rad = ln(1194 Z^(−2/3)) for Z ≥ 5 and Tsai's values for Z ≤ 4 (PDG Table 34.2), and the Coulomb correction
/// f(Z) = a²[(1 + a²)⁻¹ + 0.20206 − 0.0369 a² + 0.0083 a⁴ − 0.002 a⁶], a = αZ. A mixture by mass fractions w_j:
/// 1/X₀ = Σ_j w_j / X₀,j (eq. 34.28). A is the component's molar mass (its nuclide's atomic mass, as the materials
/// use). High-energy photons convert with mean free path 9/7 X₀ (eq. 34.31). Stateless; thread-safe.
/// </remarks>
public static class RadiationLength
{
    // Tsai's L_rad, L'_rad for Z = 1..4 (PDG Table 34.2).
    private static readonly double[] LowZRad = [5.31, 4.79, 4.74, 4.71];
    private static readonly double[] LowZRadPrime = [6.144, 5.621, 5.805, 5.924];

    /// <summary>X₀ of an element of atomic number <paramref name="z"/> and molar mass <paramref name="molarMassGPerMol"/>, g/cm².</summary>
    /// <param name="z">Atomic number; ≥ 1.</param>
    /// <param name="molarMassGPerMol">Molar mass A, g/mol; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double OfElementGPerCm2(int z, double molarMassGPerMol)
    {
        Check.AtLeast(z, 1, nameof(z));
        Check.Positive(molarMassGPerMol, nameof(molarMassGPerMol));
        double lRad, lRadPrime;
        if (z <= 4) (lRad, lRadPrime) = (LowZRad[z - 1], LowZRadPrime[z - 1]);
        else (lRad, lRadPrime) = (Math.Log(184.15 * Math.Pow(z, -1.0 / 3.0)), Math.Log(1194 * Math.Pow(z, -2.0 / 3.0)));
        double a2 = PhysicalConstants.Alpha * z * PhysicalConstants.Alpha * z;
        double f = a2 * (1 / (1 + a2) + 0.20206 - 0.0369 * a2 + 0.0083 * a2 * a2 - 0.002 * a2 * a2 * a2);
        return PhysicalConstants.RadiationLengthConstantGPerCm2 * molarMassGPerMol / (z * z * (lRad - f) + z * lRadPrime);
    }

    /// <summary>X₀ of a material from its composition, g/cm² (1/X₀ = Σ w_j/X₀,j).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="material"/> is null.</exception>
    public static double OfMaterialGPerCm2(Material material)
    {
        ArgumentNullException.ThrowIfNull(material);
        double inverse = 0;
        foreach (var component in material.Components)
            if (component.MassFraction > 0 && component.Nucleus.Z > 0)
                inverse += component.MassFraction / OfElementGPerCm2(component.Nucleus.Z, component.Nucleus.AtomicMassU);
        return 1 / inverse;
    }

    /// <summary>X₀ of a material as a length, X₀/ρ in cm.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="material"/> is null.</exception>
    public static double OfMaterialCm(Material material) => OfMaterialGPerCm2(material) / material.DensityGPerCm3;

    /// <summary>Mean free path of a high-energy photon to pair production, 9/7·X₀/ρ, cm.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="material"/> is null.</exception>
    public static double PairProductionLengthCm(Material material) => 9.0 / 7.0 * OfMaterialCm(material);
}
