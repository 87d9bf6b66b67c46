namespace DarkSector.Cli.Commands.Options;

/// <summary>The model point of a family given as command-line tokens (<c>rate</c>, <c>limit</c>, <c>spectrum-plot</c>):
/// the options of the library's schema (<see cref="ModelOptionSets"/>); the signal the analysis sees is the library's
/// (<see cref="AnalysisSignals"/>).</summary>
internal static class FamilySignal
{
    /// <summary>The families with a command-line model point.</summary>
    public static readonly string[] Families = ["dark-photon", "dipole"];

    /// <summary>The families whose model point may be several signals to sum (<see cref="ParseAll"/>): the above and
    /// dark-seesaw (<c>--card FILE</c>: every produced heavy state of the card).</summary>
    public static readonly string[] SummedFamilies = [.. Families, DarkSeesawFamily];

    /// <summary>The dark-seesaw family name.</summary>
    public const string DarkSeesawFamily = "dark-seesaw";

    /// <summary>As <see cref="Parse"/>, and for dark-seesaw the signal of every heavy state of the card, to be summed (<see cref="SignalSum"/>).</summary>
    /// <exception cref="ArgumentException">See <see cref="Parse"/>; for dark-seesaw a missing or unreadable card.</exception>
    public static IReadOnlyList<ISignalModel> ParseAll(string family, IReadOnlyList<string> tokens, AnalysisDefinition analysis, string decayTo = "nu")
    {
        if (family != DarkSeesawFamily) return [Parse(family, tokens, analysis, decayTo)];
        var seesaw = new DarkSeesawOptions();
        return AnalysisSignals.DarkSeesaw(seesaw.Spectrum(Checked(c => seesaw.AddTo(c), family, tokens)), analysis);
    }

    /// <summary>Parses <paramref name="tokens"/> as the model options of <paramref name="family"/> (dark-photon or dipole).</summary>
    /// <param name="family">dark-photon or dipole.</param>
    /// <param name="tokens">The tokens the calling command did not recognise.</param>
    /// <param name="analysis">The analysis (its topology and observable choose the signal).</param>
    /// <param name="decayTo">dark-photon: "nu" (N → ν e⁺e⁻) or "n4" (N5 → N4 e⁺e⁻, needs --m4).</param>
    /// <exception cref="ArgumentException">An unknown or invalid option (the message names it), or a family that does not
    /// produce the analysis's signal.</exception>
    public static ISignalModel Parse(string family, IReadOnlyList<string> tokens, AnalysisDefinition analysis, string decayTo = "nu")
    {
        if (family == "dipole")
        {
            var parameters = ParseTokens(new DipoleOptions(), family, tokens);
            if (parameters.LighterHnl is not null) throw new ArgumentException("the dipole family supports one HNL here; drop --m4");
            return AnalysisSignals.Dipole(parameters, analysis);
        }
        var model = ParseTokens(new DarkPhotonOptions(), family, tokens);
        if (decayTo == "n4" && model.Hnls.Count < 2) throw new ArgumentException("--decay-to n4 needs two HNLs: give --m4 (and --v-45)");
        return AnalysisSignals.DarkPhoton(model, analysis, decayToLighter: decayTo == "n4");
    }

    /// <summary>The model of <paramref name="binder"/>'s options parsed from <paramref name="tokens"/> alone.</summary>
    /// <exception cref="ArgumentException">A parse error or a bad value (the message names the option).</exception>
    internal static T ParseTokens<T>(ModelOptionBinder<T> binder, string family, IReadOnlyList<string> tokens) =>
        binder.Parse(Checked(c => binder.AddTo(c), family, tokens));

    private static ParseResult Checked(Action<Command> addTo, string family, IReadOnlyList<string> tokens)
    {
        var command = new Command(family);
        addTo(command);
        StrictNumbers.Apply(command);
        var result = command.Parse(tokens);
        return result.Errors.Count == 0 ? result : throw new ArgumentException(result.Errors[0].Message);
    }
}
