namespace DarkSector.Sampling.Simulation;

/// <summary>Sampling shares protected against a pilot that did not see a stratum: the strata the pilot does not trust
/// keep at least their plain (equal or natural) share, the trusted ones make room. Where q ≥ p the weight ratio p/q is
/// ≤ 1, so an unseen stratum is sampled at least as often as by the plain sampler and its rare heavy events are not
/// starved (defensive importance sampling, Hesterberg, Technometrics 37 (1995) 185; Owen, Monte Carlo theory, methods
/// and examples (2013) §9.11).</summary>
internal static class DefensiveShares
{
    /// <summary>q with q_i ≥ floor_i wherever <paramref name="trusted"/>[i] is false, the trusted entries scaled by one
    /// common factor so that Σ q = Σ floor; <paramref name="floor"/> itself when the trusted entries have nothing left to
    /// give (no trusted mass, or the raised entries already take everything).</summary>
    /// <param name="q">Proposed shares, ≥ 0, summing to Σ floor (1 for probabilities).</param>
    /// <param name="trusted">Per entry: may the proposal take this entry below its floor.</param>
    /// <param name="floor">The plain shares, ≥ 0.</param>
    public static double[] RaiseToFloor(double[] q, bool[] trusted, double[] floor)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(floor);
        if (trusted.Length != q.Length || floor.Length != q.Length)
            throw new ArgumentException($"q, trusted and floor must have one length; got {q.Length}, {trusted.Length}, {floor.Length}", nameof(trusted));
        var raised = new double[q.Length];
        double fixedMass = 0, free = 0, total = floor.Sum();
        for (int i = 0; i < q.Length; i++)
            if (trusted[i]) free += q[i];
            else fixedMass += raised[i] = Math.Max(q[i], floor[i]);
        double room = total - fixedMass;
        if (!(free > 0 && room > 0)) return (double[])floor.Clone();
        for (int i = 0; i < q.Length; i++)
            if (trusted[i]) raised[i] = q[i] * room / free;
        return raised;
    }
}
