using System.CommandLine;
using System.Text;
using DarkSector.Reporting.Scans;
using DarkSector.Sampling.Inference;

namespace DarkSector.Cli.Commands.Options;

/// <summary>Help sections listing each family's model options (for commands that parse them after the family argument:
/// rate, limit, spectrum-plot) and each family's scan parameters (scan), appended to their --help.</summary>
internal static class ModelOptionsHelp
{
    /// <summary>"Model options, dark-photon:" and "Model options, dipole:", one line per option with its description.</summary>
    /// <param name="withCard">Also the dark-seesaw card option (commands that sum a card's states: rate, spectrum-plot).</param>
    public static string ModelOptions(bool withCard = false)
    {
        var text = new StringBuilder();
        foreach (string family in withCard ? FamilySignal.SummedFamilies : FamilySignal.Families)
        {
            var command = new Command(family);
            if (family == "dipole") new DipoleOptions().AddTo(command);
            else if (family == FamilySignal.DarkSeesawFamily) new DarkSeesawOptions().AddTo(command);
            else new DarkPhotonOptions().AddTo(command);
            if (text.Length > 0) text.AppendLine();
            text.AppendLine($"Model options, {family}:");
            var rows = command.Options.Select(o => (Name: o.Name + (o.Required ? " (required)" : ""), o.Description)).ToArray();
            int width = rows.Max(r => r.Name.Length) + 2;
            foreach (var (name, description) in rows) text.AppendLine($"  {name.PadRight(width)}{description}");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>"Scan parameters, dark-photon:" and "..., dipole:": each name with its symbol and unit.</summary>
    public static string ScanParameters()
    {
        var text = new StringBuilder();
        foreach (var family in ModelFamilies.All)
        {
            if (text.Length > 0) text.AppendLine();
            text.AppendLine($"Scan parameters (--x, --y, --fix), {family.Name}:");
            int width = family.Names.Max(n => n.Length) + 2;
            foreach (string name in family.Names) text.AppendLine($"  {name.PadRight(width)}{ScanAxisTitles.Title(name)}");
        }
        return text.ToString().TrimEnd();
    }
}
