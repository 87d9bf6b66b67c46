using System.CommandLine;
using DarkSector.Physics;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary>The options every <c>xsec &lt;family&gt;</c> command shares: <c>--enu</c> and the beam <c>--flavor</c>.</summary>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command).</remarks>
internal sealed class XsecCliOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="flavorDescription">Help text of <c>--flavor</c> (what the flavour selects in the model).</param>
    public XsecCliOptions(string flavorDescription)
    {
        Flavor = new Option<string>("--flavor")
        {
            Description = flavorDescription,
            DefaultValueFactory = _ => "mu",
        }.AcceptOnlyFromAmong("e", "mu", "tau");
    }

    /// <summary>Neutrino energy, GeV (required).</summary>
    public Option<double> Energy { get; } = new("--enu") { Description = "Neutrino energy in GeV.", Required = true };

    /// <summary>Flavour of the incoming neutrino: e, mu (default) or tau; each command maps it to its model's flavour.</summary>
    public Option<string> Flavor { get; }

    /// <summary>Adds <c>--enu</c> then <c>--flavor</c> to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Energy);
        command.Options.Add(Flavor);
    }

    /// <summary>The neutrino energy, GeV.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><c>--enu</c> is not positive.</exception>
    public double EnergyGeV(ParseResult parse) => Check.Positive(parse.GetValue(Energy), "--enu");
}
