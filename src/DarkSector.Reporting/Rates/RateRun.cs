using System.Text.Json.Nodes;
using DarkSector.Physics.Oscillations;
using DarkSector.Reporting.Distributed;
using DarkSector.Reporting.Outputs;
using DarkSector.Reporting.Reports;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Reporting.Rates;

/// <summary>One rate as a library call (<c>darksector rate</c>): simulates the model(s) and returns the <see cref="RateReport"/>.</summary>
public static class RateRun
{
    /// <summary>A sharded rate's shard (docs/cluster.md): the event chunks (<see cref="SimulationChunks"/>, 10⁶ events each)
    /// are the work units; this shard's chunks are simulated into the part OUT.shard-i-of-n next to <paramref name="outPath"/>.</summary>
    /// <param name="request">The job's request (every argument of the rate, the model's included).</param>
    /// <param name="shard">The shard.</param>
    /// <param name="outPath">The merged report's file; the part is written next to it.</param>
    /// <param name="simulation">Events and seed of the whole rate.</param>
    /// <param name="simulate">The simulation of one chunk's settings (e.g. <see cref="DetectorSimulation.Run"/>).</param>
    /// <param name="seconds">The run's time, read for the summary; null: this call's time.</param>
    /// <returns>The summary of the part written.</returns>
    public static ShardPartSummary SimulateShard(JobRequest request, Shard shard, string outPath, SimulationOptions simulation,
        Func<SimulationOptions, SimulationResult> simulate, Func<double>? seconds = null)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        string partPath = shard.PartPath(outPath);
        var part = SimulationChunks.RunShard(ShardPart.Empty(request, shard, SimulationChunks.ChunkCount(simulation.Events)), simulate, simulation, p => ShardPartFile.Write(p, partPath));
        return ShardPartSummary.Of(part, partPath, "chunks", "event chunks", seconds?.Invoke() ?? clock.Elapsed.TotalSeconds);
    }

    /// <summary>Writes the JSON report of a merged sharded rate (<paramref name="json"/>, as <c>rate --json</c> prints it for
    /// the parts' arguments) to <paramref name="outPath"/> atomically, and returns what to print: JSON {file, chunks,
    /// fingerprint} or one line.</summary>
    /// <param name="json">The merged report's JSON text.</param>
    /// <param name="outPath">The merge's output file.</param>
    /// <param name="request">The parts' request.</param>
    /// <param name="chunks">The event chunks merged.</param>
    public static (JsonObject Json, string Text) WriteMerged(string json, string outPath, JobRequest request, int chunks)
    {
        ArgumentNullException.ThrowIfNull(request);
        OutputFiles.WriteText(outPath, json + Environment.NewLine);
        return (ReportJson.Object(new { file = outPath, chunks, fingerprint = request.Fingerprint }), $"merged rate of {chunks} event chunks; written {outPath}");
    }

    /// <summary>The beam exposures a rate simulates: the analysis's modes <paramref name="modes"/>
    /// (<see cref="AnalysisDefinition.ExposuresOf"/>), each at <paramref name="pot"/> when given (e.g. a projection's future
    /// exposure); the rate is compared with the analysis's data only when they are its own exposures (every mode, as published).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="modes">The mode list (--mode): a mode, a comma list, or both/all.</param>
    /// <param name="pot">The exposure of every simulated mode (--pot, POT), or null for the analysis's own.</param>
    /// <exception cref="ArgumentException">A mode the analysis lacks (names --mode), or a POT not finite and &gt; 0 (names --pot).</exception>
    public static (IReadOnlyList<BeamExposure> Exposures, bool CompareWithData) Exposures(AnalysisDefinition analysis, string modes, double? pot)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var exposures = analysis.ExposuresOf(modes);
        if (pot is double amount)
        {
            if (!(amount > 0) || double.IsInfinity(amount))
                throw new ArgumentOutOfRangeException("--pot", amount, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--pot = {amount} must be finite and > 0"));
            exposures = [.. exposures.Select(e => e with { Amount = amount })];
        }
        return (exposures, exposures.Count == analysis.Exposures.Count && pot is null);
    }

    /// <summary>Simulates <paramref name="models"/> in <paramref name="analysis"/> and builds the report: one model by
    /// <see cref="SimulationChunks.Run"/> (with <paramref name="precision"/>, grown by <see cref="DetectorSimulation.RunToPrecision"/>;
    /// with <paramref name="chunks"/>, the merged payloads of a sharded run), several summed by <see cref="SignalSum.Run"/>.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="exposures">The beam exposures to simulate.</param>
    /// <param name="models">The model points (several: summed).</param>
    /// <param name="options">Simulation settings.</param>
    /// <param name="compareWithData">Whether to compare with the analysis's data (χ² summary): only when the exposures are the analysis's own.</param>
    /// <param name="precision">Requested relative MC error on the selected signal (one model), or null.</param>
    /// <param name="chunks">The event chunks' payloads of a merged sharded run, in chunk order, or null.</param>
    /// <param name="progress">Progress lines, or null.</param>
    /// <exception cref="ArgumentException">A precision or chunks with several models (names --precision or --shard).</exception>
    public static RateReport Simulate(IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures, IReadOnlyList<ISignalModel> models,
        SimulationOptions options, bool compareWithData, PrecisionTarget? precision = null, IReadOnlyList<byte[]>? chunks = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(exposures);
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count > 1 && (precision is not null || chunks is not null))
            throw new ArgumentException($"--{(precision is not null ? "precision" : "shard")} is not available for a summed family ({models.Count} heavy states of the card): run at a fixed --events in one process", precision is not null ? "--precision" : "--shard");
        var precise = models.Count == 1 && precision is not null && chunks is null
            ? DetectorSimulation.RunToPrecision(experiment, analysis, exposures, models[0], options, precision, progress) : null;
        var result = models.Count > 1 ? SignalSum.Run(experiment, analysis, exposures, models, options, progress)
            : precise?.Result ?? (chunks is not null
                ? SimulationChunks.Combine([.. chunks.Select((c, k) => SimulationChunks.Decode(c, $"rate chunk {k}"))])
                : SimulationChunks.Run(experiment, analysis, exposures, models[0], options, progress));
        return new RateReport
        {
            ExperimentName = experiment.Info.Name, Analysis = analysis, Exposures = exposures, Models = models, Result = result,
            Precision = precise is null ? null : (precision!.RelativeError, precise),
            Fit = compareWithData ? FitSummary.Of(analysis, result.Bins, result.BinSumOfSquares) : null,
        };
    }

    /// <summary>The 3+1 oscillation component of <paramref name="analysis"/> (<see cref="OscillationPrediction"/>, no
    /// simulation) and its report, with the χ² summary against the analysis's data.</summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="exposures">The beam modes asked for: every mode of the analysis.</param>
    /// <param name="parameters">The oscillation parameters.</param>
    /// <exception cref="ArgumentException">Not every beam mode of the analysis (names --mode).</exception>
    public static OscillationRateReport Oscillation(IExperiment experiment, AnalysisDefinition analysis, IReadOnlyList<BeamExposure> exposures, ThreePlusOneParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(exposures);
        if (exposures.Count != analysis.Exposures.Count)
            throw new ArgumentException($"--mode: the 3p1 prediction covers every beam mode of analysis {analysis.Id}; drop --mode (or pick the single-mode analysis)");
        var bins = OscillationPrediction.Predict(analysis, parameters);
        return new OscillationRateReport
        {
            ExperimentName = experiment.Info.Name, Analysis = analysis, Exposures = exposures, Family = "3p1", Parameters = parameters, Bins = bins,
            Fit = FitSummary.Of(analysis, bins, []),
        };
    }
}
