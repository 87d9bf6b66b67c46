using DarkSector.Physics;

namespace DarkSector.Cli.Commands.Options;

/// <summary><c>--flavor e|mu|tau</c>: the flavour of the incoming neutrino (default mu), as a lepton flavour and a PDG code.</summary>
internal static class FlavorOption
{
    /// <summary>A new option with <paramref name="description"/>.</summary>
    public static Option<string> Create(string description) =>
        new Option<string>("--flavor") { Description = description, DefaultValueFactory = _ => "mu" }.AcceptOnlyFromAmong("e", "mu", "tau");

    /// <summary>The lepton flavour of a value.</summary>
    public static LeptonFlavour Lepton(string flavor) => flavor switch { "e" => LeptonFlavour.Electron, "tau" => LeptonFlavour.Tau, _ => LeptonFlavour.Muon };

    /// <summary>The PDG code of the neutrino of a value.</summary>
    public static int NeutrinoPdg(string flavor) => flavor switch { "e" => 12, "tau" => 16, _ => 14 };
}
