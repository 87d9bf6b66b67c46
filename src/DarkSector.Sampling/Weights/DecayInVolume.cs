using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Weights;

/// <summary>The lifetime weight: the probability that a particle produced at a point decays inside given volumes,
/// and the decay point drawn from the truncated exponential.</summary>
/// <remarks>
/// With decay length λ = βγ·cτ₀ and the particle's line entering and leaving volume j at distances a_j &lt; b_j from
/// the production point, P = Σ_j [exp(−a_j/λ) − exp(−b_j/λ)] (method.md, "Weights": w_τ). This includes the
/// survival exp(−a_j/λ) from production to the entry. Parts of segments behind the production point (t &lt; 0) are
/// dropped, so a particle produced inside a volume starts there at a = 0. Each term is evaluated as
/// exp(−a/λ)·(−expm1(−(b − a)/λ)), which is exact to rounding for λ → ∞ (→ (b − a)/λ) and underflows to 0 for
/// λ → 0. Stateless and thread-safe; allocation-free.
/// </remarks>
internal static class DecayInVolume
{
    /// <summary>The probability to decay inside the union of <paramref name="segments"/>, in [0, 1].</summary>
    /// <param name="segments">Disjoint passages through the decay volumes, distances in cm from the production
    /// point along the direction of flight (from a ray query whose origin is the production point).</param>
    /// <param name="decayLengthCm">λ = βγ·cτ₀, cm; &gt; 0, +∞ allowed (a stable particle: probability 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decayLengthCm"/> is NaN or not positive.</exception>
    public static double Probability(ReadOnlySpan<RaySegment> segments, double decayLengthCm)
    {
        CheckDecayLength(decayLengthCm);
        double total = 0;
        foreach (var s in segments) total += SegmentProbability(s.Entry, s.Exit, decayLengthCm);
        return Math.Min(total, 1.0);
    }

    /// <summary>Draws the decay distance from exp(−t/λ)/λ restricted to the segments (the truncated exponential).</summary>
    /// <remarks>One uniform number picks segment j with probability P_j/P and then inverts the segment's CDF:
    /// t = a − λ·log1p(f·expm1(−(b − a)/λ)) with f the remaining fraction in [0, 1) (uniform in the limit λ → ∞).
    /// The density of the result is <see cref="DecayDensityPerCm"/>(t, λ)/P.</remarks>
    /// <param name="segments">As for <see cref="Probability(ReadOnlySpan{RaySegment}, double)"/>.</param>
    /// <param name="decayLengthCm">λ, cm; &gt; 0, +∞ allowed.</param>
    /// <param name="u">Uniform in [0, 1).</param>
    /// <param name="distanceCm">The decay distance from the production point, cm, inside a segment.</param>
    /// <returns>False if the decay probability is zero (nothing to sample); <paramref name="distanceCm"/> is then NaN.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decayLengthCm"/> is NaN or not positive, or <paramref name="u"/> outside [0, 1].</exception>
    public static bool TrySampleDistance(ReadOnlySpan<RaySegment> segments, double decayLengthCm, double u, out double distanceCm)
    {
        CheckDecayLength(decayLengthCm);
        DarkSector.Physics.Check.InRange(u, 0, 1, nameof(u));
        double total = 0;
        foreach (var s in segments) total += SegmentProbability(s.Entry, s.Exit, decayLengthCm);
        distanceCm = double.NaN;
        if (!(total > 0)) return false;
        double r = u * total, cumulative = 0;
        int last = -1;
        for (int j = 0; j < segments.Length; j++)
        {
            double pj = SegmentProbability(segments[j].Entry, segments[j].Exit, decayLengthCm);
            if (!(pj > 0)) continue;
            last = j;
            if (r < cumulative + pj || j == segments.Length - 1)
            {
                distanceCm = SampleInSegment(segments[j], decayLengthCm, Math.Clamp((r - cumulative) / pj, 0, 1));
                return true;
            }
            cumulative += pj;
        }
        distanceCm = SampleInSegment(segments[last], decayLengthCm, 1.0);   // rounding left r just above the sum
        return true;
    }

