namespace DarkSector.Sampling.Validation;

/// <summary>Verdict of a row.</summary>
public enum ValidationVerdict
{
    /// <summary>Within the tolerance.</summary>
    Agrees,

    /// <summary>Differs by a documented, quantified amount.</summary>
    Explained,

    /// <summary>Differs without explanation.</summary>
    Differs,
}
