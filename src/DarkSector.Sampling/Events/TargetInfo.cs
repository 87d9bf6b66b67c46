namespace DarkSector.Sampling.Events;

/// <summary>An upscattering target as recorded in an event sample.</summary>
/// <remarks>Immutable.</remarks>
public sealed record TargetInfo
{
    /// <summary>Creates the target description.</summary>
    /// <param name="name">Target name, e.g. "C12" or "proton"; non-empty, no whitespace or commas.</param>
    /// <param name="pdgCode">PDG code (nuclei 100ZZZAAA0, e.g. 1000060120 for ¹²C; proton 2212).</param>
    /// <param name="massGeV">Mass in GeV; &gt; 0.</param>
    public TargetInfo(string name, int pdgCode, double massGeV)
    {
        if (string.IsNullOrEmpty(name) || name.Any(char.IsWhiteSpace) || name.Contains(','))
            throw new ArgumentException($"target name '{name}' must be non-empty without whitespace or commas", nameof(name));
        Name = name;
        PdgCode = pdgCode;
        MassGeV = Physics.Check.Positive(massGeV);
    }

    /// <summary>Target name.</summary>
    public string Name { get; }

    /// <summary>PDG code.</summary>
    public int PdgCode { get; }

    /// <summary>Mass in GeV.</summary>
    public double MassGeV { get; }
}
