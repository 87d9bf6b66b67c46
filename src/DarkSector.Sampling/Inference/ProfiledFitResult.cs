namespace DarkSector.Sampling.Inference;

/// <summary>A best fit on a plot grid with the other parameters profiled (<see cref="ProfiledFit.BestFit"/>).</summary>
public sealed record ProfiledFitResult
{
    /// <summary>Name of the x axis.</summary>
    public required string XName { get; init; }

    /// <summary>Name of the y axis.</summary>
    public required string YName { get; init; }

    /// <summary>The profiled minimum at each grid point, x fastest (index ix + nx·iy).</summary>
    public required IReadOnlyList<ProfiledPoint> Points { get; init; }

    /// <summary>The overall best fit, with every parameter's value (the profiled ones included).</summary>
    public required ProfiledPoint Best { get; init; }

    /// <summary>Names of the profiled parameters.</summary>
    public required IReadOnlyList<string> Profiled { get; init; }
}
