using System.CommandLine;
using System.Globalization;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;
using Spectre.Console;

namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>darksector formfactor --nucleus C12 [--q GeV] [--q-max GeV] [--model fourier-bessel|fermi|helm|dipole] [--json]</c>:
/// the nuclear charge form factor F(Q) at one Q, or as a table from 0 to --q-max. For a free nucleon (H1, n) it
/// prints the Dirac and Pauli form factors instead.
/// </summary>
/// <remarks>JSON keys: nucleus, z, a, massGeV, model, rmsRadiusFm, points [{qGeV, q2GeV2, formFactor, pauliF2}].</remarks>
internal sealed class FormFactorCommand : CliCommand
{
    private const int TableSteps = 20;

    private static readonly (string Name, FormFactorModel Model)[] ModelNames =
    [
        ("fourier-bessel", FormFactorModel.FourierBessel),
        ("fermi", FormFactorModel.SymmetrizedFermi),
        ("symmetrized-fermi", FormFactorModel.SymmetrizedFermi),
        ("helm", FormFactorModel.Helm),
        ("dipole", FormFactorModel.Dipole),
    ];

    private readonly Option<string> _nucleus = new("--nucleus") { Description = "Target nucleus, e.g. C12, Ar40, Pb208, H1 (proton), n (neutron).", Required = true };
    private readonly Option<string?> _q = new("--q") { Description = "Momentum transfer Q = sqrt(Q^2) in GeV (>= 0). Without it: a table from 0 to --q-max." };
    private readonly Option<string> _qMax = new("--q-max") { Description = "Largest Q of the table in GeV (> 0).", DefaultValueFactory = _ => "0.5" };
    private readonly Option<string?> _model = new("--model") { Description = "fourier-bessel, fermi, helm or dipole. Default: Fourier-Bessel where tabulated, else symmetrized Fermi." };

    /// <summary>JSON shape (public contract).</summary>
    internal sealed record Json(string Nucleus, int Z, int A, double MassGeV, string Model, double? RmsRadiusFm, IReadOnlyList<Point> Points);

    /// <summary>One Q point; <c>formFactor</c> is F(Q) for a nucleus and the Dirac F1 for a nucleon (then <c>pauliF2</c> is set).</summary>
    internal sealed record Point(double QGeV, double Q2GeV2, double FormFactor, double? PauliF2 = null);

    public override string Path => "formfactor";

    public override string Description => "Nuclear charge form factor F(Q) (Fourier-Bessel, symmetrized Fermi, Helm, dipole), or nucleon F1/F2 for H1 and n.";

    protected override void Configure(Command command)
    {
        command.Options.Add(_nucleus);
        command.Options.Add(_q);
        command.Options.Add(_qMax);
        command.Options.Add(_model);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var nucleus = Nuclei.Get(parse.GetValue(_nucleus)!);
        string? qText = parse.GetValue(_q);
        double[] qs;
        if (qText is not null)
        {
            double q = Parsing.Double(qText, "--q");
            if (!(q >= 0) || !double.IsFinite(q)) throw new ArgumentOutOfRangeException("--q", $"--q = {qText} GeV must be finite and >= 0");
            qs = [q];
        }
        else
        {
            string qMaxText = parse.GetValue(_qMax)!;
            double qMax = Parsing.Double(qMaxText, "--q-max");
            if (!(qMax > 0) || !double.IsFinite(qMax)) throw new ArgumentOutOfRangeException("--q-max", $"--q-max = {qMaxText} GeV must be finite and > 0");
            qs = Enumerable.Range(0, TableSteps + 1).Select(i => qMax * i / TableSteps).ToArray();
        }

        string? modelText = parse.GetValue(_model);
        return nucleus.IsNucleon ? WriteNucleon(context, nucleus, modelText, qs) : WriteNucleus(context, nucleus, modelText, qs);
    }

