using DarkSector.Physics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Generation;

/// <summary>Turns weighted events into equal-weight events by accept-reject.</summary>
/// <remarks>
/// Event i (total weight W_i ≥ 0) is kept with probability W_i / W_max; a kept event's generator factor is scaled by
/// W_max / W_i so its total weight is W_max, leaving the other factors as they were. Σ of kept weights is an unbiased
/// estimate of Σ W_i; the efficiency ⟨W⟩/W_max is the expected fraction kept. Deterministic for a seed. Thread-safe
/// (no shared state).
/// </remarks>
public static class Unweighter
{
    /// <summary>Unweights <paramref name="sample"/>.</summary>
    /// <param name="sample">Weighted events; total weights finite and ≥ 0, not all zero.</param>
    /// <param name="seed">Seed of the accept-reject stream.</param>
    /// <exception cref="ArgumentException">A negative or non-finite total weight, or all weights zero.</exception>
    public static UnweightingResult Unweight(EventSample sample, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(sample);
        double max = 0, sum = 0;
        for (int i = 0; i < sample.Count; i++)
        {
            double w = Check.NonNegative(sample.TotalWeight(i), $"total weight of event {i}");
            max = Math.Max(max, w);
            sum += w;
        }
        if (!(max > 0)) throw new ArgumentException("all event weights are zero: nothing to unweight", nameof(sample));
        var result = new EventSample(sample.Metadata);
        var stream = RandomStream.Create(seed, 0x756E776569676874UL); // "unweight"
        Span<double> theta = stackalloc double[4];
        for (int i = 0; i < sample.Count; i++)
        {
            double w = sample.TotalWeight(i);
            if (stream.NextDouble() * max >= w) continue;
            var e = sample[i];
            for (int k = 0; k < sample.ParameterCount; k++) theta[k] = sample.Parameters(k)[i];
            result.Add(e with { GeneratorWeight = e.GeneratorWeight * (max / w) }, theta[..sample.ParameterCount]);
        }
        result.TrimExcess();
        return new UnweightingResult { Events = result, Efficiency = sum / sample.Count / max, MaxWeight = max };
    }
}
