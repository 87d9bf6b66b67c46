using DarkSector.Physics;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Scan;

/// <summary>The <c>dark-seesaw</c> family of <c>scan</c> (<c>--card FILE</c>): axes are card entries
/// (<see cref="DarkSeesawCardAxis"/>: lambda-scale, md-scale, mzprime, epsilon2, alpha-d), every grid point is the card
/// with those entries changed, predicted by simulating every heavy state (<see cref="DarkSeesawSignal.ForCard"/>,
/// <see cref="SignalSum"/>).</summary>
/// <remarks>Every entry can move the masses (a Yukawa scale changes the spectrum), so each point is its own simulation
/// (no coupling reweighting); Σw² per bin is McError² μ_b/μ_total as in <see cref="ExperimentSignal"/>. A point whose
/// spectrum cannot be simulated (degenerate states, no visible state) gets NaN, which the scan leaves out.</remarks>
internal sealed class DarkSeesawScanFamily(DarkSeesawParameters? card) : ScanFamily
{
    /// <inheritdoc/>
    public override string Name => "dark-seesaw";

    /// <inheritdoc/>
    public override IReadOnlyList<string> Names => DarkSeesawCardAxis.Names;

    /// <inheritdoc/>
    public override bool IsMass(string name) => true;

    /// <inheritdoc/>
    public override bool IsDirect => true;

    /// <summary>Not used: the family is predicted directly, without coupling reweighting.</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values) => 1;

    /// <inheritdoc/>
    public override DirectPredictor CreatePredictor(ExperimentSignal signal, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned)
    {
        var parameters = card ?? throw new ArgumentException("--card: the dark-seesaw family needs a model card (--card FILE)");
        return (values, mu, w2) =>
        {
            var point = parameters;
            foreach (var (name, value) in values) point = DarkSeesawCardAxis.With(point, name, value);
            SimulationResult result;
            try
            {
                var signals = DarkSeesawSignal.ForCard(DarkSeesawSpectrum.Compute(point));
                result = SignalSum.Run(signal.Experiment, signal.Analysis, signal.Analysis.Exposures, signals, signal.Options);
            }
            catch (DarkSectorException)
            {
                mu.Fill(double.NaN);
                w2.Clear();
                return;
            }
            double total = result.Bins.Sum();
            for (int b = 0; b < mu.Length; b++)
            {
                mu[b] = result.Bins[b];
                w2[b] = total > 0 ? result.McError * result.McError * result.Bins[b] / total : 0;
            }
        };
    }

    /// <inheritdoc/>
    protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis) =>
        throw new NotSupportedException("the dark-seesaw family is predicted by CreatePredictor (a sum over the card's heavy states)");
}
