using DarkSector.Physics.Targets;

namespace DarkSector.Physics.FormFactors;

/// <summary>
/// Chooses and builds nuclear charge form factors: the default policy of physics.md §3 is Fourier-Bessel where the
/// De Vries et al. (1987) coefficients exist, otherwise the symmetrised Fermi distribution.
/// </summary>
/// <remarks>
/// Each call builds a new immutable, thread-safe form factor (a few small arrays); build once per target and reuse
/// it in loops. Free nucleons (A = 1) have no nuclear form factor: use <see cref="NucleonFormFactors"/>.
/// </remarks>
public static class NuclearFormFactors
{
    /// <summary>Fourier-Bessel for a tabulated nucleus, otherwise symmetrised Fermi with the physics.md §3 defaults.</summary>
    /// <exception cref="ArgumentException"><paramref name="nucleus"/> is a free nucleon.</exception>
    public static INuclearFormFactor Default(Nucleus nucleus) =>
        HasFourierBessel(nucleus) ? Create(nucleus, FormFactorModel.FourierBessel) : Create(nucleus, FormFactorModel.SymmetrizedFermi);

    /// <summary>The form factor of <paramref name="nucleus"/> in the parametrisation <paramref name="model"/>.</summary>
    /// <remarks>
    /// Fourier-Bessel: the tabulated coefficients. Symmetrised Fermi: c = 1.03 A^{1/3} fm, a = 0.523 fm. Helm:
    /// Lewin-Smith radii. Dipole: M_D from the rms radius of the default model (see <see cref="DipoleFormFactor"/>).
    /// </remarks>
    /// <exception cref="ArgumentException">A free nucleon; or Fourier-Bessel requested for a nucleus without data
    /// (the message lists the tabulated ones); or an undefined model.</exception>
    public static INuclearFormFactor Create(Nucleus nucleus, FormFactorModel model)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        if (nucleus.IsNucleon)
            throw new ArgumentException($"{nucleus.Name} is a free nucleon, which has no nuclear form factor: use the nucleon form factors (Dirac F1, Pauli F2)", nameof(nucleus));
        switch (model)
        {
            case FormFactorModel.FourierBessel:
                var entry = FourierBesselTable.Find(nucleus.Name)
                    ?? throw new ArgumentException($"no Fourier-Bessel data for {nucleus.Name}; tabulated nuclei: {string.Join(", ", FourierBesselNuclei)}", nameof(nucleus));
                return new FourierBesselFormFactor(entry.RadiusFm, entry.Coefficients);
            case FormFactorModel.SymmetrizedFermi:
                return SymmetrizedFermiFormFactor.ForMassNumber(nucleus.A);
            case FormFactorModel.Helm:
                return HelmFormFactor.ForMassNumber(nucleus.A);
            case FormFactorModel.Dipole:
                return DipoleFormFactor.ForRmsRadius(Default(nucleus).RmsRadiusFm);
            default:
                throw new ArgumentException($"model = {model} is not a defined form-factor model", nameof(model));
        }
    }

    /// <summary>True if Fourier-Bessel coefficients exist for <paramref name="nucleus"/>.</summary>
    public static bool HasFourierBessel(Nucleus nucleus)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        return FourierBesselTable.Find(nucleus.Name) is not null;
    }

    /// <summary>Names of the nuclei with Fourier-Bessel coefficients (canonical names such as "C12"), ordered by A.</summary>
    public static IReadOnlyList<string> FourierBesselNuclei => TabulatedNames.Value;

    private static readonly Lazy<IReadOnlyList<string>> TabulatedNames = new(() =>
        FourierBesselTable.All.Values.OrderBy(e => Nuclei.Get(e.NucleusName).A).ThenBy(e => e.NucleusName, StringComparer.Ordinal)
            .Select(e => e.NucleusName).ToArray());
}
