using System.Collections.Concurrent;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.MicroBooNE.Validation;

/// <summary>
/// Validation rows of the MicroBooNE e⁺e⁻ search (MicroBooNE collaboration 2025): the example point (m_4 = 106 MeV,
/// m_Z' = 30 MeV, |U_μ4|² = 2e-10, ε = 8e-4, g_D = 2, Dirac) "just inside" the 95% CL sensitivity, i.e. an Asimov
/// Δχ² at the contour value 5.99 (2 dof), with and without the signal-normalisation systematic.
/// </summary>
/// <remarks>Asimov: data replaced by the expected background; Δχ² = χ²(b + s) − χ²(b) of the analysis's CNP likelihood
/// (the second term is 0). "Just inside" gives no number: a point inside the contour by up to ~20% in |U_μ4|² (signal
/// ∝ |U_μ4|², Δχ² ∝ s² for a small signal) has Δχ² up to ~1.44 × 5.99, hence the 50% tolerance.</remarks>
internal static class MicroBooNEValidation
{
    private const string Source = "MicroBooNE collaboration (2025), example point \"just inside the sensitivity\"; Delta chi^2 = 5.99 at 95% CL for 2 dof";

    /// <summary>The example point.</summary>
    public static DarkPhotonModel ExamplePoint() => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = 0.106, VertexMu2 = 2e-10, DecayVertex2 = 2e-10 }],
        ZPrimeMassGeV = 0.03,
        Epsilon = 8e-4,
        AlphaDark = 4 / (4 * Math.PI),
    };

    /// <summary>The rows.</summary>
    public static IReadOnlyList<ValidationRow> Rows(IExperiment experiment)
    {
        var plain = experiment.Analyses.Single(a => a.Id == "ee-topologies");
        var withSystematic = experiment.Analyses.Single(a => a.Id == "ee-topologies-signal-syst");
        // one simulation per settings, shared by both rows (thread-safe)
        var cache = new ConcurrentDictionary<ValidationSettings, Lazy<SimulationResult>>();
        SimulationResult Simulate(ValidationSettings s) => cache.GetOrAdd(s, _ => new Lazy<SimulationResult>(() =>
            DetectorSimulation.Run(experiment, plain, plain.Exposures, new DarkPhotonSignal(ExamplePoint()), new SimulationOptions { Events = s.Events, Seed = s.Seed }))).Value;
        ValidationRow Row(string id, string quantity, string assumptions, Func<ValidationSettings, ValidationValue> compute) => new()
        {
            Id = $"{MicroBooNEExperiment.Id}/{id}",
            Experiment = MicroBooNEExperiment.Id,
            Quantity = quantity,
            Published = 5.99,
            PublishedUncertainty = 0,
            Source = Source,
            Assumptions = assumptions,
            RelativeTolerance = 0.5,
            ToleranceReason = "\"just inside\": up to ~20% inside the contour in |U_mu4|^2 gives Delta chi^2 up to ~1.44 x 5.99",
            Compute = compute,
        };
        return
        [
            .. TopologyRows(plain),
            Row("example point Asimov dchi2, signal systematic", "example point: Asimov Delta chi^2 of ee-topologies with the 30% signal-normalisation systematic",
                "coherent only, 6.87e20 POT, three topologies, uncorrelated background errors, 30% fully correlated signal normalisation (ee-topologies-signal-syst)",
                s =>
                {
                    var r = Simulate(s);
                    return new ValidationValue(AsimovDeltaChi2(withSystematic, r), 0, Note: $"selected {r.Selected:0.#} +- {r.McError:0.#} events; by topology "
                        + string.Join(", ", plain.Binning.Labels!.Select((label, k) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label} {r.Bins[k]:0.#}"))));
                }),
            Row("example point Asimov dchi2, no signal systematic", "example point: Asimov Delta chi^2 of ee-topologies (default analysis, no signal systematic)",
                "as above without the signal systematic; baseline: with it (the collaboration's likelihood carries signal uncertainties)",
                s =>
                {
                    var r = Simulate(s);
                    double plainValue = AsimovDeltaChi2(plain, r), baseline = AsimovDeltaChi2(withSystematic, r);
                    return new ValidationValue(plainValue, 0, baseline, 0,
                        $"without a signal systematic the example point is {plainValue / 5.99:0.#}x the contour value: the likelihood's signal uncertainty, not the rate, sets \"just inside\" (docs/microboone.md)");
                }),
        ];
    }

    private const string TopologySource = "MicroBooNE collaboration (2025), events by topology after the selection (6.87e20 POT)";

    /// <summary>The analysis's observed counts and backgrounds per topology against the publication's table, and the
    /// sum of the per-topology backgrounds against the published constrained total (the total is constrained jointly, so
    /// the sum need not equal it).</summary>
    private static IEnumerable<ValidationRow> TopologyRows(AnalysisDefinition analysis)
    {
        string[] names = ["one shower", "shower + track", "two showers"];
        double[] observed = [52, 26, 17], background = [47.7, 15.5, 9.5], error = [11.7, 7.9, 4.6];
        for (int k = 0; k < names.Length; k++)
        {
            int bin = k;
            yield return Counted($"observed {names[k]}", $"observed events, {names[k]} topology", observed[k], 0.5,
                $"analysis ee-topologies, bin {analysis.Binning.Labels![bin]}", () => analysis.Data.Observed[bin]);
            yield return Counted($"background {names[k]}", $"expected background events, {names[k]} topology", background[k], error[k],
                $"analysis ee-topologies, bin {analysis.Binning.Labels![bin]}", () => analysis.Data.Background[bin]);
        }
        yield return Counted("background total", "expected background events, all topologies (published: constrained total)", 69.7, 17.3,
            "sum of the analysis's per-topology backgrounds (47.7 + 15.5 + 9.5; the publication constrains the total jointly)", () => analysis.Data.Background.ToArray().Sum());
    }

    private static ValidationRow Counted(string id, string quantity, double published, double uncertainty, string assumptions, Func<double> ours) => new()
    {
        Id = $"{MicroBooNEExperiment.Id}/{id}",
        Experiment = MicroBooNEExperiment.Id,
        Quantity = quantity,
        Published = published,
        PublishedUncertainty = uncertainty,
        Source = TopologySource,
        Assumptions = assumptions,
        RelativeTolerance = 0,
        ToleranceReason = "the counts the likelihood uses must be the published ones; the published uncertainty is the allowance",
        Compute = _ => new ValidationValue(ours(), 0),
    };

    /// <summary>χ²(b + s) − χ²(b) with the data replaced by the background.</summary>
    private static double AsimovDeltaChi2(AnalysisDefinition analysis, SimulationResult result)
    {
        var background = analysis.Data.Background;
        var asimov = new BinnedAnalysis(analysis.Id + " (Asimov)", analysis.Likelihood, background, background);
        var zeros = new double[result.Bins.Count];
        return asimov.MinusTwoLnL(result.Bins.ToArray(), zeros) - asimov.MinusTwoLnL(zeros, zeros);
    }
}
