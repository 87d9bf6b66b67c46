using System.Runtime.Intrinsics;
using DarkSector.Physics;
using DarkSector.Physics.Oscillations;

namespace DarkSector.Sampling.Oscillations;

/// <summary>
/// A fully oscillated ν_μ → ν_e appearance Monte Carlo sample binned like an analysis: the oscillated prediction at any
/// (Δm², sin²2θ_μe) is each event's full-transmutation weight times P(ν_μ → ν_e) at its true L/E, summed per bin.
/// </summary>
/// <remarks>
/// <para>Prediction per bin b: s_b = Σ_{i ∈ b} w_i · sin²2θ_μe · sin²(1.267 Δm² L_i/E_i)
/// (<see cref="SterileOscillation"/>; the event-by-event oscillation weight of MiniBooNE's data release,
/// data/miniboone-release/PROVENANCE.md). Events outside every bin are dropped at construction. The events are stored
/// sorted by bin as two columns (phase per unit Δm², 1.267 L/E in eV⁻², and weight), so a prediction is one pass
/// over contiguous memory: allocation-free, vectorised with <see cref="Vector256"/> sine (the scalar
/// <see cref="Math.Sin"/> path is the reference; <see cref="PredictScalar"/>), summed per bin in a fixed order
/// (deterministic).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class AppearanceSample
{
    private readonly double[] _phase;      // 1.267 L/E per event, eV⁻² (radians per eV²), sorted by bin
    private readonly double[] _weight;     // full-transmutation events per simulated event
    private readonly int[] _binStart;      // events of bin b: [_binStart[b], _binStart[b + 1])

    private AppearanceSample(double[] phase, double[] weight, int[] binStart) => (_phase, _weight, _binStart) = (phase, weight, binStart);

    /// <summary>Number of analysis bins.</summary>
    public int BinCount => _binStart.Length - 1;

    /// <summary>Number of stored events (those inside a bin).</summary>
    public int EventCount => _phase.Length;

    /// <summary>Builds the sample from its events.</summary>
    /// <param name="binCount">Number of analysis bins; ≥ 1.</param>
    /// <param name="events">The events; those with a negative bin are dropped.</param>
    /// <exception cref="ArgumentException">A bin ≥ <paramref name="binCount"/>, or an L/E or weight that is negative or
    /// not finite (the message names the event).</exception>
    public static AppearanceSample Create(int binCount, IEnumerable<AppearanceEvent> events)
    {
        Check.AtLeast(binCount, 1, nameof(binCount));
        ArgumentNullException.ThrowIfNull(events);
        var kept = new List<AppearanceEvent>();
        int index = 0;
        foreach (var e in events)
        {
            if (e.Bin >= binCount) throw new ArgumentException($"event {index}: bin {e.Bin} is outside [0, {binCount})", nameof(events));
            Check.NonNegative(e.LengthOverEnergyKmPerGeV, $"event {index}: L/E");
            Check.NonNegative(e.Weight, $"event {index}: weight");
            if (e.Bin >= 0) kept.Add(e);
            index++;
        }
        var sorted = kept.Select((e, i) => (Event: e, Order: i)).OrderBy(p => p.Event.Bin).ThenBy(p => p.Order).Select(p => p.Event).ToArray();
        var binStart = new int[binCount + 1];
        foreach (var e in sorted) binStart[e.Bin + 1]++;
        for (int b = 0; b < binCount; b++) binStart[b + 1] += binStart[b];
        return new AppearanceSample(sorted.Select(e => SterileOscillation.PhaseConstant * e.LengthOverEnergyKmPerGeV).ToArray(),
            sorted.Select(e => e.Weight).ToArray(), binStart);
    }

    /// <summary>The prediction under full transmutation (P = 1): Σ w per bin, events.</summary>
    /// <param name="bins">Output, length <see cref="BinCount"/>.</param>
    /// <exception cref="ArgumentException">Wrong length.</exception>
    public void FullTransmutation(Span<double> bins)
    {
        CheckLength(bins);
        for (int b = 0; b < BinCount; b++)
        {
            double sum = 0;
            for (int i = _binStart[b]; i < _binStart[b + 1]; i++) sum += _weight[i];
            bins[b] = sum;
        }
    }

    /// <summary>The oscillated prediction per bin, events (vectorised; allocation-free).</summary>
    /// <param name="parameters">The 3+1 point.</param>
    /// <param name="bins">Output, length <see cref="BinCount"/>.</param>
    /// <exception cref="ArgumentException">Wrong length.</exception>
    public void Predict(ThreePlusOneParameters parameters, Span<double> bins)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckLength(bins);
        PredictTrusted(parameters.Dm2Ev2, parameters.Sin22ThetaMuE, bins);
    }

    /// <summary>The same prediction with <see cref="Math.Sin"/> event by event: the reference for the vectorised path.</summary>
    /// <param name="parameters">The 3+1 point.</param>
    /// <param name="bins">Output, length <see cref="BinCount"/>.</param>
    /// <exception cref="ArgumentException">Wrong length.</exception>
    public void PredictScalar(ThreePlusOneParameters parameters, Span<double> bins)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckLength(bins);
        for (int b = 0; b < BinCount; b++)
        {
            double sum = 0;
            for (int i = _binStart[b]; i < _binStart[b + 1]; i++)
            {
                double s = Math.Sin(parameters.Dm2Ev2 * _phase[i]);
                sum += _weight[i] * s * s;
            }
            bins[b] = parameters.Sin22ThetaMuE * sum;
        }
    }

    /// <summary>The prediction for values already checked (Δm² ≥ 0 finite, sin²2θ in [0, 1], the right length).</summary>
    internal void PredictTrusted(double dm2Ev2, double sin22Theta, Span<double> bins)
    {
        var phase = _phase.AsSpan();
        var weight = _weight.AsSpan();
        var dm2 = Vector256.Create(dm2Ev2);
        for (int b = 0; b < BinCount; b++)
        {
            int i = _binStart[b], end = _binStart[b + 1];
            var acc = Vector256<double>.Zero;
            for (; i + Vector256<double>.Count <= end; i += Vector256<double>.Count)
            {
                var s = Vector256.Sin(dm2 * Vector256.Create<double>(phase.Slice(i, Vector256<double>.Count)));
                acc += Vector256.Create<double>(weight.Slice(i, Vector256<double>.Count)) * s * s;
            }
            double sum = Vector256.Sum(acc);
            for (; i < end; i++)
            {
                double s = Math.Sin(dm2Ev2 * phase[i]);
                sum += weight[i] * s * s;
            }
            bins[b] = sin22Theta * sum;
        }
    }

    private void CheckLength(Span<double> bins)
    {
        if (bins.Length != BinCount) throw new ArgumentException($"bins has length {bins.Length}; the sample has {BinCount} bins", nameof(bins));
    }
}
