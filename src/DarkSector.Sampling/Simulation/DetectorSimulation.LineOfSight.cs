using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Weights;

namespace DarkSector.Sampling.Simulation;

/// <summary>Line-of-sight importance sampling of production points (<see cref="ProductionPointSampling"/>).</summary>
public static partial class DetectorSimulation
{
    /// <summary>Draws production points from the defensive mixture of <see cref="ProductionPointSampling"/> and returns
    /// the exact importance factor (1/V_v)/q(x). Reuses its buffers: one instance per thread.</summary>
    private sealed class LineOfSightSampler
    {
        private readonly Detector _detector;
        private readonly Layout _layout;
        private readonly double _alpha;
        private readonly int _spread;
        private readonly int[] _fiducial;
        private readonly double[] _fiducialVolumes, _gapToNearest;
        private readonly double[] _choice;   // per component k and fiducial volume i: π_ki / V_i
        private readonly int[] _fiducialIndex;
        private readonly bool[] _sampled;
        private readonly (double Low, double High)[,] _reach;
        private readonly VolumeSegment[] _segments;
        private readonly double[] _lambdas;

        public LineOfSightSampler(Detector detector, Layout layout, ProductionPointSampling options, bool[] sampled)
        {
            _sampled = sampled;
            (_detector, _layout, _alpha, _spread) = (detector, layout, options.DefensiveFraction, options.LifetimeSpreadDecades);
            _fiducial = Enumerable.Range(0, detector.Volumes.Count)
                .Where(v => detector.Volumes[v].Role.HasFlag(VolumeRole.Fiducial) && layout.Owned[v] > 0).ToArray();
            _fiducialVolumes = _fiducial.Select(v => layout.Owned[v]).ToArray();
            _segments = new VolumeSegment[detector.MaxSegments];
            _lambdas = new double[2 * _spread + 2];
            _choice = new double[_lambdas.Length * _fiducial.Length];
            _fiducialIndex = Enumerable.Repeat(-1, detector.Volumes.Count).ToArray();
            for (int i = 0; i < _fiducial.Length; i++) _fiducialIndex[_fiducial[i]] = i;
            _reach = new (double, double)[detector.Volumes.Count, _fiducial.Length];
            for (int v = 0; v < detector.Volumes.Count; v++)
                for (int i = 0; i < _fiducial.Length; i++)
                    _reach[v, i] = Reach(detector.Volumes[v].Solid.Bounds, detector.Volumes[_fiducial[i]].Solid.Bounds);
            _gapToNearest = Enumerable.Range(0, detector.Volumes.Count)
                .Select(v => _fiducial.Length == 0 ? 0 : Enumerable.Range(0, _fiducial.Length).Min(i => _reach[v, i].Low)).ToArray();
        }

        /// <summary>Whether production points in <paramref name="volume"/> are importance-sampled (selected non-fiducial
        /// volumes of a detector with fiducial volumes).</summary>
        public bool Applies(int volume) => _fiducial.Length > 0 && _sampled[volume] && !_detector.Volumes[volume].Role.HasFlag(VolumeRole.Fiducial);

        /// <summary>A production point in <paramref name="volume"/> for an N flying along the unit vector
        /// <paramref name="direction"/> with decay length <paramref name="lambda"/> (cm), and its importance factor
        /// (1/V_v)/q(x) (0 for a line-of-sight draw that found no part of the volume behind the fiducial point).</summary>
        public ThreeVector Place(int volume, ThreeVector direction, double lambda, ref RandomStream random, out double factor)
        {
            if (!(lambda > 0))
            {
                factor = 1;   // prompt decays: only the fiducial volumes themselves contribute; nothing to aim at
                return _layout.SamplePoint(volume, ref random);
            }
            int components = Components(lambda);
            Choose(volume, components);
            double u = random.NextDouble();
            ThreeVector x;
            if (u < _alpha) x = _layout.SamplePoint(volume, ref random);
            else
            {
                int k = Math.Min((int)((u - _alpha) / (1 - _alpha) * components), components - 1);
                int f = DrawFiducial(k, random.NextDouble());
                var y = _layout.SamplePoint(_fiducial[f], ref random);
                var (lo, hi) = _reach[volume, f];
                double s = lo + SampleDistance(hi - lo, _lambdas[k], random.NextDouble());
                x = y - s * direction;
                if (_detector.Locate(x) != volume)
                {
                    factor = 0;   // the mixture's mass outside v: produces nothing
                    return y;
                }
            }
            factor = 1 / (_alpha + (1 - _alpha) * _layout.Owned[volume] * Density(volume, x, direction, components));
            return x;
        }

