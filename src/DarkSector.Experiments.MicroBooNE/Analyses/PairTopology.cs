namespace DarkSector.Experiments.MicroBooNE.Analyses;

/// <summary>The three reconstructed topologies of MicroBooNE's e⁺e⁻ search; the value is the analysis bin index.</summary>
public enum PairTopology
{
    /// <summary>One shower: the pair is too collimated to resolve, or the softer lepton is not reconstructed.</summary>
    OneShower = 0,

    /// <summary>Shower + track: the softer lepton is reconstructed as a short track-like object.</summary>
    ShowerTrack = 1,

    /// <summary>Two separated showers.</summary>
    TwoShowers = 2,
}
