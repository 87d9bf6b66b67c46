using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Simulation;

/// <summary>Lifetime reweighting of the photon-conversion topology: the decay line as segments with the conversion
/// probability of their photon.</summary>
public static partial class DetectorSimulation
{
    /// <summary>Largest absolute change of P_conv tolerated inside one segment of <see cref="ConversionSegments"/>.</summary>
    internal const double ConversionTolerance = 0.01;

    /// <summary>Shortest segment <see cref="ConversionSegments"/> subdivides to, cm.</summary>
    internal const double MinConversionSegmentCm = 0.25;

    /// <summary>Buffer size for <see cref="ConversionSegments"/>.</summary>
    internal const int MaxConversionSegments = 512;

    /// <summary>The decay line of an N whose photon must convert in the fiducial volumes as segments [s_k, s_k+1] of the
    /// flight, each with v_k = ε·P_conv(midpoint), so that the event's weight at any decay length λ is
    /// Σ_k v_k [exp(−s_k/λ) − exp(−s_k+1/λ)] — the form of fiducial crossings with efficiencies
    /// (<see cref="SimulatedDecay"/>, <see cref="Reweighting.ReweightingEvents"/>); returns the number of segments.</summary>
    /// <remarks>
    /// <para>Exact weight: ε ∫₀^T e^(−s/λ)/λ · P_conv(s) ds, with P_conv(s) the probability that the photon emitted at
    /// distance s along the flight (fixed lab direction) converts in a fiducial volume (<see cref="PhotonConversion.Probability"/>)
    /// and T the last exit of the flight from the detector's volumes (<see cref="ConversionWeight"/>, whose draw this
    /// integral is the mean of). P_conv is continuous and piecewise smooth in s; it is replaced by its midpoint value on
    /// each segment. Segments start at the volume boundaries of the flight and are halved while P_conv changes by more
    /// than <see cref="ConversionTolerance"/> between an end and the midpoint (down to <see cref="MinConversionSegmentCm"/>),
    /// so |P_conv − v_k/ε| ≲ 0.01 on every segment and the reweighted weight is within 0.01·ε·P_decay(λ) of the exact
    /// one for every λ (a bound, not a bias estimate: the midpoint rule errs in both directions). Segments with v = 0 are
    /// left out. Deterministic (no random numbers); allocation-free.</para>
    /// <para>ε: the selection efficiency of the reconstructed event, independent of where the photon converts for
    /// selections whose only vertex dependence is the fiducial volume (the conversion is fiducial by construction).</para>
    /// </remarks>
    /// <param name="detector">The detector.</param>
    /// <param name="conversion">Conversion in its fiducial volumes.</param>
    /// <param name="flight">N production point and flight direction.</param>
    /// <param name="photonDirection">Unit lab direction of the photon.</param>
    /// <param name="efficiency">ε in [0, 1].</param>
    /// <param name="traced">Buffer of at least <see cref="Detector.MaxSegments"/>.</param>
    /// <param name="segments">Receives the segments, cm along the flight; at least <see cref="MaxConversionSegments"/>.</param>
    /// <param name="values">Receives v_k; same length as <paramref name="segments"/>.</param>
    internal static int ConversionSegments(Detector detector, PhotonConversion conversion, in Ray flight, ThreeVector photonDirection,
        double efficiency, Span<VolumeSegment> traced, Span<RaySegment> segments, Span<float> values)
    {
        if (!(efficiency > 0)) return 0;
        int n = detector.Trace(flight, traced);
        double end = 0;
        for (int i = 0; i < n; i++) end = Math.Max(end, traced[i].Exit);
        if (!(end > 0)) return 0;
        // nodes: 0, the boundaries of the flight's volumes inside (0, T), T — sorted, distinct
        Span<double> nodes = stackalloc double[2 * n + 2];
        int count = 0;
        nodes[count++] = 0;
        for (int i = 0; i < n; i++)
        {
            if (traced[i].Entry > 0 && traced[i].Entry < end) nodes[count++] = traced[i].Entry;
            if (traced[i].Exit > 0 && traced[i].Exit < end) nodes[count++] = traced[i].Exit;
        }
        nodes[count++] = end;
        nodes = nodes[..count];
        nodes.Sort();
        var state = new SegmentWriter(conversion, flight, photonDirection, (float)efficiency, segments, values);
        double previous = nodes[0], pPrevious = state.Probability(previous);
        for (int i = 1; i < nodes.Length; i++)
        {
            double next = nodes[i];
            if (!(next > previous)) continue;
            double pNext = state.Probability(next);
            state.Refine(previous, pPrevious, next, pNext);
            (previous, pPrevious) = (next, pNext);
        }
        return state.Count;
    }

    /// <summary>Adaptive subdivision of the decay line (<see cref="ConversionSegments"/>).</summary>
    private ref struct SegmentWriter(PhotonConversion conversion, Ray flight, ThreeVector direction, float efficiency,
        Span<RaySegment> segments, Span<float> values)
    {
        private readonly Span<RaySegment> _segments = segments;
        private readonly Span<float> _values = values;

        public int Count { get; private set; }

        public readonly double Probability(double s) => conversion.Probability(new Ray(flight.PointAt(s), direction));

        public void Refine(double a, double pa, double b, double pb)
        {
            double m = 0.5 * (a + b), pm = Probability(m);
            bool smooth = Math.Max(Math.Abs(pa - pm), Math.Abs(pm - pb)) <= ConversionTolerance;
            // room for both halves of every pending split: at most one segment per remaining tree level is pending
            if (!smooth && b - a > 2 * MinConversionSegmentCm && Count + 64 < _segments.Length)
            {
                Refine(a, pa, m, pm);
                Refine(m, pm, b, pb);
                return;
            }
            float v = (float)(efficiency * pm);
            if (!(v > 0)) return;
            if (Count > 0 && _values[Count - 1] == v && _segments[Count - 1].Exit == a)
            {
                _segments[Count - 1] = new RaySegment(_segments[Count - 1].Entry, b);   // same value: extend
                return;
            }
            if (Count == _segments.Length)
            {
                _segments[Count - 1] = new RaySegment(_segments[Count - 1].Entry, b);   // buffer full (not reached in practice)
                return;
            }
            _segments[Count] = new RaySegment(a, b);
            _values[Count++] = v;
        }
    }
}
