using DarkSector.Physics;

namespace DarkSector.Sampling.Simulation;

/// <summary>
/// How <see cref="DetectorSimulation"/> places the production point of N in the production volumes that are not
/// fiducial (rock, dirt, soil, upstream and surrounding detector modules; <see cref="Volumes"/>): uniformly, or by
/// importance sampling along the lines of sight of the fiducial volumes.
/// </summary>
/// <remarks>
/// <para>Importance density (a defensive mixture, Hesterberg, Technometrics 37 (1995) 185; Owen &amp; Zhou, JASA 95
/// (2000) 135), for an N of direction d and decay length λ produced in volume v of owned volume V_v:
/// q(x) = α/V_v + (1 − α)·(1/K) Σ_k h_λk(x) on v. Component h_λ: draw a fiducial volume F with probability
/// V_F/Σ V_F (owned volumes), a point y uniform in F, then the distance s behind y along −d from
/// exp(−s/λ) restricted to the passages of the line through v; x = y − s·d. Its density is
/// h_λ(x) = (1/Σ V_F) Σ_j L_j · exp(−e_j/λ) / Σ_{i: v-passage before j} λ exp(−(e_j − c_i')/λ)·(1 − exp(−(c_i' − c_i)/λ))
/// over the fiducial passages j of the line from x (length L_j ahead of x), with the v-passages [c_i, c_i'] before
/// passage j and e_j the last v-exit before it (the λ → ∞ limit: L_j / Σ v-length before j). A draw whose line has no
/// v behind y yields weight 0 (part of the mixture's mass that produces nothing), so the estimator stays unbiased.
/// The event weight gets the exact factor (1/V_v)/q(x).</para>
/// <para>The components are λ_k = λ·10^k for k = −D…D (D = <see cref="LifetimeSpreadDecades"/>) and, when D &gt; 0,
/// λ = ∞ (uniform along the line of sight, the long-lifetime limit): with D &gt; 0 one sample keeps the stored
/// decay-line crossings precise when reweighted across the lifetime range (<see cref="DetectorSimulation.Run"/>'s
/// observer). The direction of N is not importance-sampled: it comes from the event kinematics, and the best azimuthal
/// sampler would gain at most 3% in variance in the dirt of ND280 and MicroBooNE (measured: docs/precision.md,
/// "Direction sampling").</para>
/// <para>Immutable; validated on initialisation.</para>
/// </remarks>
public sealed record ProductionPointSampling
{
    /// <summary>Uniform production points (α = 1): the plain sampler.</summary>
    public static ProductionPointSampling Uniform { get; } = new() { DefensiveFraction = 1 };

    /// <summary>Line-of-sight importance sampling at the run's lifetime (α = 0.2, D = 0).</summary>
    public static ProductionPointSampling LineOfSight { get; } = new();

    /// <summary>Line-of-sight importance sampling tuned over ±2 decades of lifetime (α = 0.2, D = 2), for samples that
    /// are reweighted in c τ₀.</summary>
    public static ProductionPointSampling LineOfSightForReweighting { get; } = new() { LifetimeSpreadDecades = 2 };

    /// <summary>α, the probability of the uniform component, in (0, 1]; 1 = uniform sampling only.</summary>
    public double DefensiveFraction
    {
        get;
        init => field = value > 0 && value <= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(DefensiveFraction), value, $"DefensiveFraction = {value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} must be in (0, 1]");
    } = 0.2;

    /// <summary>D, the spread of the decay lengths of the line-of-sight components in decades, 0 … 6 (integer).</summary>
    public int LifetimeSpreadDecades { get; init => field = (int)Check.InRange(value, 0, 6, nameof(LifetimeSpreadDecades)); }

    /// <summary>The production volumes that are importance-sampled (null, the default: every dirt volume, i.e. rock and
    /// soil); the others, and fiducial volumes always, are sampled uniformly. Measured on ND280 and MicroBooNE (closing
    /// note of the MC-precision issue, docs/precision.md): the line of sight gains most where most of a volume cannot reach
    /// a fiducial volume (40-360x less variance per event in the rock and soil) and loses up to 1/α in variance in
    /// modules that already see the fiducial volumes from everywhere.</summary>
    public VolumeSelection? Volumes { get; init; }

    /// <summary>True for the plain sampler (α = 1).</summary>
    public bool IsUniform => DefensiveFraction >= 1;
}