    private static int WriteNucleus(CliContext context, Nucleus nucleus, string? modelText, double[] qs)
    {
        INuclearFormFactor formFactor = modelText is null
            ? NuclearFormFactors.Default(nucleus)
            : NuclearFormFactors.Create(nucleus, ParseModel(modelText));
        string model = ModelNames.First(m => m.Model == formFactor.Model).Name;
        var points = qs.Select(q => new Point(q, q * q, formFactor.Evaluate(q * q))).ToArray();
        return Write(context, new Json(nucleus.Name, nucleus.Z, nucleus.A, nucleus.MassGeV, model, formFactor.RmsRadiusFm, points),
            $"{Describe(formFactor.Model)}, rms charge radius {formFactor.RmsRadiusFm:F3} fm");
    }

    private static int WriteNucleon(CliContext context, Nucleus nucleus, string? modelText, double[] qs)
    {
        if (modelText is not null)
            throw new ArgumentException($"--model {modelText} applies to nuclei; {nucleus.Name} is a free nucleon, for which the dipole Dirac/Pauli form factors are printed (omit --model)");
        var nucleon = nucleus.Z == 1 ? Nucleon.Proton : Nucleon.Neutron;
        var points = qs.Select(q => new Point(q, q * q, NucleonFormFactors.DiracF1(nucleon, q * q), NucleonFormFactors.PauliF2(nucleon, q * q))).ToArray();
        return Write(context, new Json(nucleus.Name, nucleus.Z, nucleus.A, nucleus.MassGeV, "nucleon-dipole", null, points),
            "nucleon Dirac F1 and Pauli F2 from dipole Sachs form factors (M_V^2 = 0.71 GeV^2, Galster G_E^n)");
    }

    private static int Write(CliContext context, Json json, string description)
    {
        if (context.Json)
        {
            context.WriteJson(json);
            return ExitCodes.Success;
        }
        var console = context.Console;
        console.MarkupLine($"[bold]{Markup.Escape(json.Nucleus)}[/] (Z = {json.Z}, A = {json.A}, M = {json.MassGeV.ToString("F6", CultureInfo.InvariantCulture)} GeV): {Markup.Escape(description)}");
        bool nucleon = json.Points.Any(p => p.PauliF2 is not null);
        string[] headers = nucleon ? ["Q [GeV]", "Q^2 [GeV^2]", "F1(Q^2)", "F2(Q^2)"] : ["Q [GeV]", "Q^2 [GeV^2]", "F(Q)", "F(Q)^2"];
        var table = new Table().AddColumns(headers.Select(h => new TableColumn(new Text(h)).RightAligned()).ToArray());
        foreach (var p in json.Points)
        {
            string second = nucleon ? Format(p.PauliF2!.Value) : Format(p.FormFactor * p.FormFactor);
            table.AddRow(p.QGeV.ToString("F4", CultureInfo.InvariantCulture), p.Q2GeV2.ToString("F5", CultureInfo.InvariantCulture), Format(p.FormFactor), second);
        }
        console.Write(table);
        return ExitCodes.Success;
    }

    private static FormFactorModel ParseModel(string text) =>
        ModelNames.FirstOrDefault(m => string.Equals(m.Name, text.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
            ? found.Model
            : throw new ArgumentException($"--model: unknown model '{text}'; choose fourier-bessel, fermi, helm or dipole");

    private static string Describe(FormFactorModel model) => model switch
    {
        FormFactorModel.FourierBessel => "Fourier-Bessel charge density (De Vries et al. 1987)",
        FormFactorModel.SymmetrizedFermi => "symmetrized Fermi (c = 1.03 A^1/3 fm, a = 0.523 fm)",
        FormFactorModel.Helm => "Helm (Lewin-Smith radii, s = 0.9 fm)",
        _ => "single-pole 1/(1 + Q^2/M_D^2) (comparison only)",
    };

    private static string Format(double value) => value.ToString("0.000000E+00", CultureInfo.InvariantCulture);
}
