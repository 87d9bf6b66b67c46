namespace DarkSector.Sampling.Inference;

/// <summary>The minimum of −2 ln L over the profiled parameters at one point of the plot axes.</summary>
/// <param name="Values">Every parameter at the minimum: the fixed (plot-axis) values and the profiled ones.</param>
/// <param name="MinusTwoLnL">−2 ln L there.</param>
/// <param name="Evaluations">Evaluations of −2 ln L spent (coarse grid plus minimiser).</param>
public sealed record ProfiledPoint(IReadOnlyDictionary<string, double> Values, double MinusTwoLnL, int Evaluations);
