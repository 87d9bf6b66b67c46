namespace DarkSector.Sampling.Simulation;

/// <summary>How <see cref="DetectorSimulation"/> shares its events among its generator runs (beam mode × flavour ×
/// target group) and places them among the volumes of a group.</summary>
public enum EventAllocation
{
    /// <summary>Equal events per run; volumes drawn with their share of the run's nuclei (the plain stratification).</summary>
    Equal,

    /// <summary>The default. A pilot pass (10% more events, discarded) measures each run's and each volume's spread of
    /// the selected weight; the events are shared among the runs in proportion to their estimated standard deviation
    /// (Neyman allocation, 10% spread equally as a floor), the volumes of a group are drawn from a defensive mixture
    /// toward the volumes with the larger second moment (the exact factor π_v/q_v in the weights) and well-measured runs
    /// re-adapt VEGAS to an energy importance. Tail-safe: a run, volume or energy bin where the pilot selected fewer than
    /// 50 events keeps at least its equal share (small runs are therefore equal allocations; docs/precision.md).
    /// Unbiased for any pilot outcome. Used without a lifetime-reweighting observer, or with one when
    /// <see cref="SimulationOptions.AllocateAtRunLifetime"/> says the observer reweights near the run's lifetime (else a
    /// reweighting sample keeps <see cref="Equal"/>, whose runs do not favour one lifetime).</summary>
    ByVariance,
}
