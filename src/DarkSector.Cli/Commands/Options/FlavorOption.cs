using DarkSector.Physics;

namespace DarkSector.Cli.Commands.Options;

/// <summary><c>--flavor e|mu|tau</c>: the flavour of the incoming neutrino (default mu), as a lepton flavour.</summary>
internal static class FlavorOption
{
    /// <summary>A new option with <paramref name="description"/>.</summary>
    public static Option<string> Create(string description) =>
        new Option<string>("--flavor") { Description = description, DefaultValueFactory = _ => "mu" }.AcceptOnlyFromAmong("e", "mu", "tau");

    /// <summary>The lepton flavour of a value.</summary>
    public static LeptonFlavour Lepton(string flavor) => flavor switch { "e" => LeptonFlavour.Electron, "tau" => LeptonFlavour.Tau, _ => LeptonFlavour.Muon };
}
