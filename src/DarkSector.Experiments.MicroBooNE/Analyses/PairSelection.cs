using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.MicroBooNE.Analyses;

/// <summary>
/// MicroBooNE's e⁺e⁻ selection: a decay vertex in the TPC active volume, an efficiency map in the true pair energy and
/// angle, and the topology (one shower, shower + track, two showers) as the observable (bin index 0, 1, 2).
/// </summary>
/// <remarks>
/// Other liquid-argon TPCs reuse it with their own fiducial solids (the SBN and DUNE ND projections). A single photon
/// (<see cref="VisibleEvent.Second"/> zero) is one shower: the map is then evaluated at the photon's energy and angle.
/// </remarks>
/// <remarks>
/// <para>Fiducial test: the vertex must lie in one of <see cref="Fiducial"/> (default: MicroBooNE's active volume).</para>
/// <para>No smearing: the efficiency map is stated in true quantities (the detector resolution is part of it), and the
/// topology is decided from the true lepton momenta by <see cref="TopologyRules"/>. The pair angle is measured to +z, the
/// beam axis of the layout. Coherent production only (no hadronic activity) is set on the analysis, not here.</para>
/// <para>Immutable and thread-safe if the map is.</para>
/// </remarks>
public sealed class PairSelection : IEventSelection
{
    private readonly Solid[] _fiducial;

    /// <summary>Creates the selection.</summary>
    /// <param name="efficiency">Efficiency map; default <see cref="SmoothPairEfficiency"/> with its defaults.</param>
    /// <param name="topologies">Topology thresholds; default <see cref="TopologyRules"/> with its defaults.</param>
    /// <param name="fiducial">Solids (cm, detector frame) one of which must contain the vertex; default MicroBooNE's
    /// active volume; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="fiducial"/> is empty.</exception>
    public PairSelection(IPairEfficiencyMap? efficiency = null, TopologyRules? topologies = null, IReadOnlyList<Solid>? fiducial = null)
    {
        Map = efficiency ?? new SmoothPairEfficiency();
        Topologies = topologies ?? new TopologyRules();
        _fiducial = fiducial?.ToArray() ?? [MicroBooNELayout.ActiveBox()];
        if (_fiducial.Length == 0) throw new ArgumentException("at least one fiducial solid is needed", nameof(fiducial));
    }

    /// <summary>The solids one of which must contain the vertex.</summary>
    public IReadOnlyList<Solid> Fiducial => _fiducial;

    /// <summary>The efficiency map.</summary>
    public IPairEfficiencyMap Map { get; }

    /// <summary>The topology thresholds.</summary>
    public TopologyRules Topologies { get; }

    /// <inheritdoc />
    public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

    /// <inheritdoc />
    /// <remarks>0 outside the fiducial solids; else ε(E_ee, θ_ee) of the map.</remarks>
    public double Efficiency(in VisibleEvent reconstructed)
    {
        if (!InFiducial(reconstructed.VertexCm)) return 0;
        var total = reconstructed.Total;
        double p = total.P3.Norm;
        double angle = p > 0 ? Math.Acos(Math.Clamp(total.Pz / p, -1, 1)) : 0;
        return Map.Efficiency(Math.Max(0, total.E), angle);
    }

    /// <inheritdoc />
    /// <remarks>The topology as its bin index (<see cref="PairTopology"/>).</remarks>
    public double Observable(in VisibleEvent reconstructed) => (double)Topologies.Classify(reconstructed.First, reconstructed.Second);

    private bool InFiducial(ThreeVector vertex)
    {
        foreach (var solid in _fiducial)
            if (solid.Contains(vertex)) return true;
        return false;
    }
}
