namespace DarkSector.Sampling.Inference;

/// <summary>The counts a likelihood compares a prediction with.</summary>
public enum DataSet
{
    /// <summary>The analysis's observed counts.</summary>
    Observed,

    /// <summary>The Asimov data set without signal: the expected background (the sensitivity, or expected limit).</summary>
    Asimov,
}
