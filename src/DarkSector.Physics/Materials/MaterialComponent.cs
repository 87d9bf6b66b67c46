using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Materials;

/// <summary>One nuclear species of a <see cref="Material"/> and its share of the mass.</summary>
/// <remarks>Immutable, thread-safe; validated in the init accessors.</remarks>
public sealed record MaterialComponent
{
    /// <summary>Creates the component.</summary>
    /// <param name="nucleus">The target nucleus.</param>
    /// <param name="massFraction">Fraction of the material's mass, in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">Fraction outside [0, 1] or not finite.</exception>
    public MaterialComponent(Nucleus nucleus, double massFraction)
    {
        Nucleus = nucleus;
        MassFraction = massFraction;
    }

    /// <summary>The target nucleus.</summary>
    public Nucleus Nucleus { get; init => field = value ?? throw new ArgumentNullException(nameof(Nucleus)); }

    /// <summary>Fraction of the material's mass carried by this nucleus (with its electrons), in [0, 1].</summary>
    public double MassFraction { get; init => field = Check.InRange(value, 0, 1, nameof(MassFraction)); }

    /// <summary>Number of these nuclei per gram of material, w·N_A/M in g⁻¹, with M the atomic molar mass (g/mol).</summary>
    public double TargetsPerGram => MassFraction * PhysicalConstants.Avogadro / Nucleus.AtomicMassU;
}
