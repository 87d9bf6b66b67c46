using System.CommandLine;
using System.Text;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;

namespace DarkSector.Cli.Commands.Options;

/// <summary>Help sections listing each family's model options (rate, limit, spectrum-plot) and scan parameters (scan).</summary>
internal static class ModelOptionsHelp
{
    /// <summary>"Model options, dark-photon:", "Model options, dipole:" (and dark-seesaw <paramref name="withCard"/>):
    /// one line per option with its description.</summary>
    public static string ModelOptions(bool withCard = false) => Sections(
        (withCard ? FamilySignal.SummedFamilies : FamilySignal.Families).Select(family =>
        {
            var command = new Command(family);
            _ = family switch { "dipole" => new DipoleOptions().AddTo(command), FamilySignal.DarkSeesawFamily => new DarkSeesawOptions().AddTo(command), _ => (object)new DarkPhotonOptions().AddTo(command) };
            return ($"Model options, {family}:", command.Options.Select(o => (o.Name + (o.Required ? " (required)" : ""), o.Description ?? "")));
        }));

    /// <summary>"Scan parameters (--x, --y, --fix), FAMILY:": each name with its symbol and unit.</summary>
    public static string ScanParameters() => Sections(ModelFamilies.All.Select(family =>
        ($"Scan parameters (--x, --y, --fix), {family.Name}:", family.Names.Select(n => (n, ScanAxisTitles.Title(n))))));

    private static string Sections(IEnumerable<(string Title, IEnumerable<(string Name, string Text)> Rows)> sections)
    {
        var text = new StringBuilder();
        foreach (var (title, rowsSeq) in sections)
        {
            var rows = rowsSeq.ToArray();
            int width = rows.Max(r => r.Name.Length) + 2;
            text.AppendLine(text.Length > 0 ? "\n" + title : title);
            foreach (var (name, description) in rows) text.AppendLine($"  {name.PadRight(width)}{description}");
        }
        return text.ToString().TrimEnd();
    }
}
