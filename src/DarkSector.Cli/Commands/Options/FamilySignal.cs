using System.CommandLine;
using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Inference;

namespace DarkSector.Cli.Commands.Options;

/// <summary>
/// The model point of a family given as command-line tokens (<c>rate</c>, <c>limit</c>): dark-photon tokens are the
/// options of <see cref="DarkPhotonOptions"/>, dipole tokens those of <see cref="DipoleOptions"/>; the signal the
/// analysis sees is the library's (<see cref="AnalysisSignals"/>).
/// </summary>
internal static class FamilySignal
{
    /// <summary>The families with a command-line model point.</summary>
    public static readonly string[] Families = ["dark-photon", "dipole"];

    /// <summary>The families whose model point may be several signals to sum (<see cref="ParseAll"/>): the above and
    /// dark-seesaw (<c>--card FILE</c>: every produced heavy state of the card).</summary>
    public static readonly string[] SummedFamilies = [.. Families, DarkSeesawFamily];

    /// <summary>The dark-seesaw family name.</summary>
    public const string DarkSeesawFamily = "dark-seesaw";

    /// <summary>As <see cref="Parse"/>, and for dark-seesaw the signal of every heavy state of the card
    /// (<see cref="DarkSeesawSignal.ForCard"/>), to be summed (<see cref="SignalSum"/>).</summary>
    /// <exception cref="ArgumentException">See <see cref="Parse"/>; for dark-seesaw a missing or unreadable card.</exception>
    public static IReadOnlyList<ISignalModel> ParseAll(string family, IReadOnlyList<string> tokens, AnalysisDefinition analysis, string decayTo = "nu")
    {
        if (family != DarkSeesawFamily) return [Parse(family, tokens, analysis, decayTo)];
        var command = new Command(family);
        var seesaw = new DarkSeesawOptions();
        seesaw.AddTo(command);
        var result = command.Parse(tokens);
        if (result.Errors.Count > 0) throw new ArgumentException(result.Errors[0].Message);
        return AnalysisSignals.DarkSeesaw(seesaw.Spectrum(result), analysis);
    }

    /// <summary>Parses <paramref name="tokens"/> as the model options of <paramref name="family"/>.</summary>
    /// <param name="family">dark-photon or dipole.</param>
    /// <param name="tokens">The tokens the calling command did not recognise.</param>
    /// <param name="analysis">The analysis (its topology and observable choose the signal).</param>
    /// <param name="decayTo">dark-photon: "nu" (N → ν e⁺e⁻) or "n4" (N5 → N4 e⁺e⁻, needs --m4).</param>
    /// <exception cref="ArgumentException">An unknown or invalid option (the message names it), or a family that does not
    /// produce the analysis's signal.</exception>
    public static ISignalModel Parse(string family, IReadOnlyList<string> tokens, AnalysisDefinition analysis, string decayTo = "nu")
    {
        var command = new Command(family);
        if (family == "dipole")
        {
            var dipole = new DipoleOptions();
            dipole.AddTo(command);
            StrictNumbers.Apply(command);
            var parameters = dipole.Parse(Checked(command.Parse(tokens)));
            if (parameters.LighterHnl is not null) throw new ArgumentException("the dipole family supports one HNL here; drop --m4");
            return AnalysisSignals.Dipole(parameters, analysis);
        }
        var darkPhoton = new DarkPhotonOptions();
        darkPhoton.AddTo(command);
        StrictNumbers.Apply(command);
        var model = darkPhoton.Parse(Checked(command.Parse(tokens)));
        if (decayTo == "n4" && model.Hnls.Count < 2) throw new ArgumentException("--decay-to n4 needs two HNLs: give --m4 (and --v-45)");
        return AnalysisSignals.DarkPhoton(model, analysis, decayToLighter: decayTo == "n4");

        static ParseResult Checked(ParseResult result) =>
            result.Errors.Count == 0 ? result : throw new ArgumentException(result.Errors[0].Message);
    }
}
