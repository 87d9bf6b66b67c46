using DarkSector.Sampling.Reweighting.Kernels;

namespace DarkSector.Sampling.Reweighting;

/// <summary>
/// Chooses the kernel's half-widths by leave-one-mass-point-out cross-validation: each mass point of the design is
/// predicted from the others and compared with its own (dedicated) simulation.
/// </summary>
/// <remarks>
/// <para>Risk (Härdle, <i>Applied Nonparametric Regression</i>, 1990, §5.1, leave-one-out cross-validation):
/// CV(h) = (1/P) Σ_p (Ŷ_{−p}(θ_p) − Y_p)² / (Y_p² + σ_p²) over the P design points that selected events, with Y_p the
/// point's own signal (summed over bins) at the sample's reference couplings and the c τ₀ the caller gives for θ_p,
/// σ_p² its Σ w², and Ŷ_{−p} the prediction at θ_p without point p. The weight 1/(Y_p² + σ_p²) does not depend on h, so
/// CV(h) estimates the relative mean squared error up to an h-independent constant (the points' own MC variance): its
/// minimum balances the kernel's bias against its noise. A point whose leave-one-out prediction has no mass point in
/// reach counts as predicted 0 (relative error 1).</para>
/// <para>Candidates: the base half-widths times each multiplier, independently per axis for one or two axes (so a steep
/// axis can take a narrower kernel than a flat one), a common multiplier for three or four. Admissible are the candidates
/// under which the fewest left-out design points are flagged (<see cref="KernelPrediction.Flagged"/>: too few mass points
/// in the kernel for the local fit; usually none): a kernel that leaves part of the design without a defined estimate
/// is under-smoothed there however well it scores elsewhere (measured on an adaptive design, whose crowded steep region
/// otherwise drives the choice to kernels that flag a third of the box; docs/joint-samples.md). Among them, ties — scores within 10⁻⁶
/// relative (10⁻¹² absolute, rounding) of the minimum — go to the first candidate, the candidates being listed from wide
/// to narrow. Deterministic; runs the candidates in parallel.</para>
/// <para>A design not drawn from the prior (<see cref="MassPlacement.Adaptive"/>) crowds its points where the signal is
/// steep; the plain mean would then score the kernel mostly there. With the design's density relative to the prior,
/// g(θ_p), each term is weighted by 1/g(θ_p) (importance weights, normalised by their sum), so that CV(h) again
/// estimates the error averaged over the prior, i.e. over the box the way closure draws its points.</para>
/// </remarks>
public static class KernelBandwidthSelection
{
    private const double TieTolerance = 1e-6;

    /// <summary>The default multipliers on the base half-widths: 2^(k/2) for k = −4 … 2, i.e. 0.25 to 2.</summary>
    public static IReadOnlyList<double> DefaultMultipliers { get; } = [2.0, Math.Sqrt(2), 1.0, Math.Sqrt(0.5), 0.5, Math.Sqrt(0.125), 0.25];

