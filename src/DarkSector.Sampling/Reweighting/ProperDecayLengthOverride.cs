using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Reweighting;

/// <summary>A signal model identical to another except for the proper decay length c τ₀ of N.</summary>
/// <remarks>
/// The seed paper's lifetime scans (PRD 107 (2023) 035027, fig. 11) vary c τ₀ through |V_N|², which enters only the N
/// decay width: production (|V_μN|², α_D, ε) and the visible branching ratio (all decays through the same vertex)
/// stay fixed, so c τ₀ is a free parameter at fixed production. Immutable; thread-safe if the wrapped model is.
/// </remarks>
internal sealed class ProperDecayLengthOverride : ISignalModel
{
    private readonly ISignalModel _inner;

    /// <summary>Wraps <paramref name="inner"/> with c τ₀ = <paramref name="properDecayLengthCm"/>.</summary>
    /// <param name="inner">The model point.</param>
    /// <param name="properDecayLengthCm">c τ₀, cm; &gt; 0 (+∞ allowed).</param>
    /// <exception cref="ArgumentOutOfRangeException">c τ₀ not positive.</exception>
    public ProperDecayLengthOverride(ISignalModel inner, double properDecayLengthCm)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        if (!(properDecayLengthCm > 0))
            throw new ArgumentOutOfRangeException(nameof(properDecayLengthCm), properDecayLengthCm, $"properDecayLengthCm = {properDecayLengthCm} must be > 0");
        ProperDecayLengthCm = properDecayLengthCm;
    }

    /// <summary>The wrapped model.</summary>
    public ISignalModel Inner => _inner;

    /// <inheritdoc/>
    public string Description => $"{_inner.Description} with c tau0 = {ProperDecayLengthCm:G4} cm";

    /// <inheritdoc/>
    public double HnlMassGeV => _inner.HnlMassGeV;

    /// <inheritdoc/>
    /// <remarks>The wrapped model's: the lifetime changes at fixed branching ratios.</remarks>
    public double VisibleBranchingRatio => _inner.VisibleBranchingRatio;

    /// <inheritdoc/>
    public double ProperDecayLengthCm { get; }

    /// <inheritdoc/>
    public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
        => _inner.For(flavour, nuclei, nucleusCounts);

    /// <inheritdoc/>
    public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second) => _inner.TryVisible(e, out first, out second);
}
