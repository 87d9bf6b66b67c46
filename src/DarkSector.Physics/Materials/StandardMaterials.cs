namespace DarkSector.Physics.Materials;

/// <summary>
/// Common detector and target materials, each element as its main isotope (see <see cref="Material"/>). Densities
/// from the PDG "Atomic and nuclear properties of materials" tables (pdg.lbl.gov/AtomicNuclearProperties) unless
/// noted.
/// </summary>
/// <remarks>Each property builds a new immutable material; thread-safe.</remarks>
public static class StandardMaterials
{
    /// <summary>Liquid argon (Ar40), 1.396 g/cm³ (PDG, at the boiling point 87.3 K).</summary>
    public static Material LiquidArgon => Material.FromAtomCounts("liquid argon", 1.396, ("Ar40", 1));

    /// <summary>Argon gas (Ar40), 1.662e-3 g/cm³ (PDG, 20 °C and 1 atm).</summary>
    public static Material ArgonGas => Material.FromAtomCounts("argon gas", 1.662e-3, ("Ar40", 1));

    /// <summary>Mineral oil as CH2 (C12, H1), 0.845 g/cm³ (MiniBooNE's Marcol 7: A.A. Aguilar-Arevalo et al., Nucl. Instrum. Meth. A 599, 28 (2009)).</summary>
    public static Material MineralOil => Material.FromAtomCounts("mineral oil (CH2)", 0.845, ("C12", 1), ("H1", 2));

    /// <summary>Polystyrene scintillator C8H8 (C12, H1), 1.060 g/cm³ (PDG).</summary>
    public static Material Polystyrene => Material.FromAtomCounts("polystyrene (CH)", 1.060, ("C12", 8), ("H1", 8));

    /// <summary>Water H2O (H1, O16), 1.000 g/cm³ (PDG).</summary>
    public static Material Water => Material.FromAtomCounts("water", 1.000, ("H1", 2), ("O16", 1));

    /// <summary>Graphite (C12), 2.210 g/cm³ (PDG).</summary>
    public static Material Graphite => Material.FromAtomCounts("graphite", 2.210, ("C12", 1));

    /// <summary>Iron (Fe56), 7.874 g/cm³ (PDG).</summary>
    public static Material Iron => Material.FromAtomCounts("iron", 7.874, ("Fe56", 1));

    /// <summary>Copper (Cu63), 8.960 g/cm³ (PDG).</summary>
    public static Material Copper => Material.FromAtomCounts("copper", 8.960, ("Cu63", 1));

    /// <summary>Lead (Pb208), 11.35 g/cm³ (PDG).</summary>
    public static Material Lead => Material.FromAtomCounts("lead", 11.35, ("Pb208", 1));
}
