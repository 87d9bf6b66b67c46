using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Materials;

/// <summary>A homogeneous material: name, mass density and the mass fractions of its nuclei (physics.md §3).</summary>
/// <remarks>
/// <para>Targets per gram of nucleus i: n_i = w_i N_A / M_i, with w_i its mass fraction and M_i the molar mass of the
/// neutral atom (its AME2020 atomic mass in u, in g/mol), not the mass number A: for Pb208 the two differ by 0.01%,
/// for H1 by 0.8%. Per cm³: ρ n_i.</para>
/// <para>Natural elements are usually approximated by their main isotope (C12 for carbon, Pb208 for lead): the whole
/// element mass is attributed to that isotope and counted with its atomic mass, which is off from the natural
/// element's molar mass by at most ~1% for the common materials (Cu: 62.93 vs 63.55 g/mol, Pb: 207.98 vs 207.2).
/// Give several isotopes with their mass fractions where the mix matters.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Material
{
    /// <summary>Tolerance on Σ w_i = 1.</summary>
    public const double FractionSumTolerance = 1e-6;

    private readonly MaterialComponent[] _components;

    /// <summary>Creates a material from mass fractions.</summary>
    /// <param name="name">Display name; not empty.</param>
    /// <param name="densityGPerCm3">Mass density in g/cm³; &gt; 0.</param>
    /// <param name="components">Nuclei with mass fractions in [0, 1] that sum to 1 within 1e-6; each nucleus once.</param>
    /// <exception cref="ArgumentException">Empty name or no components, a nucleus listed twice, or fractions that do not sum to 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Density not positive, or a fraction outside [0, 1].</exception>
    public Material(string name, double densityGPerCm3, IEnumerable<MaterialComponent> components)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("name must not be empty", nameof(name));
        ArgumentNullException.ThrowIfNull(components);
        Name = name;
        DensityGPerCm3 = Check.Positive(densityGPerCm3);
        _components = components.ToArray();
        if (_components.Length == 0) throw new ArgumentException($"material '{name}' has no components", nameof(components));
        double sum = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in _components)
        {
            ArgumentNullException.ThrowIfNull(component, nameof(components));
            if (!seen.Add(component.Nucleus.Name))
                throw new ArgumentException($"material '{name}': nucleus {component.Nucleus.Name} is listed twice", nameof(components));
            sum += component.MassFraction;
        }
        if (Math.Abs(sum - 1.0) > FractionSumTolerance)
            throw new ArgumentException($"material '{name}': mass fractions sum to {Check.Format(sum)}, must be 1 within {FractionSumTolerance:0e0}", nameof(components));
    }

    /// <summary>Creates a material from mass fractions of named nuclei ("C12", "H1", ...).</summary>
    /// <exception cref="ArgumentException">An unknown nucleus name, or see the main constructor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">See the main constructor.</exception>
    public static Material FromMassFractions(string name, double densityGPerCm3, params IEnumerable<(string Nucleus, double MassFraction)> fractions)
    {
        ArgumentNullException.ThrowIfNull(fractions);
        return new Material(name, densityGPerCm3, fractions.Select(f => new MaterialComponent(Nuclei.Get(f.Nucleus), f.MassFraction)).ToArray());
    }

    /// <summary>
    /// Creates a material from a chemical formula given as atom counts of named nuclei (CH2: ("C12", 1), ("H1", 2));
    /// mass fractions w_i = n_i M_i / Σ_j n_j M_j with atomic molar masses M.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown nucleus, no atoms, or a nucleus listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count negative or not finite, or the density not positive.</exception>
    public static Material FromAtomCounts(string name, double densityGPerCm3, params IEnumerable<(string Nucleus, double Count)> atoms)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        var list = atoms.Select(a => (Nucleus: Nuclei.Get(a.Nucleus), Count: Check.NonNegative(a.Count, $"count of {a.Nucleus}"))).ToArray();
        double total = list.Sum(a => a.Count * a.Nucleus.AtomicMassU);
        if (!(total > 0)) throw new ArgumentException($"material '{name}' has no atoms", nameof(atoms));
        return new Material(name, densityGPerCm3, list.Select(a => new MaterialComponent(a.Nucleus, a.Count * a.Nucleus.AtomicMassU / total)).ToArray());
    }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Mass density in g/cm³.</summary>
    public double DensityGPerCm3 { get; }

    /// <summary>The components in the order given.</summary>
    public IReadOnlyList<MaterialComponent> Components => _components;

    /// <summary>Number of <paramref name="nucleus"/> targets per gram of material, in g⁻¹; 0 if the material has none.</summary>
    public double TargetsPerGram(Nucleus nucleus)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        foreach (var component in _components)
            if (component.Nucleus.Name == nucleus.Name) return component.TargetsPerGram;
        return 0.0;
    }

    /// <summary>Number of <paramref name="nucleus"/> targets per cm³ of material, ρ·n per gram, in cm⁻³.</summary>
    public double TargetsPerCm3(Nucleus nucleus) => DensityGPerCm3 * TargetsPerGram(nucleus);

    /// <summary>The same composition at another density (g/cm³; &gt; 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Density not positive.</exception>
    public Material WithDensity(double densityGPerCm3) => new(Name, densityGPerCm3, _components);

    /// <summary>Returns the name.</summary>
    public override string ToString() => Name;
}
