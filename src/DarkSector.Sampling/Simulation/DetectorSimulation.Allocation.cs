namespace DarkSector.Sampling.Simulation;

/// <summary>Sharing of the events among generator runs and volumes (<see cref="EventAllocation"/>).</summary>
public static partial class DetectorSimulation
{
    /// <summary>Largest pass drawn at once from a run's adapted generator (bounds the memory of the stored events).</summary>
    private const int BatchEvents = 1 << 17;

    /// <summary>Events per run and volume draws per run.</summary>
    private sealed class AllocationPlan
    {
        private const double PilotFraction = 0.1, FloorFraction = 0.1, VolumeDefensive = 0.2;

        /// <summary>Runs given at least this share of the events re-adapt VEGAS with the pilot's energy importance (the
        /// warm-up is repeated, so only where it pays).</summary>
        private const double EnergyShare = 0.05;

        private AllocationPlan(int[] events, VolumeDraw[] draws) => (Events, Draws) = (events, draws);

        public int[] Events { get; }

        public VolumeDraw[] Draws { get; }

        /// <summary>N/R events per run (at least 100), natural volume draws.</summary>
        public static AllocationPlan Equal(Group[] groups, int events) =>
            new(groups.Select(_ => Math.Max(100, events / groups.Length)).ToArray(), groups.Select(VolumeDraw.Natural).ToArray());

        /// <summary>Pilot events per run: 10% of N/R, at least 100.</summary>
        public static int PilotEvents(int runs, int events) => Math.Max(100, (int)(PilotFraction * events / runs));

        /// <summary>Runs the pilot of every run (<paramref name="pilot"/>) and shares the remaining events: Neyman
        /// allocation n_r ∝ σ_r (Cochran, Sampling Techniques, 3rd ed. (1977) §5.5) with a floor of 10% spread equally,
        /// σ_r the pilot's standard deviation of the selected weight per event under the adapted volume draw
        /// (second moment Σ_v π_v m_v / (γ + (1 − γ) s_v/Z), s_v = √m_v, Z = Σ_v π_v s_v).</summary>
        public static AllocationPlan FromPilot(Group[] groups, int events, Func<int, PilotTally> pilot, Action<int, PilotTally>? adapt = null)
        {
            int runs = groups.Length;
            var sigma = new double[runs];
            var draws = new VolumeDraw[runs];
            var tallies = new PilotTally[runs];
            int spent = 0;
            for (int r = 0; r < runs; r++)
            {
                var tally = tallies[r] = pilot(r);
                spent += tally.Events;
                var rms = tally.RootMeanSquare();
                draws[r] = VolumeDraw.Adapted(groups[r], rms, VolumeDefensive);
                sigma[r] = tally.AdaptedDeviation(rms, VolumeDefensive);
            }
            int main = Math.Max(100 * runs, events - spent);
            double total = sigma.Sum();
            var counts = new int[runs];
            for (int r = 0; r < runs; r++)
            {
                double share = total > 0 && double.IsFinite(total) ? FloorFraction / runs + (1 - FloorFraction) * sigma[r] / total : 1.0 / runs;
                counts[r] = Math.Max(100, (int)Math.Round(main * share));
                if (share >= EnergyShare) adapt?.Invoke(r, tallies[r]);
            }
            return new AllocationPlan(counts, draws);
        }
    }

    /// <summary>What a pilot pass measures: per volume the events placed there and Σ w² of their selected weights, and
    /// the run's Σ w (weights of a pass of <see cref="Events"/> events, each estimating the run's total).</summary>
    private sealed class PilotTally(int volumes, int events, double energyLow = 0, double energyHigh = 0)
    {
        private const int EnergyBins = 24;
        private const double EnergyDefensive = 0.2;
        private readonly int[] _placed = new int[volumes];
        private readonly double[] _sumSquares = new double[volumes];
        private readonly double[] _production = new double[volumes > 0 ? EnergyBins : 0], _ratioSquares = new double[volumes > 0 ? EnergyBins : 0];
        private readonly double _lnLow = Math.Log(Math.Max(energyLow, 1e-3)), _lnHigh = Math.Log(Math.Max(energyHigh, 2e-3));
        private double _sum;

        /// <summary>Records an upscattered N of neutrino energy E with generator weight p and selected weight s (0 if not
        /// selected) for the energy importance: per ln E bin Σ p and Σ s²/p.</summary>
        public void AddEnergy(double energy, double production, double selected)
        {
            if (!(production > 0)) return;
            int bin = Bin(energy);
            _production[bin] += production;
            _ratioSquares[bin] += selected * selected / production;
        }

        private int Bin(double energy) =>
            Math.Clamp((int)((Math.Log(Math.Max(energy, 1e-300)) - _lnLow) / (_lnHigh - _lnLow) * EnergyBins), 0, EnergyBins - 1);