    /// <summary>Runs the cross-validation.</summary>
    /// <param name="reweighter">The sample; its kernel's half-widths are the base that the multipliers scale.</param>
    /// <param name="properDecayLengthCmAt">c τ₀ (cm) at a design point θ_p at the sample's reference couplings; &gt; 0.</param>
    /// <param name="multipliers">Candidate factors on the base half-widths (each &gt; 0), or null for <see cref="DefaultMultipliers"/>.</param>
    /// <param name="designDensity">The design's density relative to the prior at a design point (&gt; 0; e.g.
    /// <see cref="JointSampleGenerator.DesignDensity"/>), or null for a design drawn from the prior (all 1).</param>
    /// <returns>The chosen half-widths with every candidate's score.</returns>
    /// <exception cref="ArgumentException">No multiplier, a multiplier not &gt; 0, or no design point selected any event.</exception>
    public static BandwidthSelection LeaveOneMassPointOut(LocalLinearKernelReweighter reweighter, Func<double[], double> properDecayLengthCmAt,
        IReadOnlyList<double>? multipliers = null, Func<double[], double>? designDensity = null)
    {
        ArgumentNullException.ThrowIfNull(reweighter);
        ArgumentNullException.ThrowIfNull(properDecayLengthCmAt);
        multipliers ??= DefaultMultipliers;
        if (multipliers.Count == 0) throw new ArgumentException("multipliers is empty", nameof(multipliers));
        foreach (double f in multipliers)
            if (!(f > 0) || !double.IsFinite(f)) throw new ArgumentOutOfRangeException(nameof(multipliers), f, $"multiplier = {f} must be finite and > 0");
        int d = reweighter.Dimension, m = reweighter.PointCount;
        var kernel = reweighter.Kernel;

        // Each point's own estimate at the reference couplings and its c τ₀.
        var ctau = new double[m];
        var own = new double[m];
        var ownSquares = new double[m];
        var importance = new double[m];
        for (int p = 0; p < m; p++)
        {
            var theta = reweighter.PointTheta(p).ToArray();
            double g = designDensity?.Invoke((double[])theta.Clone()) ?? 1;
            if (!(g > 0) || !double.IsFinite(g)) throw new ArgumentOutOfRangeException(nameof(designDensity), g, $"design density at design point {p} = {g} must be finite and > 0");
            importance[p] = 1 / g;
            ctau[p] = properDecayLengthCmAt(theta);
            if (!(ctau[p] > 0)) throw new ArgumentOutOfRangeException(nameof(properDecayLengthCmAt), ctau[p], $"c tau at design point {p} = {ctau[p]} must be > 0");
            (own[p], ownSquares[p]) = reweighter.PointEstimate(p, 1, ctau[p]);
        }
        int used = own.Count(y => y > 0);
        double totalImportance = 0;
        for (int p = 0; p < m; p++) if (own[p] > 0) totalImportance += importance[p];
        if (used == 0) throw new ArgumentException("no design point selected any event: nothing to cross-validate", nameof(reweighter));

        var candidates = new List<double[]>();
        if (d <= 2)
        {
            foreach (double f0 in multipliers)
                if (d == 1) candidates.Add([f0]);
                else foreach (double f1 in multipliers) candidates.Add([f0, f1]);
        }
        else foreach (double f in multipliers) candidates.Add([.. Enumerable.Repeat(f, d)]);

        var scores = new double[candidates.Count];
        var flagged = new int[candidates.Count];
        var scales = Enumerable.Range(0, d).Select(kernel.Scale).ToArray();
        Parallel.For(0, candidates.Count, c =>
        {
            var h = new double[d];
            for (int k = 0; k < d; k++) h[k] = kernel.Bandwidth(k) * candidates[c][k];
            var trial = reweighter.With(new Kernel(kernel.Shape, kernel.Form, h, scales), reweighter.Regression);
            var mu = new double[reweighter.BinCount];
            double sum = 0;
            for (int p = 0; p < m; p++)
            {
                if (!(own[p] > 0)) continue;
                var prediction = trial.PredictCore(trial.PointTheta(p), 1, ctau[p], mu, [], p);
                if (prediction.Flagged) flagged[c]++;
                double r = prediction.Signal - own[p];
                sum += importance[p] * r * r / (own[p] * own[p] + ownSquares[p]);
            }
            scores[c] = sum / totalImportance;
        });
        int fewestFlagged = flagged.Min();
        double minimum = scores.Where((_, c) => flagged[c] == fewestFlagged).Min();
        int best = Enumerable.Range(0, candidates.Count)
            .First(c => flagged[c] == fewestFlagged && scores[c] <= minimum * (1 + TieTolerance) + TieTolerance * TieTolerance);
        var chosen = new double[d];
        for (int k = 0; k < d; k++) chosen[k] = kernel.Bandwidth(k) * candidates[best][k];
        var all = candidates.Select((f, c) => new BandwidthCandidate([.. f.Select((x, k) => kernel.Bandwidth(k) * x)], scores[c])).ToArray();
        return new BandwidthSelection(chosen, scores[best], used, all);
    }
}
