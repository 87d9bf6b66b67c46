using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.Generation.Channels;

/// <summary>
/// A decay chain N_j → N_k ℓ⁻ℓ⁺, N_k → N_l ℓ⁻ℓ⁺, …, ending in a light neutrino or in a heavy state that is left
/// undecayed (its remaining decays are invisible), as one generator channel: every step is sampled with its own
/// three-body matrix element and the daughter's decay is boosted into the parent's frame.
/// </summary>
/// <remarks>
/// <para>Weight w = Π_i w_i/Γ_i over the steps (each <see cref="ThreeBodyDecaySampler"/> averages to its width Γ_i), so
/// E[w] = 1 and the products follow the product of the step distributions (narrow-width factorisation of the chain:
/// each intermediate state decays on shell, Γ_k ≪ m_k).</para>
/// <para>Polarisation: the first step sees the parent's Π; later steps are drawn unpolarised (Π = 0). For the Majorana
/// states of the dark seesaw the spin-dependent part of the charge-summed decay cancels (physics.md §2.1: isotropic for
/// Majorana N), so charge-symmetric observables are exact.</para>
/// <para>Products (N_j rest frame, three slots): slot 1 = the final neutral state (the light ν or the last N_k), slot 2 =
/// the sum of the ℓ⁻ four-momenta, slot 3 = the sum of the ℓ⁺ four-momenta. For one step these are exactly f, ℓ⁻, ℓ⁺;
/// for a cascade the visible system (total energy, momentum and invariant mass of all leptons) is preserved and the
/// charge-grouped sums stand for the overlapping showers a Cherenkov or calorimetric detector reconstructs as one pair.
/// All intermediate decays are placed at the parent's decay vertex (prompt cascade: the daughters' lab decay lengths
/// βγ c τ_k are neglected against the detector size; <see cref="Simulation.DarkSeesawSignal"/> reports the largest).</para>
/// <para>Immutable; thread-safe; allocation-free.</para>
/// </remarks>
internal sealed class CascadeChannel : IHnlDecaySampler
{
    private readonly ThreeBodyDecaySampler[] _steps;
    private readonly double _inverseWidths;

    /// <summary>Creates the chain.</summary>
    /// <param name="channel">Name and PDG codes (final neutral state, ℓ⁻, ℓ⁺).</param>
    /// <param name="steps">The steps in order; the daughter of step i must be the parent of step i + 1 (same mass).</param>
    /// <exception cref="ArgumentException">No step, a zero width, masses that do not chain, or not three products.</exception>
    public CascadeChannel(DecayChannelInfo channel, IReadOnlyList<ThreeBodyDecaySampler> steps)
    {
        Channel = channel ?? throw new ArgumentNullException(nameof(channel));
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0) throw new ArgumentException("a cascade has at least one step", nameof(steps));
        if (channel.ProductPdgCodes.Count != 3) throw new ArgumentException($"a cascade writes 3 products (channel lists {channel.ProductPdgCodes.Count})", nameof(channel));
        double inverse = 1;
        for (int i = 0; i < steps.Count; i++)
        {
            if (!(steps[i].WidthGeV > 0)) throw new ArgumentException($"step {i}: width {steps[i].WidthGeV} GeV must be > 0", nameof(steps));
            if (i > 0 && Math.Abs(steps[i].ParentMassGeV - steps[i - 1].DaughterMassGeV) > 1e-12 * steps[i].ParentMassGeV)
                throw new ArgumentException($"step {i}: parent mass {steps[i].ParentMassGeV} GeV is not the daughter mass {steps[i - 1].DaughterMassGeV} GeV of step {i - 1}", nameof(steps));
            inverse /= steps[i].WidthGeV;
        }
        _steps = [.. steps];
        _inverseWidths = inverse;
    }

    /// <inheritdoc/>
    public DecayChannelInfo Channel { get; }

    /// <summary>Number of steps of the chain.</summary>
    public int StepCount => _steps.Length;

    /// <inheritdoc/>
    public int UniformCount => ThreeBodyDecaySampler.UniformCount * _steps.Length;

    /// <inheritdoc/>
    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
    {
        // frame of the current parent: its momentum in the N_j rest frame (boost velocity β = p/E)
        var minus = default(FourMomentum);
        var plus = default(FourMomentum);
        var frame = default(ThreeVector);
        var daughter = default(FourMomentum);
        double w = _inverseWidths;
        for (int i = 0; i < _steps.Length; i++)
        {
            w *= _steps[i].Sample(uniforms.Slice(i * ThreeBodyDecaySampler.UniformCount, ThreeBodyDecaySampler.UniformCount),
                i == 0 ? polarization : default, out var d, out var lm, out var lp);
            if (w == 0) break;
            if (i > 0) (d, lm, lp) = (d.Boost(frame), lm.Boost(frame), lp.Boost(frame));
            minus += lm;
            plus += lp;
            daughter = d;
            frame = d.P3 / d.E;
        }
        products[0] = daughter;
        products[1] = minus;
        products[2] = plus;
        return w;
    }
}
