using BenchmarkDotNet.Attributes;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Benchmarks;

/// <summary>
/// Event generation for the dark-photon heavy benchmark (m_N = 0.1 GeV, m_Z' = 1.25 GeV, |V_μN|² = 2.2e-7, α_D = 0.4,
/// ε² = 4.6e-4, |V_N|² = 1, Dirac) on ¹²C (coherent + 6 p + 6 n, both helicities) with the BNB ν_μ flux (MiniBooNE FHC):
/// the integrand per evaluation, a VEGAS run of the paper's size (10 × 1e3 + 100 × 1e5), and 1e5 weighted events.
/// </summary>
[MemoryDiagnoser]
public class DarkPhotonGenerationBenchmarks
{
    private EventGenerator _generator = null!;
    private GeneratorIntegrand _integrand;
    private readonly double[] _values = new double[2048];
    private double[] _points = [];

    /// <summary>Builds the model, flux and integrand.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(DarkPhotonGenerationBenchmarks).Assembly.GetManifestResourceStream("DarkSector.Benchmarks.Data.MiniBooNE_FHC.dat")!;
        var flux = EnergySpectrum.Parse(new StreamReader(stream), "MiniBooNE_FHC nu_mu", 2);
        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, Math.Sqrt(4.6e-4), 0.4, 2.2e-7, 1.0, false);
        var c12 = Nuclei.Get("C12");
        var processes = new List<UpscatteringProcess>();
        foreach (var (h, part) in new[] { ((sbyte)-1, UpscatteringHelicity.Conserving), ((sbyte)1, UpscatteringHelicity.Flipping) })
        {
            processes.Add(new() { CrossSection = DarkPhotonUpscattering.Coherent(model, c12, null, 0, LeptonFlavour.Muon, part), Target = new TargetInfo("C12", c12.PdgId, c12.MassGeV), Helicity = h });
            processes.Add(new() { CrossSection = DarkPhotonUpscattering.ProtonElastic(model, 0, LeptonFlavour.Muon, part), Target = new TargetInfo("proton", 2212, 0.93827), Multiplicity = 6, Helicity = h });
            processes.Add(new() { CrossSection = DarkPhotonUpscattering.NeutronElastic(model, 0, LeptonFlavour.Muon, part), Target = new TargetInfo("neutron", 2112, 0.93957), Multiplicity = 6, Helicity = h });
        }
        var decay = new ThreeBodyChannel(new DecayChannelInfo("nu_e_e", [14, 11, -11]), DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 0, LeptonFlavour.Electron));
        var generation = new GenerationModel(processes, [new HnlDecayChannel { Sampler = decay, BranchingRatio = DarkPhotonDecays.Hnl(model).BranchingRatio("nu_e_e") }]);
        _generator = new EventGenerator(flux, generation);
        var kernel = new GeneratorKernel(flux, generation, null);
        _integrand = new GeneratorIntegrand(kernel);
        _points = new double[2048 * kernel.Dimension];
        var r = Sampling.Randomness.RandomStream.Create(5, 0);
        r.Fill(_points);
    }

    /// <summary>One batch of 2048 integrand evaluations (flux × dσ/dQ² × decay weight with full kinematics).</summary>
    [Benchmark(OperationsPerInvoke = 2048)]
    public void IntegrandEvaluation() => _integrand.Evaluate(_points, _values);

    /// <summary>The paper-size VEGAS run on this integrand: 10 × 1e3 warm-up + 100 × 1e5 production (plus 1e3 events).</summary>
    [Benchmark]
    public double PaperSizeRun() => _generator.Generate(new GenerationOptions
    {
        Vegas = new VegasOptions { WarmupIterations = 10, WarmupEvaluations = 1000, Iterations = 100, Evaluations = 100_000, Seed = 1 },
        Events = 1000,
    }).Integration.Integral;

    /// <summary>1e5 weighted events with full kinematics, after 10 × 1e4 + 10 × 1e5 adaptation (the CLI defaults); per event.</summary>
    [Benchmark(OperationsPerInvoke = 100_000)]
    public int WeightedEvents() => _generator.Generate(new GenerationOptions
    {
        Vegas = new VegasOptions { WarmupIterations = 10, WarmupEvaluations = 10_000, Iterations = 10, Evaluations = 100_000, Seed = 2 },
        Events = 100_000,
    }).Events.Count;
}
