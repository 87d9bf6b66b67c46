namespace DarkSector.Sampling.Simulation;

/// <summary>Sharing of the events among generator runs and volumes (<see cref="EventAllocation"/>).</summary>
public static partial class DetectorSimulation
{
    /// <summary>Largest pass drawn at once from a run's adapted generator (bounds the memory of the stored events).</summary>
    private const int BatchEvents = 1 << 17;

    /// <summary>Events per run and volume draws per run.</summary>
    /// <remarks>Tail safety (why <see cref="EventAllocation.ByVariance"/> can be the default): a pilot can only be trusted
    /// to take events away from a stratum (a run, a volume, an energy bin) where it has seen enough of that stratum's
    /// signal; where it has not, the rare heavily weighted events it missed would be starved and the run would understate
    /// both its mean and its MC error (the ND280 heavy benchmark at 2e4 events without this guard: 2.87 ± 0.47 against 8.70 ± 0.19). So a
    /// stratum whose pilot selected fewer than <see cref="AllocationPlan.MinPilotHits"/> events keeps at least its equal
    /// (natural) share and the pilot can only add to it: a run keeps ≥ N/R of the main events, a
    /// volume keeps q_v ≥ π_v, an energy bin keeps g ≥ its mean, and a run re-adapts VEGAS to the
    /// energy importance only when trusted. In a small run every stratum is untrusted and the allocation is the equal one
    /// (its MC error is then that of <see cref="EventAllocation.Equal"/>); the variance-driven shares take over as the
    /// pilot grows with the events. This is the defensive-mixture argument (Hesterberg, Technometrics 37 (1995) 185):
    /// wherever q ≥ p the weight ratio p/q ≤ 1, so a stratum the pilot did not see is sampled at least as often as by the
    /// plain sampler.</remarks>
    private sealed class AllocationPlan
    {
        private const double PilotFraction = 0.1, FloorFraction = 0.1, VolumeDefensive = 0.2;

        /// <summary>Selected (non-zero) pilot events a stratum needs before the pilot may lower its share: 50, so that a
        /// tail of probability ≳ 1/50 of the stratum's selected events has been seen (P(miss) = (1 − 1/50)^50 ≈ e⁻¹ per
        /// tail). A count, not the effective sample size (Σw)²/Σw² of the selected weights: the ND280 heavy benchmark's
        /// estimator has ESS ≈ 1/r² ≈ 400 at 1e6 events (r ≈ 5%), so no pilot run reaches an ESS of 50 and an ESS guard
        /// leaves the plan equal at every size (measured: 5.2% at 1e6 events with an ESS guard, 14.7% at 1e5, against
        /// 13.4% equal at 1e5).</summary>
        internal const int MinPilotHits = 50;

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

