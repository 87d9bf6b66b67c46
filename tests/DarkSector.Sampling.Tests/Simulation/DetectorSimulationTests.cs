using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Randomness;
using DarkSector.Sampling.Reweighting;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Tests.Generation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Simulation;

public class DetectorSimulationTests
{
    private const double Avogadro = 6.02214076e23;
    private const double FluxPerGeVCm2Pot = 1e-10, Pot = 1e20, Efficiency = 0.5;
    private const double SigmaScale = 1e-38, Q2Scale = 0.05, HnlMass = 0.1;

    private static readonly SimulationOptions Options = new()
    {
        Events = 4000,
        Seed = 11,
        Vegas = new VegasOptions { WarmupIterations = 4, WarmupEvaluations = 2000, Iterations = 4, Evaluations = 10_000 },
    };

    /// <summary>Σ over targets: N_C · POT · ∫ φ σ dE, with σ(E) the toy's closed form, by Simpson's rule on 2001 points (exact to 1e-10).</summary>
    private static double ExpectedUpscattered(double nuclei, string nucleus = "C12")
    {
        var x = Nuclei.Get(nucleus);
        var xs = new ToyCrossSection(x.MassGeV, HnlMass, SigmaScale * x.A / 12.0, Q2Scale);
        const int n = 2000;
        double h = 1.0 / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double weight = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += weight * xs.TotalCm2(1 + i * h);
        }
        return nuclei * Pot * FluxPerGeVCm2Pot * sum * h / 3;
    }

    [Fact] // upscattered = N_C · POT · ∫φσ dE; VEGAS on this smooth 1-process integrand is good to ~0.1%, so 1% relative
    public void Upscattered_EqualsTargetsTimesExposureTimesFoldedCrossSection()
    {
        var experiment = new ToyExperiment(fiducialIsTarget: false);
        var result = DetectorSimulation.Run(experiment, experiment.Analyses[0], experiment.Analyses[0].Exposures, new ToySignal(properDecayLengthCm: 1e3), Options);
        double carbon = 1.0 * 100 * 100 * 100 * Avogadro / 12.0;   // 1 g/cm³ of C12 in 1 m³
        Assert.Equal(1.0, result.Upscattered / ExpectedUpscattered(carbon), 2);
        Assert.Equal(result.Upscattered * Efficiency, result.UpscatteredSelected, 9);   // every event passes, BR = 1
    }

    [Fact] // prompt decays in a target that is also the fiducial volume: P_decay = 1 − e^{−b/λ} = 1, so selected = upscattered·ε (1e-9)
    public void PromptDecaysInsideTheFiducialTarget_AreAllSelected()
    {
        var experiment = new ToyExperiment(fiducialIsTarget: true);
        var result = DetectorSimulation.Run(experiment, experiment.Analyses[0], experiment.Analyses[0].Exposures, new ToySignal(properDecayLengthCm: 1e-9), Options);
        Assert.Equal(1.0, result.Selected / (result.Upscattered * Efficiency), 9);
        Assert.Equal(result.Selected, result.SelectedByVolume["target"], 12);
    }

    [Fact] // a fiducial box 1 m downstream of the 1 m target: long-lived N (λ >> 3 m) decay there with P ≈ L/λ, L ≈ 100 cm;
           // forward N (|Q²| ≤ 0.05 GeV² at E ≥ 1 GeV, angles < 0.3 rad) cross at most 100/cos(0.3) = 105 cm: 0.9 < selected/(up·ε·100/λ̄) < 1.06
    public void LongLivedDecaysDownstream_FollowTheLengthOverDecayLength()
    {
        var experiment = new ToyExperiment(fiducialIsTarget: false);
        const double ctau0 = 1e6;
        var result = DetectorSimulation.Run(experiment, experiment.Analyses[0], experiment.Analyses[0].Exposures, new ToySignal(ctau0), Options);
        // λ = (p/m) cτ0 with p ≈ E ∈ [1, 2] GeV (flat flux, σ nearly flat): ⟨1/λ⟩ = ⟨m/p⟩/cτ0 ≈ (m ln 2)/cτ0
        double expected = result.Upscattered * Efficiency * 100 * HnlMass * Math.Log(2) / ctau0;
        Assert.InRange(result.Selected / expected, 0.9, 1.06);
    }

    [Fact] // carbon (target + fiducial) beside lead (target only): prompt decays select exactly the carbon events, so
           // selected = N_C·POT·∫φσ_C·ε; carbon is ~8% of 20000 events, a subset with a ~1% MC error, so 3%. Lead, with 11x
           // the rate, must not leak into the carbon volume (that would be a factor ~10)
    public void EventsArePlacedInTheVolumesOfTheirOwnNucleus()
    {
        var experiment = new ToyExperiment(fiducialIsTarget: true, withLead: true);
        var result = DetectorSimulation.Run(experiment, experiment.Analyses[0], experiment.Analyses[0].Exposures, new ToySignal(properDecayLengthCm: 1e-9), Options with { Events = 20_000 });
        double carbon = 1.0 * 100 * 100 * 100 * Avogadro / 12.0;
        double lead = 11.35 * 100 * 100 * 100 * Avogadro / Nuclei.Get("Pb208").AtomicMassU;
        Assert.InRange(result.Selected / (ExpectedUpscattered(carbon) * Efficiency), 0.97, 1.03);
        Assert.InRange(result.Upscattered / (ExpectedUpscattered(carbon) + ExpectedUpscattered(lead, "Pb208")), 0.99, 1.01);
        Assert.Equal(result.Selected, result.SelectedByNucleus["C12"], 12);
    }

    [Fact] // two fiducial boxes downstream, the selection accepts (ε = 0.5) only decays in the first: every event handed to
           // the reweighting observer must carry just that box's crossing, and the reweighted signal at any c τ₀ must equal
           // Σ w·ε·[exp(−a/λ) − exp(−b/λ)] over the accepting box alone (computed here from an independent trace).
           // Relative 1e-5: crossings are stored as float (6e-8 each). Independent of the decay point drawn for the run
           // (cτ₀ = 1 cm puts almost no decay in either box, yet every crossing event is observed)
    public void ReweightedSignal_CountsOnlyTheFiducialVolumeTheSelectionAccepts()
    {
        var experiment = new ToyExperiment(fiducialIsTarget: false, twoDecayBoxes: true);
        var analysis = experiment.Analyses[0];
        var detector = experiment.Detector;
        int accepting = detector.Volumes.Select((v, k) => (v, k)).Single(x => x.v.Name == "accepting box").k;
        int rejecting = detector.Volumes.Select((v, k) => (v, k)).Single(x => x.v.Name == "rejecting box").k;
        double[] ctaus = [30, 300, 3000, 1e5];
        var expected = new double[ctaus.Length];
        var events = new ReweightingEvents(1, 1);
        var traced = new VolumeSegment[detector.MaxSegments];
        int observed = 0, crossBoth = 0;
        DetectorSimulation.Run(experiment, analysis, analysis.Exposures, new ToySignal(properDecayLengthCm: 1), Options with { Events = 1000 }, null, decay =>
        {
            observed++;
            int n = detector.Trace(decay.Flight, traced);
            var box = traced.AsSpan(0, n).ToArray().Single(s => s.Volume == accepting);
            if (traced.AsSpan(0, n).ToArray().Any(s => s.Volume == rejecting)) crossBoth++;
            Assert.Equal(1, decay.Crossings.Length);
            Assert.Equal(box.Entry, decay.Crossings.Span[0].Entry, 9);
            Assert.Equal(box.Exit, decay.Crossings.Span[0].Exit, 9);
            Assert.Equal(Efficiency, decay.Efficiencies.Span[0]);
            for (int c = 0; c < ctaus.Length; c++)
            {
                double lambda = decay.BetaGamma * ctaus[c];
                expected[c] += decay.Weight * Efficiency * (Math.Exp(-box.Entry / lambda) - Math.Exp(-box.Exit / lambda));
            }
            events.Add([HnlMass], decay.Weight, 1, 0, decay.BetaGamma, decay.Crossings.Span, decay.Efficiencies.Span);
        });
        Assert.True(observed > 100, $"{observed} events observed");
        Assert.True(crossBoth > observed / 2, $"only {crossBoth} of {observed} events cross the rejecting box too");
        var mu = new double[1];
        for (int c = 0; c < ctaus.Length; c++)
        {
            events.PredictAtSampledPoint(1, ctaus[c], mu, []);
            Assert.True(expected[c] > 0);
            Assert.Equal(1.0, mu[0] / expected[c], 5);
        }
    }

    private sealed class AcceptUpstream : IEventSelection
    {
        public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

        // accepts decays upstream of z = 300 cm only (the accepting box), with the flat efficiency
        public double Efficiency(in VisibleEvent reconstructed) => reconstructed.VertexCm.Z < 300 ? DetectorSimulationTests.Efficiency : 0;

        public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;
    }

    private sealed class AcceptAll : IEventSelection
    {
        public VisibleEvent Smear(in VisibleEvent trueEvent, ref RandomStream random) => trueEvent;

        public double Efficiency(in VisibleEvent reconstructed) => DetectorSimulationTests.Efficiency;

        public double Observable(in VisibleEvent reconstructed) => reconstructed.Total.E;
    }

    internal sealed class ToySignal(double properDecayLengthCm) : ISignalModel
    {
        public string Description => "toy";

        public double HnlMassGeV => HnlMass;

        public double ProperDecayLengthCm => properDecayLengthCm;

        public double VisibleBranchingRatio => 1;

        public SignalProcesses? For(NeutrinoFlavour flavour, IReadOnlyList<Nucleus> nuclei, IReadOnlyList<double> nucleusCounts)
        {
            if (flavour != NeutrinoFlavour.MuonNeutrino) return null;
            // two helicity halves per nucleus sharing one target (as the real models do): the sample's target index then
            // differs from the process index
            var processes = nuclei.SelectMany((x, k) => new sbyte[] { -1, 1 }.Select(h => new UpscatteringProcess
            {
                CrossSection = new ToyCrossSection(x.MassGeV, HnlMass, SigmaScale * x.A / 12.0, Q2Scale),
                Target = new TargetInfo(x.Name, x.PdgId, x.MassGeV),
                Multiplicity = nucleusCounts[k] / 2,
                Helicity = h,
            })).ToArray();
            var decay = new HnlDecayChannel { Sampler = new ToyPhotonDecay(HnlMass, 0), BranchingRatio = 1 };
            return new SignalProcesses(new GenerationModel(processes, [decay]), Enumerable.Range(0, 2 * nuclei.Count).Select(k => k / 2).ToArray());
        }

        public bool TryVisible(in EventRecord e, out FourMomentum first, out FourMomentum second)
        {
            (first, second) = (e.Product2, e.Product1);
            return true;
        }
    }

    internal sealed class ToyExperiment : IExperiment
    {
        public ToyExperiment(bool fiducialIsTarget, bool withLead = false, bool twoDecayBoxes = false)
        {
            var carbon = Material.FromAtomCounts("carbon", 1.0, ("C12", 1));
            var target = new Box(100, 100, 100).Translate(new ThreeVector(0, 0, 50));
            Detector = twoDecayBoxes
                ? new Detector("toy",
                [
                    new DetectorVolume("target", target, carbon, VolumeRole.Target),
                    new DetectorVolume("accepting box", new Box(10_000, 10_000, 100).Translate(new ThreeVector(0, 0, 200)), carbon.WithDensity(1e-9), VolumeRole.Fiducial),
                    new DetectorVolume("rejecting box", new Box(10_000, 10_000, 100).Translate(new ThreeVector(0, 0, 400)), carbon.WithDensity(1e-9), VolumeRole.Fiducial),
                ])
                : withLead
                ? new Detector("toy",
                [
                    new DetectorVolume("target", target, carbon, VolumeRole.Target | VolumeRole.Fiducial),
                    new DetectorVolume("lead", new Box(100, 100, 100).Translate(new ThreeVector(0, 0, -100)), Material.FromAtomCounts("lead", 11.35, ("Pb208", 1)), VolumeRole.Target),
                ])
                : fiducialIsTarget
                ? new Detector("toy", [new DetectorVolume("target", target, carbon, VolumeRole.Target | VolumeRole.Fiducial)])
                : new Detector("toy",
                [
                    new DetectorVolume("target", target, carbon, VolumeRole.Target),
                    new DetectorVolume("decay box", new Box(10_000, 10_000, 100).Translate(new ThreeVector(0, 0, 250)), carbon.WithDensity(1e-9), VolumeRole.Fiducial),
                ]);
            Analyses =
            [
                new AnalysisDefinition("toy", "toy", SignalTopology.DecayInFiducial, [new BeamExposure("FHC", Pot)], twoDecayBoxes ? new AcceptUpstream() : new AcceptAll(),
                    Binning.SingleBin(), new AnalysisData([0], [0]), PoissonLikelihood.Instance),
            ];
        }

        public ExperimentInfo Info { get; } = new() { Id = "toy", Name = "toy", Citation = "none" };

        public Detector Detector { get; }

        public IReadOnlyList<BeamFlux> Beams { get; } = [new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, new DarkSector.Sampling.Flux.EnergySpectrum([1.0, 2.0], [FluxPerGeVCm2Pot, FluxPerGeVCm2Pot], "flat"))];

        public IReadOnlyList<AnalysisDefinition> Analyses { get; }

        public PublicationDefaults Defaults { get; } = new();
    }
}
