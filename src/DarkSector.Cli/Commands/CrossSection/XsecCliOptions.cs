using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Targets;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary>The options every <c>xsec &lt;family&gt;</c> command shares: <c>--target --enu --flavor --helicity</c>.</summary>
/// <param name="flavorDescription">Help text of <c>--flavor</c> (what the flavour selects in the model).</param>
/// <param name="helicityDescription">Help text of <c>--helicity</c>.</param>
internal sealed class XsecCliOptions(string flavorDescription, string helicityDescription)
{
    private readonly Option<string> _target = new("--target") { Description = "Target nucleus, e.g. C12, O16, Ar40, Pb208, H1 (free proton).", DefaultValueFactory = _ => "C12" };
    private readonly Option<double> _energy = new("--enu") { Description = "Neutrino energy in GeV.", Required = true };
    private readonly Option<string> _flavor = FlavorOption.Create(flavorDescription);
    private readonly Option<string> _helicity = new Option<string>("--helicity") { Description = helicityDescription, DefaultValueFactory = _ => "both" }
        .AcceptOnlyFromAmong("both", "total", "conserving", "flipping");

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { _target, _energy, _flavor, _helicity }) command.Options.Add(option);
    }

    /// <summary>The target, the energy (GeV, &gt; 0), the beam flavour and the helicity counted.</summary>
    public (Nucleus Target, double EnergyGeV, LeptonFlavour Flavor, UpscatteringHelicity Helicity) Parse(ParseResult parse) =>
        (Nuclei.Get(parse.GetValue(_target)!), Check.Positive(parse.GetValue(_energy), "--enu"), FlavorOption.Lepton(parse.GetValue(_flavor)!),
         parse.GetValue(_helicity) switch { "conserving" => UpscatteringHelicity.Conserving, "flipping" => UpscatteringHelicity.Flipping, _ => UpscatteringHelicity.Both });
}
