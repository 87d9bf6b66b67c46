using DarkSector.Physics;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The <c>dark-seesaw</c> family: its parameters are entries of a model card
/// (<see cref="DarkSeesawCardAxis"/>: lambda-scale, md-scale, mzprime, epsilon2, alpha-d); every point is the card with
/// those entries changed, predicted by simulating every heavy state (<see cref="DarkSeesawSignal.ForCard"/>,
/// <see cref="SignalSum"/>).</summary>
/// <remarks>Every entry can move the masses (a Yukawa scale changes the spectrum), so each point is its own simulation
/// (no coupling reweighting); Σw² per bin is McError² μ_b/μ_total. A point whose spectrum cannot be simulated
/// (degenerate states, no visible state) gets NaN, which a scan leaves out.</remarks>
/// <param name="card">The model card the entries modify (null: the family cannot predict until given one).</param>
public sealed class DarkSeesawFamily(DarkSeesawParameters? card) : ModelFamily
{
    private static readonly IReadOnlyList<FamilyParameter> Schema =
    [
        new("lambda-scale", "λ scale", "", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
        new("md-scale", "M_D scale", "", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
        new("mzprime", "m_Z'", "GeV", double.Epsilon, 1000, ParameterKind.Mass, AxisScale.Logarithmic),
        new("epsilon2", "ε²", "", double.Epsilon, 1, ParameterKind.Mass, AxisScale.Logarithmic),
        new("alpha-d", "α_D", "", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
    ];

    /// <summary>The card the entries modify, or null.</summary>
    public DarkSeesawParameters? Card => card;

    /// <inheritdoc/>
    public override string Name => "dark-seesaw";

    /// <summary>The card entries (each may move the spectrum, so all count as masses: no coupling reweighting).</summary>
    public override IReadOnlyList<FamilyParameter> Parameters => Schema;

    /// <inheritdoc/>
    public override bool IsDirect => true;

    /// <summary>Majorana: the card's mass eigenstates are Majorana fermions (physics.md §2.3).</summary>
    public override HnlNature? Nature => HnlNature.Majorana;

    /// <summary>Not used: the family is predicted directly, without coupling reweighting.</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values) => 1;

    /// <inheritdoc/>
    public override DirectPredictor CreatePredictor(AnalysisInference setup, IReadOnlyDictionary<string, double> fixedValues, IReadOnlyList<ScannedParameter> scanned)
    {
        var parameters = card ?? throw new ArgumentException("--card: the dark-seesaw family needs a model card (--card FILE)");
        ArgumentNullException.ThrowIfNull(setup);
        return (values, mu, w2) =>
        {
            var point = parameters;
            foreach (var (name, value) in values) point = DarkSeesawCardAxis.With(point, name, value);
            SimulationResult result;
            try
            {
                var signals = DarkSeesawSignal.ForCard(DarkSeesawSpectrum.Compute(point));
                result = SignalSum.Run(setup.Experiment, setup.Analysis, setup.Analysis.Exposures, signals, setup.Options);
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