        /// <summary>The energy importance g(E) = γ Ḡ + (1 − γ) g_b with g_b = √(Σ_b s²/p / Σ_b p), the root mean square of
        /// the selected-per-upscattered ratio in E's bin (the optimal importance function for that ratio, Owen, Monte
        /// Carlo theory, methods and examples (2013) §9.1), Ḡ the same over all bins, γ = 0.2 (defensive); null when the
        /// pilot selected nothing.</summary>
        public Func<double, double>? EnergyImportance()
        {
            double all = _production.Sum(), ratio = _ratioSquares.Sum();
            if (!(all > 0 && ratio > 0)) return null;
            double mean = Math.Sqrt(ratio / all);
            var g = new double[EnergyBins];
            for (int b = 0; b < EnergyBins; b++)
                g[b] = EnergyDefensive * mean + (1 - EnergyDefensive) * (_production[b] > 0 ? Math.Sqrt(_ratioSquares[b] / _production[b]) : 0);
            double scale = 1 / g.Max();
            for (int b = 0; b < EnergyBins; b++) g[b] *= scale;
            return e => g[Bin(e)];
        }

        public int Events { get; } = events;

        public void Place(int volume) => _placed[volume]++;

        public void Add(int volume, double w)
        {
            _sum += w;
            _sumSquares[volume] += w * w;
        }

        /// <summary>s_v = √(n² Σ_v w² / n_v), the root mean square of the per-event estimate n·w over the events placed
        /// in v (0 where none was placed).</summary>
        public double[] RootMeanSquare() =>
            _placed.Select((placed, v) => placed > 0 ? Events * Math.Sqrt(_sumSquares[v] / placed) : 0).ToArray();

        /// <summary>σ_r under the adapted volume draw, from the pilot's shares π_v ≈ n_v/n.</summary>
        public double AdaptedDeviation(double[] rms, double defensive)
        {
            double z = 0;
            for (int v = 0; v < rms.Length; v++) z += (double)_placed[v] / Events * rms[v];
            if (!(z > 0)) return 0;
            double second = 0;
            for (int v = 0; v < rms.Length; v++)
                if (_placed[v] > 0) second += (double)_placed[v] / Events * rms[v] * rms[v] / (defensive + (1 - defensive) * rms[v] / z);
            double mean = _sum;   // Σ w estimates the run's total, i.e. the mean of n·w
            return Math.Sqrt(Math.Max(0, second - mean * mean));
        }
    }

    /// <summary>Draw of an event's volume within its group given its nucleus X: the natural probability π_v|X (share
    /// of X's nuclei in v) or a defensive mixture q_v|X = γ π_v|X + (1 − γ) π_v|X s_v / Σ_u π_u|X s_u, with the factor
    /// π_v|X / q_v|X for the weights (Hesterberg, Technometrics 37 (1995) 185).</summary>
    private sealed class VolumeDraw
    {
        private readonly int[] _volumes;
        private readonly double[][] _cumulative, _factor;

        private VolumeDraw(int[] volumes, double[][] cumulative, double[][] factor) => (_volumes, _cumulative, _factor) = (volumes, cumulative, factor);

        public static VolumeDraw Natural(Group group) =>
            new(group.VolumeIndices, group.Cumulative, group.Cumulative.Select(c => Enumerable.Repeat(1.0, c.Length).ToArray()).ToArray());

        public static VolumeDraw Adapted(Group group, double[] rms, double defensive)
        {
            var volumes = group.VolumeIndices;
            var cumulative = new double[group.Cumulative.Length][];
            var factor = new double[cumulative.Length][];
            for (int k = 0; k < cumulative.Length; k++)
            {
                var c = group.Cumulative[k];
                var pi = c.Select((x, i) => i == 0 ? x : x - c[i - 1]).ToArray();
                double z = 0;
                for (int i = 0; i < pi.Length; i++) z += pi[i] * rms[volumes[i]];
                var q = z > 0 ? pi.Select((p, i) => defensive * p + (1 - defensive) * p * rms[volumes[i]] / z).ToArray() : pi;
                double sum = 0;
                cumulative[k] = q.Select(x => sum += x).ToArray();
                factor[k] = pi.Select((p, i) => q[i] > 0 ? p / q[i] : 1).ToArray();
            }
            return new VolumeDraw(volumes, cumulative, factor);
        }

        /// <summary>The volume for uniform u and nucleus index <paramref name="nucleus"/>, with π/q.</summary>
        public int Draw(int nucleus, double u, out double factor)
        {
            var c = _cumulative[nucleus];
            int index = c.Length - 1;
            for (int i = 0; i < c.Length; i++)
                if (u < c[i]) { index = i; goto found; }
            for (int i = c.Length - 1; i >= 0; i--)   // rounding: the last volume holding this nucleus
                if (i == 0 || c[i] > c[i - 1]) { index = i; break; }
            found:
            factor = _factor[nucleus][index];
            return _volumes[index];
        }
    }
}
