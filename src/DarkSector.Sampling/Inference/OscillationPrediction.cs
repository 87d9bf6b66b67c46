using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Oscillations;

namespace DarkSector.Sampling.Inference;

/// <summary>The 3+1 appearance prediction of an analysis from its fully oscillated Monte Carlo
/// (<see cref="AnalysisDefinition.Appearance"/>, <see cref="AppearanceSample"/>).</summary>
public static class OscillationPrediction
{
    /// <summary>The analysis's appearance sample (parsed on first use).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentException">The analysis has none.</exception>
    public static AppearanceSample SampleOf(AnalysisDefinition analysis) => analysis.Appearance?.Value
        ?? throw new ArgumentException($"analysis '{analysis.Id}' has no fully oscillated Monte Carlo, so the 3p1 family cannot predict it (MiniBooNE: eqe, eqe-rhc, eqe-combined)");

    /// <summary>Expected oscillation events per analysis bin.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="parameters">The 3+1 point.</param>
    /// <exception cref="ArgumentException">The analysis has no appearance sample.</exception>
    public static double[] Predict(AnalysisDefinition analysis, ThreePlusOneParameters parameters)
    {
        var sample = SampleOf(analysis);
        var bins = new double[sample.BinCount];
        sample.Predict(parameters, bins);
        return bins;
    }

    /// <summary>The one-line description of a 3+1 point.</summary>
    /// <param name="p">The 3+1 point.</param>
    public static string Describe(ThreePlusOneParameters p) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"3+1 oscillation, dm2 = {p.Dm2Ev2:G4} eV^2, sin^2(2theta_mue) = {p.Sin22ThetaMuE:G4}");
}