    /// <summary>The probability that a particle produced at the ray's origin, flying along its direction, decays inside
    /// a volume of <paramref name="detector"/> whose role intersects <paramref name="accepted"/>, in [0, 1].</summary>
    /// <param name="detector">The detector.</param>
    /// <param name="flight">Production point and direction of flight.</param>
    /// <param name="decayLengthCm">λ = βγ·cτ₀, cm; &gt; 0, +∞ allowed.</param>
    /// <param name="accepted">Roles that count (default fiducial).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decayLengthCm"/> is NaN or not positive.</exception>
    public static double Probability(Detector detector, in Ray flight, double decayLengthCm, VolumeRole accepted = VolumeRole.Fiducial)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Span<RaySegment> segments = detector.MaxSegments <= 256 ? stackalloc RaySegment[detector.MaxSegments] : new RaySegment[detector.MaxSegments];
        return Probability(segments[..Accepted(detector, flight, accepted, segments)], decayLengthCm);
    }

    /// <summary>Draws the decay distance inside the accepted volumes of <paramref name="detector"/> (see
    /// <see cref="TrySampleDistance(ReadOnlySpan{RaySegment}, double, double, out double)"/>).</summary>
    /// <returns>False if the decay probability is zero.</returns>
    public static bool TrySampleDistance(Detector detector, in Ray flight, double decayLengthCm, double u, out double distanceCm, VolumeRole accepted = VolumeRole.Fiducial)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Span<RaySegment> segments = detector.MaxSegments <= 256 ? stackalloc RaySegment[detector.MaxSegments] : new RaySegment[detector.MaxSegments];
        return TrySampleDistance(segments[..Accepted(detector, flight, accepted, segments)], decayLengthCm, u, out distanceCm);
    }

    private static int Accepted(Detector detector, in Ray flight, VolumeRole accepted, Span<RaySegment> output)
    {
        Span<VolumeSegment> all = detector.MaxSegments <= 256 ? stackalloc VolumeSegment[detector.MaxSegments] : new VolumeSegment[detector.MaxSegments];
        return Accepted(detector, all[..detector.Trace(flight, all)], accepted, output);
    }

    /// <summary>Writes the segments of a trace (<paramref name="traced"/>) that lie in volumes with a role in
    /// <paramref name="accepted"/> and reach ahead of the line's origin (exit &gt; 0) into <paramref name="output"/>
    /// (length ≥ <paramref name="traced"/>'s); returns their number. For callers that use one trace several times.</summary>
    internal static int Accepted(Detector detector, ReadOnlySpan<VolumeSegment> traced, VolumeRole accepted, Span<RaySegment> output)
    {
        int count = 0;
        foreach (var s in traced)
            if ((detector.Volumes[s.Volume].Role & accepted) != 0 && s.Exit > 0)
                output[count++] = new RaySegment(s.Entry, s.Exit);
        return count;
    }

    /// <summary>The unnormalised decay density exp(−t/λ)/λ at distance t, per cm.</summary>
    /// <param name="distanceCm">t ≥ 0, cm.</param>
    /// <param name="decayLengthCm">λ, cm; &gt; 0.</param>
    public static double DecayDensityPerCm(double distanceCm, double decayLengthCm) =>
        Math.Exp(-distanceCm / decayLengthCm) / decayLengthCm;

    /// <summary>exp(−a/λ) − exp(−b/λ) for the part of [a, b] at t ≥ 0, stable in both limits.</summary>
    internal static double SegmentProbability(double entry, double exit, double lambda)
    {
        double a = Math.Max(entry, 0), b = exit;
        if (!(b > a)) return 0;
        return Math.Exp(-a / lambda) * -StableMath.ExpM1(-(b - a) / lambda);
    }

    private static double SampleInSegment(RaySegment segment, double lambda, double fraction)
    {
        double a = Math.Max(segment.Entry, 0), b = segment.Exit;
        if (double.IsPositiveInfinity(lambda)) return a + fraction * (b - a);   // the λ → ∞ limit: uniform
        double t = a - lambda * StableMath.Log1P(fraction * StableMath.ExpM1(-(b - a) / lambda));
        return Math.Clamp(t, a, b);
    }

    private static void CheckDecayLength(double decayLengthCm)
    {
        if (!(decayLengthCm > 0))
            throw new ArgumentOutOfRangeException(nameof(decayLengthCm), decayLengthCm,
                $"decayLengthCm = {decayLengthCm.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} must be > 0 (+infinity allowed)");
    }
}