        /// <summary>Runs the pilot of every run (<paramref name="pilot"/>, extra events that are discarded) and shares the N
        /// events among the runs: Neyman
        /// allocation n_r ∝ σ_r (Cochran, Sampling Techniques, 3rd ed. (1977) §5.5) with a floor of 10% spread equally,
        /// σ_r the pilot's standard deviation of the selected weight per event under the adapted volume draw
        /// (second moment Σ_v π_v² m_v / q_v, m_v = s_v², s_v the per-volume root mean square); then every run whose pilot
        /// selected fewer than <see cref="MinPilotHits"/> events is raised to the equal share N/R, the trusted runs
        /// giving up the difference in proportion (see the remarks: tail safety).</summary>
        public static AllocationPlan FromPilot(Group[] groups, int events, Func<int, PilotTally> pilot, Action<int, PilotTally>? adapt = null)
        {
            int runs = groups.Length;
            var sigma = new double[runs];
            var draws = new VolumeDraw[runs];
            var tallies = new PilotTally[runs];
            for (int r = 0; r < runs; r++)
            {
                var tally = tallies[r] = pilot(r);
                var rms = tally.RootMeanSquare();
                var trusted = tally.TrustedVolumes();
                draws[r] = VolumeDraw.Adapted(groups[r], rms, trusted, VolumeDefensive);
                sigma[r] = tally.AdaptedDeviation(rms, trusted, VolumeDefensive);
            }
            int main = Math.Max(100 * runs, events);   // the pilot is extra: a run untrusted everywhere keeps the equal plan's N
            double total = sigma.Sum();
            var shares = new double[runs];
            for (int r = 0; r < runs; r++)
                shares[r] = total > 0 && double.IsFinite(total) ? FloorFraction / runs + (1 - FloorFraction) * sigma[r] / total : 1.0 / runs;
            shares = DefensiveShares.RaiseToFloor(shares, tallies.Select(t => t.IsTrusted).ToArray(), Enumerable.Repeat(1.0 / runs, runs).ToArray());
            var counts = new int[runs];
            for (int r = 0; r < runs; r++)
            {
                counts[r] = Math.Max(100, (int)Math.Round(main * shares[r]));
                if (shares[r] >= EnergyShare && tallies[r].IsTrusted) adapt?.Invoke(r, tallies[r]);
            }
            return new AllocationPlan(counts, draws);
        }
    }

    /// <summary>What a pilot pass measures: per volume the events placed there, how many of them were selected and Σ w²
    /// of their selected weights, and the run's Σ w (weights of a pass of <see cref="Events"/> events, each estimating
    /// the run's total).</summary>
    private sealed class PilotTally(int volumes, int events, double energyLow = 0, double energyHigh = 0)
    {
        private const int EnergyBins = 24;
        private const double EnergyDefensive = 0.2;
        private readonly int[] _placed = new int[volumes], _hits = new int[volumes];
        private readonly double[] _sumSquares = new double[volumes];
        private readonly double[] _production = new double[volumes > 0 ? EnergyBins : 0], _ratioSquares = new double[volumes > 0 ? EnergyBins : 0];
        private readonly int[] _energyHits = new int[volumes > 0 ? EnergyBins : 0];
        private readonly double _lnLow = Math.Log(Math.Max(energyLow, 1e-3)), _lnHigh = Math.Log(Math.Max(energyHigh, 2e-3));
        private double _sum;

        /// <summary>Records an upscattered N of neutrino energy E with generator weight p and selected weight s (0 if not
        /// selected) for the energy importance: per ln E bin the events, Σ p and Σ s²/p.</summary>
        public void AddEnergy(double energy, double production, double selected)
        {
            if (!(production > 0)) return;
            int bin = Bin(energy);
            _energyHits[bin]++;
            _production[bin] += production;
            _ratioSquares[bin] += selected * selected / production;
        }

        private int Bin(double energy) =>
            Math.Clamp((int)((Math.Log(Math.Max(energy, 1e-300)) - _lnLow) / (_lnHigh - _lnLow) * EnergyBins), 0, EnergyBins - 1);

        /// <summary>The energy importance g(E) = γ Ḡ + (1 − γ) g_b with g_b = √(Σ_b s²/p / Σ_b p), the root mean square of
        /// the selected-per-upscattered ratio in E's bin (the optimal importance function for that ratio, Owen, Monte
        /// Carlo theory, methods and examples (2013) §9.1), Ḡ the same over all bins, γ = 0.2 (defensive); a bin with
        /// fewer than <see cref="AllocationPlan.MinPilotHits"/> pilot events keeps g_b ≥ Ḡ (the pilot cannot tell
        /// that it is empty); null when the pilot selected nothing.</summary>
        public Func<double, double>? EnergyImportance()
        {
            double all = _production.Sum(), ratio = _ratioSquares.Sum();
            if (!(all > 0 && ratio > 0)) return null;
            double mean = Math.Sqrt(ratio / all);
            var g = new double[EnergyBins];
            for (int b = 0; b < EnergyBins; b++)
            {
                double rms = _production[b] > 0 ? Math.Sqrt(_ratioSquares[b] / _production[b]) : 0;
                if (_energyHits[b] < AllocationPlan.MinPilotHits) rms = Math.Max(rms, mean);
                g[b] = EnergyDefensive * mean + (1 - EnergyDefensive) * rms;
            }
            double scale = 1 / g.Max();
            for (int b = 0; b < EnergyBins; b++) g[b] *= scale;
            return e => g[Bin(e)];
        }

