using System.Text.Json.Serialization;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;
using DarkSector.Reporting.Tables;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Reporting.Reports;

/// <summary>The charge form factor of a nucleus, or the Dirac/Pauli form factors of a free nucleon, at a list of Q
/// (<c>formfactor</c>; JSON keys nucleus, z, a, massGeV, model, rmsRadiusFm, points [{qGeV, q2GeV2, formFactor, pauliF2}]).</summary>
/// <param name="Nucleus">Nucleus name.</param>
/// <param name="Z">Protons.</param>
/// <param name="A">Nucleons.</param>
/// <param name="MassGeV">Mass, GeV.</param>
/// <param name="Model">Form-factor model name (fourier-bessel, fermi, helm, dipole, or nucleon-dipole).</param>
/// <param name="RmsRadiusFm">Rms charge radius of the model, fm (null for a nucleon).</param>
/// <param name="Points">F at each Q.</param>
public sealed record FormFactorReport(string Nucleus, int Z, int A, double MassGeV, string Model, double? RmsRadiusFm, IReadOnlyList<FormFactorReport.Point> Points)
    : ITextReport
{
    /// <summary>One Q point; <c>FormFactor</c> is F(Q) for a nucleus and the Dirac F1 for a nucleon (then <c>PauliF2</c> is set).</summary>
    /// <param name="QGeV">Q, GeV.</param>
    /// <param name="Q2GeV2">Q², GeV².</param>
    /// <param name="FormFactor">F(Q) or F1(Q²).</param>
    /// <param name="PauliF2">F2(Q²) of a nucleon, or null.</param>
    public sealed record Point(double QGeV, double Q2GeV2, double FormFactor, double? PauliF2 = null);

    // the accepted model names (fermi and symmetrized-fermi are the same model)
    private static readonly (string Name, FormFactorModel Model)[] ModelNames =
    [
        ("fourier-bessel", FormFactorModel.FourierBessel), ("fermi", FormFactorModel.SymmetrizedFermi),
        ("symmetrized-fermi", FormFactorModel.SymmetrizedFermi), ("helm", FormFactorModel.Helm), ("dipole", FormFactorModel.Dipole),
    ];

    /// <summary>What the model is, for the text form.</summary>
    [JsonIgnore]
    public string Description { get; init; } = "";

    /// <summary>F at each of <paramref name="qGeV"/> for <paramref name="nucleus"/>: the named model (default Fourier-Bessel
    /// where tabulated, else symmetrized Fermi), or for a free nucleon the dipole Dirac/Pauli form factors.</summary>
    /// <param name="nucleus">Nucleus or nucleon.</param>
    /// <param name="model">Model name (fourier-bessel, fermi, helm, dipole), or null for the default; must be null for a nucleon.</param>
    /// <param name="qGeV">Momentum transfers Q, GeV.</param>
    /// <exception cref="ArgumentException">An unknown model, or a model given for a nucleon.</exception>
    public static FormFactorReport Of(Nucleus nucleus, string? model, IReadOnlyList<double> qGeV)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        ArgumentNullException.ThrowIfNull(qGeV);
        if (nucleus.IsNucleon)
        {
            if (model is not null)
                throw new ArgumentException($"--model {model} applies to nuclei; {nucleus.Name} is a free nucleon, for which the dipole Dirac/Pauli form factors are printed (omit --model)");
            var nucleon = nucleus.Z == 1 ? Nucleon.Proton : Nucleon.Neutron;
            return new(nucleus.Name, nucleus.Z, nucleus.A, nucleus.MassGeV, "nucleon-dipole", null,
                [.. qGeV.Select(q => new Point(q, q * q, NucleonFormFactors.DiracF1(nucleon, q * q), NucleonFormFactors.PauliF2(nucleon, q * q)))])
            { Description = "nucleon Dirac F1 and Pauli F2 from dipole Sachs form factors (M_V^2 = 0.71 GeV^2, Galster G_E^n)" };
        }
        var formFactor = model is null ? NuclearFormFactors.Default(nucleus) : NuclearFormFactors.Create(nucleus,
            ModelNames.FirstOrDefault(m => string.Equals(m.Name, model.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found ? found.Model
                : throw new ArgumentException($"--model: unknown model '{model}'; choose fourier-bessel, fermi, helm or dipole"));
        string description = formFactor.Model switch
        {
            FormFactorModel.FourierBessel => "Fourier-Bessel charge density (De Vries et al. 1987)",
            FormFactorModel.SymmetrizedFermi => "symmetrized Fermi (c = 1.03 A^1/3 fm, a = 0.523 fm)",
            FormFactorModel.Helm => "Helm (Lewin-Smith radii, s = 0.9 fm)",
            _ => "single-pole 1/(1 + Q^2/M_D^2) (comparison only)",
        };
        return new(nucleus.Name, nucleus.Z, nucleus.A, nucleus.MassGeV, ModelNames.First(m => m.Model == formFactor.Model).Name, formFactor.RmsRadiusFm,
            [.. qGeV.Select(q => new Point(q, q * q, formFactor.Evaluate(q * q)))])
        { Description = $"{description}, rms charge radius {F(formFactor.RmsRadiusFm, "F3")} fm" };
    }

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        yield return new ReportLine($"{Nucleus} (Z = {Z}, A = {A}, M = {F(MassGeV, "F6")} GeV): {Description}");
        bool nucleon = Points.Any(p => p.PauliF2 is not null);
        string[] headers = nucleon ? ["Q [GeV]", "Q^2 [GeV^2]", "F1(Q^2)", "F2(Q^2)"] : ["Q [GeV]", "Q^2 [GeV^2]", "F(Q)", "F(Q)^2"];
        yield return Table(headers, Points.Select(p => new[] { F(p.QGeV, "F4"), F(p.Q2GeV2, "F5"), F(p.FormFactor, "0.000000E+00"),
            F(nucleon ? p.PauliF2!.Value : p.FormFactor * p.FormFactor, "0.000000E+00") }), rightAligned: true);
    }
}
