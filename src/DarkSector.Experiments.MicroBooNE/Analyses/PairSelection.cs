using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.MicroBooNE.Analyses;

/// <summary>
/// MicroBooNE's e⁺e⁻ selection: a decay vertex in the TPC active volume, an efficiency map in the true pair energy and
/// angle, and the topology (one shower, shower + track, two showers) as the observable (bin index 0, 1, 2).
/// </summary>
/// <remarks>
/// <para>No smearing: the efficiency map is stated in true quantities (the detector resolution is part of it), and the
/// topology is decided from the true lepton momenta by <see cref="TopologyRules"/>. The pair angle is measured to +z, the
/// beam axis of the layout. Coherent production only (no hadronic activity) is set on the analysis, not here.</para>
/// <para>Immutable and thread-safe if the map is.</para>
/// </remarks>
public sealed class PairSelection : IEventSelection
{
    private readonly double _hx = 0.5 * MicroBooNELayout.ActiveXCm, _hy = 0.5 * MicroBooNELayout.ActiveYCm, _hz = 0.5 * MicroBooNELayout.ActiveZCm;

    /// <summary>Creates the selection.</summary>
    /// <param name="efficiency">Efficiency map; default <see cref="SmoothPairEfficiency"/> with its defaults.</param>
    /// <param name="topologies">Topology thresholds; default <see cref="TopologyRules"/> with its defaults.</param>
    public PairSelection(IPairEfficiencyMap? efficiency = null, TopologyRules? topologies = null)
    {
        Map = efficiency ?? new SmoothPairEfficiency();
        Topologies = topologies ?? new TopologyRules();
    }

    /// <summary>The efficiency map.</summary>
    public IPairEfficiencyMap Map { get; }

    /// <summary>The topology thresholds.</summary>
    public TopologyRules Topologies { get; }

    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

    /// <inheritdoc />
    /// <remarks>0 outside the active volume; else ε(E_ee, θ_ee) of the map.</remarks>
    public double Efficiency(in VisibleEvent reconstructed)
    {
        var v = reconstructed.VertexCm;
        if (!(Math.Abs(v.X) <= _hx && Math.Abs(v.Y) <= _hy && Math.Abs(v.Z) <= _hz)) return 0;
        var total = reconstructed.Total;
        double p = total.P3.Norm;
        double angle = p > 0 ? Math.Acos(Math.Clamp(total.Pz / p, -1, 1)) : 0;
        return Map.Efficiency(Math.Max(0, total.E), angle);
    }

    /// <inheritdoc />
    /// <remarks>The topology as its bin index (<see cref="PairTopology"/>).</remarks>
    public double Observable(in VisibleEvent reconstructed) => (double)Topologies.Classify(reconstructed.First, reconstructed.Second);
}