        public int Events { get; } = events;

        /// <summary>True when the pilot selected at least <see cref="AllocationPlan.MinPilotHits"/> events of this run.</summary>
        public bool IsTrusted => _hits.Sum() >= AllocationPlan.MinPilotHits;

        /// <summary>Per volume: the pilot selected at least <see cref="AllocationPlan.MinPilotHits"/> events there.</summary>
        public bool[] TrustedVolumes() => _hits.Select(h => h >= AllocationPlan.MinPilotHits).ToArray();

        public void Place(int volume) => _placed[volume]++;

        public void Add(int volume, double w)
        {
            _sum += w;
            _sumSquares[volume] += w * w;
            _hits[volume]++;
        }

        /// <summary>s_v = √(n² Σ_v w² / n_v), the root mean square of the per-event estimate n·w over the events placed
        /// in v (0 where none was placed).</summary>
        public double[] RootMeanSquare() =>
            _placed.Select((placed, v) => placed > 0 ? Events * Math.Sqrt(_sumSquares[v] / placed) : 0).ToArray();

        /// <summary>σ_r under the adapted volume draw: √(Σ_v π_v² s_v² / q_v − mean²) with the pilot's shares π_v ≈ n_v/n
        /// and q from <see cref="VolumeDraw.Shares"/>.</summary>
        public double AdaptedDeviation(double[] rms, bool[] trusted, double defensive)
        {
            var pi = _placed.Select(n => (double)n / Events).ToArray();
            var q = VolumeDraw.Shares(pi, rms, trusted, defensive);
            double second = 0;
            for (int v = 0; v < rms.Length; v++)
                if (pi[v] > 0 && q[v] > 0) second += pi[v] * pi[v] * rms[v] * rms[v] / q[v];
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

        public static VolumeDraw Adapted(Group group, double[] rms, bool[] trusted, double defensive)
        {
            var volumes = group.VolumeIndices;
            var cumulative = new double[group.Cumulative.Length][];
            var factor = new double[cumulative.Length][];
            for (int k = 0; k < cumulative.Length; k++)
            {
                var c = group.Cumulative[k];
                var pi = c.Select((x, i) => i == 0 ? x : x - c[i - 1]).ToArray();
                var q = Shares(pi, volumes.Select(v => rms[v]).ToArray(), volumes.Select(v => trusted[v]).ToArray(), defensive);
                double sum = 0;
                cumulative[k] = q.Select(x => sum += x).ToArray();
                factor[k] = pi.Select((p, i) => q[i] > 0 ? p / q[i] : 1).ToArray();
            }
            return new VolumeDraw(volumes, cumulative, factor);
        }

        /// <summary>The draw's shares q_v = γ π_v + (1 − γ) π_v s_v / Σ_u π_u s_u (π itself when every s is 0), then
        /// raised to q_v ≥ π_v for every volume the pilot does not trust (<see cref="DefensiveShares.RaiseToFloor"/>).</summary>
        internal static double[] Shares(double[] pi, double[] rms, bool[] trusted, double defensive)
        {
            double z = 0;
            for (int i = 0; i < pi.Length; i++) z += pi[i] * rms[i];
            if (!(z > 0)) return pi;
            var q = pi.Select((p, i) => defensive * p + (1 - defensive) * p * rms[i] / z).ToArray();
            return DefensiveShares.RaiseToFloor(q, trusted, pi);
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
