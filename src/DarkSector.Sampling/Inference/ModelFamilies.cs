using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Sampling.Inference;

/// <summary>The built-in model families by name: dark-photon (single and dual, <see cref="DarkPhotonFamily"/>), dipole
/// (<see cref="DipoleFamily"/>), 3p1 (<see cref="ThreePlusOneFamily"/>) and dipole+3p1
/// (<see cref="DipoleOscillationFamily"/>). A user-defined <see cref="ModelFamily"/> needs no registration: pass the
/// instance to <see cref="FamilyScan"/> or <see cref="AnalysisInference.Predict(ModelFamily, IReadOnlyDictionary{string, double})"/>.</summary>
public static class ModelFamilies
{
    /// <summary>The built-in families (the dipole family in its default normalisation, Kamp 2023).</summary>
    public static readonly IReadOnlyList<ModelFamily> All = [new DarkPhotonFamily(), new DipoleFamily(), new ThreePlusOneFamily(), new DipoleOscillationFamily(), new DarkSeesawFamily(null)];

    /// <summary>The built-in family called <paramref name="name"/>.</summary>
    /// <param name="name">Family name.</param>
    /// <exception cref="ArgumentException">Unknown family (the message lists the known ones).</exception>
    public static ModelFamily Get(string name) => All.FirstOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"family '{name}' is not scannable; families: {string.Join(", ", All.Select(f => f.Name))}");

    /// <summary>The built-in family called <paramref name="name"/> with HNLs of <paramref name="nature"/>
    /// (<see cref="ModelFamily.WithNature"/>; a family without an HNL, 3p1, ignores it).</summary>
    /// <param name="name">Family name.</param>
    /// <param name="nature">Dirac or Majorana.</param>
    /// <exception cref="ArgumentException">Unknown family, or a nature the family cannot have (the dark seesaw is Majorana).</exception>
    public static ModelFamily Get(string name, HnlNature nature) => Get(name).WithNature(nature);

    /// <summary>The built-in family called <paramref name="name"/>, the dipole family in <paramref name="dipole"/> normalisation.</summary>
    /// <param name="name">Family name.</param>
    /// <param name="dipole">Normalisation of σ and Γ of the dipole family, or null for its default.</param>
    /// <param name="option">The option that chose the normalisation (for the error when the family has no dipole).</param>
    /// <exception cref="ArgumentException">Unknown family, or a normalisation given for a family without a dipole.</exception>
    public static ModelFamily Get(string name, DipoleNormalisation? dipole, string option = "--dipole-convention")
    {
        var family = Get(name);
        if (family is DipoleFamily) return dipole is { } n ? new DipoleFamily(n) : family;
        if (dipole is not null) throw new ArgumentException($"{option}: only for the dipole family, not {name}");
        return family;
    }
}
