using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Tests.Generation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Simulation;

/// <summary>
/// Summed signals and multi-channel models in <see cref="DetectorSimulation"/>: the upscattered count does not depend on
/// how many decay channels a model has (each event's total weight over Σ_c BR_c), and <see cref="SignalSum"/>'s Neyman
/// allocation.
/// </summary>
public class SignalSumTests
{
    private static readonly SimulationOptions Options = new()
    {
        Events = 4000,
        Seed = 11,
        Vegas = new VegasOptions { WarmupIterations = 4, WarmupEvaluations = 2000, Iterations = 4, Evaluations = 10_000 },
    };

    [Fact] // the same production with 1 channel (BR 1) and with 3 channels (BR 0.6, 0.3, 1e-3): E[Σ w/BR_c] would be 3σ,
           // the upscattered count must stay σ; VEGAS on the toy integrand is good to ~0.1%: 1% relative
    public void Upscattered_DoesNotScaleWithTheNumberOfChannels()
    {
        var experiment = new DetectorSimulationTests.ToyExperiment(fiducialIsTarget: true);
        var analysis = experiment.Analyses[0];
        var one = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, new ChannelsSignal([1.0]), Options);
        var three = DetectorSimulation.Run(experiment, analysis, analysis.Exposures, new ChannelsSignal([0.6, 0.3, 1e-3]), Options);
        Assert.InRange(three.Upscattered / one.Upscattered, 0.99, 1.01);
        // prompt decays in the fiducial target, ε = 0.5: selected = upscattered · Σ BR · ε
        Assert.InRange(three.Selected / (three.Upscattered * 0.901 * 0.5), 0.99, 1.01);
    }

    [Fact] // 100 per running state, the rest ∝ σ_i; equal shares if every σ_i = 0
    public void Allocate_IsProportionalToThePilotStandardDeviations()
    {
        Assert.Equal([300, 0, 700], SignalSum.Allocate([1.0, 5.0, 3.0], [true, false, true], 1000));
        Assert.Equal([100, 900], SignalSum.Allocate([0.0, 2.0], [true, true], 1000));
        Assert.Equal([500, 500], SignalSum.Allocate([0.0, 0.0], [true, true], 1000));
    }

    /// <summary>The toy production of <see cref="DetectorSimulationTests"/> with photon-decay channels of the given BRs.</summary>
    private sealed class ChannelsSignal(double[] branchingRatios) : ISignalModel
    {
        private readonly DetectorSimulationTests.ToySignal _toy = new(1e-9);

        public string Description => $"toy, {branchingRatios.Length} channels";

        public double HnlMassGeV => _toy.HnlMassGeV;

        public double ProperDecayLengthCm => _toy.ProperDecayLengthCm;

        public double VisibleBranchingRatio => branchingRatios.Sum();

        public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
        {
            if (_toy.For(flavour, nuclei, nucleusCounts) is not SignalProcesses toy) return null;
            var decays = branchingRatios.Select((br, c) => new HnlDecayChannel { Sampler = new ToyPhotonDecay(HnlMassGeV, 0, $"nu_gamma_{c}"), BranchingRatio = br }).ToArray();
            return new SignalProcesses(new GenerationModel(toy.Model.Processes, decays), toy.NucleusOfProcess);
        }

        public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second) => _toy.TryVisible(e, out first, out second);
    }
}
