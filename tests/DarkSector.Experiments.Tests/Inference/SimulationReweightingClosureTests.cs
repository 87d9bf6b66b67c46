using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Weights;
using Xunit.Abstractions;

namespace DarkSector.Experiments.Tests.Inference;

/// <summary>Closure of the exact coupling and lifetime reweighting on the real T2K ND280 plugin (what scan and limit use).</summary>
public sealed class SimulationReweightingClosureTests(ITestOutputHelper output)
{
    [Fact] // the stored events carry, per fiducial crossing, the selection efficiency for a decay in it (ND280 analysis 0
           // accepts only the TPC boxes, not the FGD1 box its lines of flight also cross), so the reweighted rate is an
           // unbiased estimate of the simulated one at every c τ₀. Both runs share their events (same seed; the efficiency
           // evaluations consume no random numbers), so they differ only by where the simulation draws each decay: event i
           // contributes d_i = w_i P_i ε(j*) with crossing j* drawn with probability P_j/P_i, whose mean is the reweighted
           // r_i = w_i Σ_j ε_j P_j and whose variance is w_i² (P_i Σ_j ε_j² P_j − r_i²/w_i²). The sum of these is the
           // paired error σ_D (a few % here, while each run's own MC error is ~60%: a few events dominate). Tolerance:
           // 4 σ_D relative to the simulation plus 1e-5 (crossings stored as float), at the generation point and at
           // c τ₀ × 30 with couplings × 3
    public void ReweightedRate_ReproducesDedicatedSimulation()
    {
        Assert.True(ExperimentCatalog.Discover().TryGet("t2k-nd280", out var experiment) && experiment is not null);
        var analysis = experiment.Analyses[0];
        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, Math.Sqrt(4.6e-4), 0.4, vertexMu2: 2.2e-7, decayVertex2: 1);
        var signal = new DarkPhotonSignal(model);
        var options = new SimulationOptions { Events = 20_000, Seed = 5 };
        var events = new ReweightingEvents(1, analysis.Binning.Count);
        var generation = SimulationReweighting.Collect(experiment, analysis, signal, options, [0.1], 1, 1, events);
        var mu = new double[events.BinCount];
        events.PredictAtSampledPoint(1, signal.ProperDecayLengthCm, mu, []);
        var (atGeneration, generationError) = SimulateWithPairedError(experiment, analysis, signal, options);
        Assert.Equal(generation.Selected, atGeneration.Selected);   // deterministic for a seed, with or without observer
        Assert.True(generation.Selected > 0);
        AssertAgree(mu.Sum(), generation.Selected, generationError);

        double ctau = 30 * signal.ProperDecayLengthCm;
        var (dedicated, dedicatedError) = SimulateWithPairedError(experiment, analysis, new ProperDecayLengthOverride(signal, ctau), options);
        events.PredictAtSampledPoint(3, ctau, mu, []);
        AssertAgree(mu.Sum(), 3 * dedicated.Selected, 3 * dedicatedError);
    }

    /// <summary>The simulation and σ_D = √(Σ_i w_i² (P_i Σ_j ε_j² P_j − (Σ_j ε_j P_j)²)) over its binned events: the spread
    /// of the selected rate around its reweighted value from drawing one decay point per event.</summary>
    private static (SimulationResult Result, double PairedError) SimulateWithPairedError(IExperiment experiment, AnalysisDefinition analysis,
        ISignalModel model, SimulationOptions options)
    {
        var detector = experiment.Detector;
        double variance = 0;
        var result = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, model, options, null, decay =>
        {
            if (decay.Bin < 0) return;
            double lambda = decay.BetaGamma * model.ProperDecayLengthCm;
            double all = DecayInVolume.Probability(detector, decay.Flight, lambda), mean = 0, square = 0;
            for (int j = 0; j < decay.Crossings.Length; j++)
            {
                double p = DecayInVolume.Probability(decay.Crossings.Span.Slice(j, 1), lambda), e = decay.Efficiencies.Span[j];
                mean += e * p;
                square += e * e * p;
            }
            variance += decay.Weight * decay.Weight * Math.Max(0, all * square - mean * mean);
        });
        return (result, Math.Sqrt(variance));
    }

    private void AssertAgree(double reweighted, double simulated, double pairedError)
    {
        double tolerance = 4 * pairedError / simulated + 1e-5;
        double deviation = Math.Abs(reweighted / simulated - 1);
        output.WriteLine($"reweighted/simulated − 1 = {reweighted / simulated - 1:E3}, tolerance {tolerance:E3} (paired relative error {pairedError / simulated:E2})");
        Assert.True(deviation < tolerance, $"reweighted/simulated − 1 = {reweighted / simulated - 1:E3}, tolerance {tolerance:E3}");
    }
}
