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

    /// <summary>Called once with each amount of work the scan plans (simulations, or grid points when each is one unit).</summary>
    public Action<long>? AddWork { get; init; }

    /// <summary>Called when one unit of work is done (thread-safe callers only).</summary>
    public Action? WorkDone { get; init; }
}