        /// <summary>(1/K) Σ_k h_λk(x), the line-of-sight part of the mixture density at x, per cm³: for each fiducial
        /// passage j of the line from x and each component, the mass of the truncated exponential of that fiducial
        /// volume's reach over the passage, divided by Σ V_F.</summary>
        private double Density(int volume, ThreeVector x, ThreeVector direction, int components)
        {
            int n = _detector.Trace(new Ray(x, direction), _segments);
            double h = 0;
            for (int i = 0; i < n; i++)
            {
                int f = _fiducialIndex[_segments[i].Volume];
                if (f < 0) continue;
                var (lo, hi) = _reach[volume, f];
                double a = Math.Max(_segments[i].Entry, lo) - lo, b = Math.Min(_segments[i].Exit, hi) - lo;
                if (!(b > a)) continue;
                for (int k = 0; k < components; k++) h += _choice[k * _fiducial.Length + f] * TruncatedMass(a, b, hi - lo, _lambdas[k]);
            }
            return h / components;
        }

        /// <summary>Mass of [a, b] under exp(−s/λ)/λ truncated to [0, L] (uniform for λ = ∞).</summary>
        private static double TruncatedMass(double a, double b, double length, double lambda) =>
            double.IsPositiveInfinity(lambda) ? (b - a) / length
                : Math.Exp(-a / lambda) * StableMath.ExpM1(-(b - a) / lambda) / StableMath.ExpM1(-length / lambda);

        /// <summary>Inverse CDF of exp(−s/λ)/λ truncated to [0, L] (uniform for λ = ∞) at u.</summary>
        private static double SampleDistance(double length, double lambda, double u) =>
            double.IsPositiveInfinity(lambda) ? u * length
                : Math.Clamp(-lambda * StableMath.Log1P(u * StableMath.ExpM1(-length / lambda)), 0, length);

        /// <summary>Fills the decay lengths of the components for an N of decay length λ; returns their number.</summary>
        private int Components(double lambda)
        {
            if (double.IsPositiveInfinity(lambda) || _spread == 0)
            {
                _lambdas[0] = lambda;
                return 1;
            }
            int count = 0;
            for (int k = -_spread; k <= _spread; k++) _lambdas[count++] = lambda * Math.Pow(10, k);
            _lambdas[count++] = double.PositiveInfinity;
            return count;
        }

        /// <summary>Fills π_kF / V_F for production in <paramref name="volume"/>: fiducial volume F is aimed at with
        /// probability π_kF ∝ V_F · exp(−(g_vF − g_v)/λ_k), g_vF the gap between the bounding boxes of v and F and g_v
        /// the smallest such gap (V_F alone for λ = ∞): a volume that the N cannot reach at this lifetime is rarely aimed at.</summary>
        private void Choose(int volume, int components)
        {
            int n = _fiducial.Length;
            for (int k = 0; k < components; k++)
            {
                double lambda = _lambdas[k], sum = 0;
                for (int i = 0; i < n; i++)
                    sum += _choice[k * n + i] = _fiducialVolumes[i] * (double.IsPositiveInfinity(lambda) ? 1 : Math.Exp(-(_reach[volume, i].Low - _gapToNearest[volume]) / lambda));
                for (int i = 0; i < n; i++) _choice[k * n + i] /= sum * _fiducialVolumes[i];
            }
        }

        /// <summary>Index in the fiducial list for component <paramref name="k"/>, drawn with probability π_kF.</summary>
        private int DrawFiducial(int k, double u)
        {
            int n = _fiducial.Length;
            double cumulative = 0;
            for (int i = 0; i < n; i++)
                if (u < (cumulative += _choice[k * n + i] * _fiducialVolumes[i])) return i;
            return n - 1;
        }

        /// <summary>The range of distances between a point of box <paramref name="v"/> and a point of box
        /// <paramref name="f"/>: the gap between the boxes and their farthest corners (every line from v to f has its
        /// distance in it, so truncating the distance to it loses nothing).</summary>
        private static (double Low, double High) Reach(BoundingBox v, BoundingBox f)
        {
            static double Gap(double vMin, double vMax, double fMin, double fMax) => Math.Max(0, Math.Max(fMin - vMax, vMin - fMax));
            static double Far(double vMin, double vMax, double fMin, double fMax) => Math.Max(Math.Abs(vMax - fMin), Math.Abs(fMax - vMin));
            double low = Math.Sqrt(Sq(Gap(v.Min.X, v.Max.X, f.Min.X, f.Max.X)) + Sq(Gap(v.Min.Y, v.Max.Y, f.Min.Y, f.Max.Y)) + Sq(Gap(v.Min.Z, v.Max.Z, f.Min.Z, f.Max.Z)));
            double high = Math.Sqrt(Sq(Far(v.Min.X, v.Max.X, f.Min.X, f.Max.X)) + Sq(Far(v.Min.Y, v.Max.Y, f.Min.Y, f.Max.Y)) + Sq(Far(v.Min.Z, v.Max.Z, f.Min.Z, f.Max.Z)));
            return (low, Math.Max(high, low + 1e-6));
            static double Sq(double z) => z * z;
        }
    }
}
