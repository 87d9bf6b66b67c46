using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;
using Xunit.Abstractions;

namespace DarkSector.Experiments.Tests.Inference;

/// <summary>Closure of the lifetime reweighting of the photon-conversion topology on the real MINERvA plugin (what scan uses).</summary>
public sealed class ConversionReweightingClosureTests(ITestOutputHelper output)
{
    [Fact] // MINERvA me-rhc, dipole m_N = 0.3 GeV, d_μ = 1e-6 GeV⁻¹ (c τ₀ ≈ 9 cm): the events stored with their decay-line
           // segments (ε·P_conv), reweighted to c τ₀ × 1/30, × 1 and × 3 (couplings × 3 at the last), reproduce dedicated
           // simulations with the same seed. Both share their events; they differ by the simulation's draw of the decay
           // point (mean ε∫f P_conv, variance w²ε²(P_decay ∫f P_conv² − (∫f P_conv)²), from the same segments) and by the
           // quadrature (≤ 0.01 ε per unit decay probability on every stored segment, summed linearly). Tolerance: 4 σ_D + the quadrature bound + 1e-5
    public void ReweightedRate_ReproducesDedicatedSimulation()
    {
        Assert.True(ExperimentCatalog.Discover().TryGet("minerva", out var experiment) && experiment is not null);
        var analysis = experiment.Analyses.Single(a => a.Id == "me-rhc");
        Assert.Equal(SignalTopology.PhotonConversionInFiducial, analysis.Signal);
        var signal = new DipolePhotonSignal(new DipoleParameters { MassGeV = 0.3, DMuonGeVm1 = 1e-6 });
        var options = new SimulationOptions { Events = 6000, Seed = 3 };
        var events = new ReweightingEvents(1, analysis.Binning.Count);
        var generation = SimulationReweighting.Collect(experiment, analysis, signal, options, [0.3], 1, 1, events);
        Assert.True(events.Count > 100, $"{events.Count} stored events");
        var mu = new double[events.BinCount];
        foreach (var (factor, scale) in new[] { (1.0 / 30, 1.0), (1.0, 1.0), (3.0, 3.0) })
        {
            double ctau = factor * signal.ProperDecayLengthCm;
            ISignalModel model = factor == 1 ? signal : new ProperDecayLengthOverride(signal, ctau);
            var (dedicated, paired, bound) = SimulateWithPairedError(experiment, analysis, model, options);
            if (factor == 1) Assert.Equal(generation.Selected, dedicated.Selected);   // deterministic, observer or not
            Assert.True(dedicated.Selected > 0);
            events.PredictAtSampledPoint(scale, ctau, mu, []);
            double reweighted = mu.Sum(), simulated = scale * dedicated.Selected;
            double tolerance = (4 * paired + bound) / dedicated.Selected + 1e-5;
            output.WriteLine($"c τ₀ × {factor}: reweighted/simulated − 1 = {reweighted / simulated - 1:E3}, tolerance {tolerance:E3} (paired {paired / dedicated.Selected:E2}, quadrature bound {bound / dedicated.Selected:E2}, simulation MC {dedicated.McError / dedicated.Selected:E2})");
            Assert.True(Math.Abs(reweighted / simulated - 1) < tolerance, $"c τ₀ × {factor}: reweighted/simulated − 1 = {reweighted / simulated - 1:E3}, tolerance {tolerance:E3}");
        }
    }

    /// <summary>The simulation, σ_D over its binned events and the summed quadrature bound 0.01 w Σ_k [e^(−s_k/λ) − e^(−s_k+1/λ)].</summary>
    private static (SimulationResult Result, double PairedError, double QuadratureBound) SimulateWithPairedError(IExperiment experiment,
        AnalysisDefinition analysis, ISignalModel model, SimulationOptions options)
    {
        var detector = experiment.Detector;
        var traced = new VolumeSegment[detector.MaxSegments];
        double variance = 0, bound = 0;
        var result = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, model, options, null, decay =>
        {
            if (decay.Bin < 0) return;
            double lambda = decay.BetaGamma * model.ProperDecayLengthCm, end = 0;
            int n = detector.Trace(decay.Flight, traced);
            for (int i = 0; i < n; i++) end = Math.Max(end, traced[i].Exit);
            double pDecay = 1 - Math.Exp(-end / lambda), mean = 0, square = 0, quadrature = 0;
            var segments = decay.Crossings.Span;
            var values = decay.Efficiencies.Span;
            for (int k = 0; k < segments.Length; k++)
            {
                double p = Math.Exp(-segments[k].Entry / lambda) - Math.Exp(-segments[k].Exit / lambda);
                mean += values[k] * p;
                square += values[k] * (double)values[k] * p;
                quadrature += p;
            }
            // ε ≤ 1 is the selection factor common to all segments: ε² ∫f P_conv² = Σ v_k² Δ_k, so P_decay·Σ v² Δ − (Σ v Δ)²
            variance += decay.Weight * decay.Weight * Math.Max(0, pDecay * square - mean * mean);
            bound += 0.01 * decay.Weight * quadrature;   // |ε P_conv − v_k| ≤ 0.01 on every stored segment (ε ≤ 1)
        });
        return (result, Math.Sqrt(variance), bound);
    }
}
