namespace DarkSector.Sampling.Reweighting;

/// <summary>How <see cref="JointSampleGenerator"/> places the mass points of a joint sample in its box
/// (docs/joint-samples.md, "Sampling that serves the kernel", has the measured comparison).</summary>
public enum MassPlacement
{
    /// <summary>M points drawn independently and uniformly in ln θ over the box, each simulated with the options' VEGAS
    /// settings and <see cref="JointSampleMetadata.EventsPerPoint"/> events (the default).</summary>
    Discrete,

    /// <summary>The continuous joint sampling of the seed paper (PRD 107 (2023) 035027 §III) as far as a per-point detector
    /// simulation allows it: masses drawn from the prior (uniform in ln θ) for every small batch of events — many points,
    /// few events each — with the VEGAS adaptation of each batch scaled to its events
    /// (<see cref="JointSampleGenerator.ContinuousVegas"/>) instead of the full per-point warm-up.</summary>
    Continuous,

    /// <summary>A pilot of the first quarter of the points (at least 4(d + 1)) drawn as <see cref="Discrete"/>; a quadratic
    /// fit of ln Y (the pilot points' signals at the reference couplings) in the box's unit coordinates; the other points
    /// drawn from the density g(u) ∝ 1 + |∇ ln Y(u)|/(2√d) (rejection sampling, g clamped to 10× its minimum), so that
    /// points crowd where the signal changes fastest. The fit's coefficients are stored in the metadata
    /// (<see cref="JointSampleMetadata.PlacementCoefficients"/>), so every point stays known from the recipe.</summary>
    Adaptive,
}
