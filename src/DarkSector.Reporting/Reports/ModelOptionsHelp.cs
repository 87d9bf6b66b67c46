using System.Text;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Reports;

/// <summary>Help sections listing each family's model options (from the library's schema, <see cref="ModelOptionSets"/>)
/// and scan parameters (<see cref="ModelFamilies.All"/>), one aligned line per option: the text <c>darksector rate --help</c>,
/// <c>limit --help</c>, <c>spectrum-plot --help</c> and <c>scan --help</c> append.</summary>
public static class ModelOptionsHelp
{
    /// <summary>"Model options, dark-photon:", "Model options, dipole:" and, when <paramref name="card"/> is given, "Model
    /// options, dark-seesaw:" with its one required <c>--card</c> option: each option ("--" + its name, "(required)" when it
    /// is) with its description.</summary>
    /// <param name="card">The description of the dark-seesaw family's --card option, or null to leave the family out.</param>
    public static string ModelOptions(string? card = null)
    {
        var families = new[] { ModelOptionSets.DarkPhoton.Family, ModelOptionSets.Dipole.Family }.Zip([ModelOptionSets.DarkPhoton.Options, ModelOptionSets.Dipole.Options],
            (family, options) => (family, options.Select(o => ("--" + o.Name + (o.Required ? " (required)" : ""), o.Description))));
        if (card is not null) families = [.. families, ("dark-seesaw", [("--card (required)", card)])];
        return Sections(families.Select(f => ($"Model options, {f.family}:", f.Item2)));
    }

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
