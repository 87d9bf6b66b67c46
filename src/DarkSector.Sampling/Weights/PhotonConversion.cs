using DarkSector.Sampling.Geometry;

namespace DarkSector.Sampling.Weights;

/// <summary>Where a photon converts to e⁺e⁻: the probability to convert inside the accepted (fiducial) volumes and
/// the conversion point, through every material on its way.</summary>
/// <remarks>
/// Each volume j has pair-production length λ_j = 9/7·X₀,j/ρ_j (<see cref="RadiationLength"/>); the optical depth
/// τ(t) = Σ L_k/λ_k accumulates over all volumes crossed (not between volumes: vacuum). Converting in accepted
/// segment j: P_j = exp(−τ(a_j))·(1 − exp(−L_j/λ_j)), P = Σ_j P_j (the high-energy limit of the pair-production cross
/// section, PDG eq. 34.31). The point is drawn from the truncated exponential like the decay point. One uniform per
/// point; allocation-free; immutable and thread-safe.
/// </remarks>
internal sealed class PhotonConversion
{
    private readonly Detector _detector;
    private readonly double[] _lambda;

    /// <summary>Prepares conversion in <paramref name="detector"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="detector"/> is null.</exception>
    public PhotonConversion(Detector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
        _lambda = detector.Volumes.Select(v => RadiationLength.PairProductionLengthCm(v.Material)).ToArray();
    }

    /// <summary>Pair-production length 9/7·X₀/ρ of volume <paramref name="volume"/>, cm.</summary>
    public double PairProductionLengthCm(int volume) => _lambda[volume];

    /// <summary>Probability that a photon leaving the ray's origin along its direction converts inside a volume whose
    /// role intersects <paramref name="accepted"/>, in [0, 1].</summary>
    public double Probability(in Ray photon, VolumeRole accepted = VolumeRole.Fiducial)
    {
        Span<VolumeSegment> segments = _detector.MaxSegments <= 512 ? stackalloc VolumeSegment[_detector.MaxSegments] : new VolumeSegment[_detector.MaxSegments];
        int n = _detector.Trace(photon, segments);
        double depth = 0, total = 0;
        for (int i = 0; i < n; i++) total += Step(segments[i], accepted, ref depth, out _, out _);
        return Math.Min(total, 1);
    }

    /// <summary>Draws the conversion point given that the photon converts in the accepted volumes.</summary>
    /// <param name="photon">The photon's origin and direction.</param>
    /// <param name="u">Uniform in [0, 1).</param>
    /// <param name="sample">The point, its density and the conversion probability.</param>
    /// <param name="accepted">Roles of the volumes where conversion counts (default fiducial).</param>
    /// <returns>False if the probability is zero.</returns>
    public bool TrySample(in Ray photon, double u, out ConversionSample sample, VolumeRole accepted = VolumeRole.Fiducial)
    {
        Span<VolumeSegment> segments = _detector.MaxSegments <= 512 ? stackalloc VolumeSegment[_detector.MaxSegments] : new VolumeSegment[_detector.MaxSegments];
        int n = _detector.Trace(photon, segments);
        double depth = 0, total = 0;
        for (int i = 0; i < n; i++) total += Step(segments[i], accepted, ref depth, out _, out _);
        sample = default;
        if (!(total > 0)) return false;
        double r = u * total, cumulative = 0;
        depth = 0;
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            double before = depth;
            double pj = Step(segments[i], accepted, ref depth, out double start, out double length);
            if (!(pj > 0)) continue;
            last = i;
            if (r < cumulative + pj || cumulative + pj >= total)
            {
                sample = Place(photon, segments[i], start, length, before, Math.Clamp((r - cumulative) / pj, 0, 1), total);
                return true;
            }
            cumulative += pj;
        }
        // Rounding left r just above the sum: take the end of the last accepted segment.
        double d = 0, s = 0, l = 0, b = 0;
        for (int i = 0; i <= last; i++) { b = d; Step(segments[i], accepted, ref d, out s, out l); }
        sample = Place(photon, segments[last], s, l, b, 1, total);
        return true;
    }

    private ConversionSample Place(in Ray photon, in VolumeSegment segment, double start, double length, double depthBefore, double fraction, double total)
    {
        double lambda = _lambda[segment.Volume];
        double t = Math.Clamp(start - lambda * StableMath.Log1P(fraction * StableMath.ExpM1(-length / lambda)), start, start + length);
        double density = Math.Exp(-(depthBefore + (t - start) / lambda)) / lambda / total;
        return new ConversionSample(t, photon.PointAt(t), segment.Volume, density, total);
    }

    /// <summary>Advances the optical depth over the forward part of a segment; returns its conversion probability if accepted.</summary>
    private double Step(in VolumeSegment segment, VolumeRole accepted, ref double depth, out double start, out double length)
    {
        start = Math.Max(segment.Entry, 0);
        length = Math.Max(0, segment.Exit - start);
        if (length == 0) return 0;
        double lambda = _lambda[segment.Volume];
        double p = (_detector.Volumes[segment.Volume].Role & accepted) != 0 ? Math.Exp(-depth) * -StableMath.ExpM1(-length / lambda) : 0;
        depth += length / lambda;
        return p;
    }
}
