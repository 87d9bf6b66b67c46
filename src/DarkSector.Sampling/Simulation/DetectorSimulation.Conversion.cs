using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Simulation;

/// <summary>The photon-conversion signal topology (<see cref="SignalTopology.PhotonConversionInFiducial"/>) and the
/// cut flow of <see cref="DetectorSimulation"/>.</summary>
public static partial class DetectorSimulation
{
    /// <summary>Weight of one N for N → ν γ with the photon converting inside the fiducial volumes: the decay
    /// anywhere along the line of flight up to the last exit from the detector's volumes, then the photon converting in a
    /// fiducial volume through every material on its way (<see cref="PhotonConversion"/>).</summary>
    /// <remarks>
    /// The decay distance t is drawn from the truncated exponential on [0, T] (T = furthest exit of any volume crossed
    /// by the N line), P_decay = 1 − exp(−T/λ); the photon leaves the decay point along its direction and converts in
    /// a fiducial volume with probability P_conv(t) = Σ_j exp(−τ(a_j))(1 − exp(−L_j/λ_j)), λ_j = 9/7 X₀,j
    /// (PDG eq. 34.31), at a point drawn from that distribution. Returned weight P_decay·P_conv(t): an unbiased
    /// estimate of ∫₀^T e^(−t/λ)/λ · P_conv(t) dt, so a decay outside the fiducial volume whose photon converts inside
    /// counts. Decays beyond T (outside every volume, downstream of the detector) are neglected: their photons
    /// would have to fly back into the detector. <paramref name="vertex"/> is the conversion point.
    /// </remarks>
    internal static double ConversionWeight(Detector detector, PhotonConversion conversion, in Ray flight, double lambda,
        in FourMomentum photon, ref RandomStream random, out ThreeVector vertex)
    {
        vertex = flight.Origin;
        if (!(lambda > 0) || double.IsPositiveInfinity(lambda)) return 0;
        Span<VolumeSegment> segments = detector.MaxSegments <= 256 ? stackalloc VolumeSegment[detector.MaxSegments] : new VolumeSegment[detector.MaxSegments];
        int n = detector.Trace(flight, segments);
        double end = 0;
        for (int i = 0; i < n; i++) end = Math.Max(end, segments[i].Exit);
        if (!(end > 0)) return 0;
        ReadOnlySpan<RaySegment> range = [new RaySegment(0, end)];
        double pDecay = DecayInVolume.Probability(range, lambda);
        if (!(pDecay > 0) || !DecayInVolume.TrySampleDistance(range, lambda, random.NextDouble(), out double t)) return 0;
        double p = photon.P;
        if (!(p > 0)) return 0;
        var ray = new Ray(flight.PointAt(t), photon.P3 / p);
        if (!conversion.TrySample(ray, random.NextDouble(), out var sample)) return 0;
        vertex = sample.PositionCm;
        return pDecay * sample.Probability;
    }

    /// <summary>Sums the weights surviving each cut of a selection that reports a cut flow.</summary>
    private sealed class CutFlowAccumulator
    {
        private readonly ICutFlow? _flow;
        private readonly double[] _sums, _survival;
        private double _before;

        public CutFlowAccumulator(IEventSelection selection)
        {
            _flow = selection as ICutFlow;
            int n = _flow?.CutNames.Count ?? 0;
            (_sums, _survival) = (new double[n], new double[n]);
        }

        public void Add(in VisibleEvent reconstructed, double weight)
        {
            if (_flow is null || !(weight > 0)) return;
            _flow.Survival(reconstructed, _survival);
            _before += weight;
            for (int k = 0; k < _sums.Length; k++) _sums[k] += weight * _survival[k];
        }

        public IReadOnlyList<CutFlowStep> Result()
        {
            if (_flow is null) return [];
            var steps = new CutFlowStep[_sums.Length];
            double previous = _before;
            for (int k = 0; k < steps.Length; k++)
            {
                steps[k] = new CutFlowStep(_flow.CutNames[k], _sums[k], previous > 0 ? _sums[k] / previous : 0);
                previous = _sums[k];
            }
            return steps;
        }
    }
}
