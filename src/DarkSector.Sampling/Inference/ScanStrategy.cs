namespace DarkSector.Sampling.Inference;

/// <summary>How a <see cref="FamilyScan"/> predicts its points.</summary>
public enum ScanStrategy
{
    /// <summary>The family's own predictor (no simulation per point, e.g. the 3+1 oscillation).</summary>
    Direct,

    /// <summary>One simulation per value of the mass axis (or one in all), each point its exact coupling and lifetime reweighting.</summary>
    ExactReweighting,

    /// <summary>A joint sample over the masses, reweighted by the kernel.</summary>
    JointSample,

    /// <summary>One simulation per point.</summary>
    SimulatePerPoint,
}
