using DarkSector.Sampling.Reweighting;

namespace DarkSector.Sampling.Inference;

/// <summary>Settings of a <see cref="FamilyScan"/>'s strategy.</summary>
/// <remarks>Immutable.</remarks>
public sealed record FamilyScanOptions
{
    /// <summary>A parameter minimised over its grid at every point (directly predicted families only), or null.</summary>
    public SliceAxis? Profile { get; init; }

    /// <summary>Two mass axes: the number of mass points of the joint sample built for the slice (0: simulate every grid
    /// point); null for the default, 100.</summary>
    public int? MassPoints { get; init; }

    /// <summary>Kernel half-width in decades on every mass axis, or null for the default (about 16 mass points per kernel box).</summary>
    public double? Bandwidth { get; init; }

    /// <summary>A saved joint sample to reweight instead of simulating, or null.</summary>
    public JointSample? Sample { get; init; }

    /// <summary>Names <see cref="Sample"/> in errors, e.g. "--sample joint.dsev".</summary>
    public string SampleSource { get; init; } = "the joint sample";

    /// <summary>Names <see cref="Sample"/> in <see cref="FamilyScan.Method"/>, e.g. its file.</summary>
    public string? SampleName { get; init; }

    /// <summary>A requested relative MC error on the selected signal per mass column, or null for a fixed
    /// <see cref="Simulation.SimulationOptions.Events"/>: the column's reference simulation grows (as
    /// <see cref="Simulation.DetectorSimulation.RunToPrecision"/>) until <see cref="FamilyScan.ColumnRelativeError"/>
    /// reaches it or the event budget is spent. Only for the exact-reweighting strategy (at most one mass axis).</summary>
    public Simulation.PrecisionTarget? Precision { get; init; }

    /// <summary>The −2 ln L difference to the background-only hypothesis at which the limit is drawn, used to find the
    /// grid points of a column that bracket the limit (<see cref="FamilyScan.ColumnRelativeError"/>); default the 90% CL
    /// threshold for 2 dof, 4.61.</summary>
    public double PrecisionThreshold { get; init; } = Limits.DeltaLogLikelihood.Threshold(0.9, 2);

    /// <summary>Called once with each amount of work the scan plans (simulations, or grid points when each is one unit).</summary>
    public Action<long>? AddWork { get; init; }

    /// <summary>Called when one unit of work is done (thread-safe callers only).</summary>
    public Action? WorkDone { get; init; }
}
