using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Testing;

/// <summary>
/// The signal of a published figure at one point of its plane — the benchmark if it has one, else the centre of its
/// axes (geometric centre on a log axis) — built by the library's family front door
/// (<see cref="ModelFamilies.Get(string, HnlNature)"/> with the figure's HNL nature, then <see cref="ModelFamily.Signal"/>).
/// Null for a family without a simulated signal (3p1) or one the library does not know.
/// </summary>
internal static class FigureSignals
{
    /// <summary>The figure's signal at its benchmark or centre, or null for a family without a simulated signal.</summary>
    public static ISignalModel? At(PublishedFigure figure, AnalysisDefinition analysis)
    {
        var point = figure.Fixed.ToDictionary(p => p.Name, p => p.Value);
        point[figure.X.Parameter] = figure.Benchmark?.X ?? Centre(figure.X);
        point[figure.Y.Parameter] = figure.Benchmark?.Y ?? Centre(figure.Y);
        if (figure.Profile is FigureAxis profile) point[profile.Parameter] = Centre(profile);
        if (!ModelFamilies.All.Any(f => f.Name == figure.Family)) return null;
        var family = ModelFamilies.Get(figure.Family, figure.Assumptions.Nature);
        return family.HasSignal ? family.Signal(point, analysis) : null;
    }

    private static double Centre(FigureAxis axis) =>
        axis.Scale == AxisScale.Logarithmic ? Math.Sqrt(axis.Min * axis.Max) : 0.5 * (axis.Min + axis.Max);
}
