namespace DarkSector.Sampling.Experiments;

/// <summary>The data a figure's likelihood compares with.</summary>
public enum FigureData
{
    /// <summary>The analysis's observed counts: an observed limit or preferred region.</summary>
    Observed,

    /// <summary>The expected background (Asimov data without signal, Cowan et al. EPJ C 71 (2011) 1554): a sensitivity.</summary>
    Asimov,
}
