using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kinds = DarkSector.Sampling.Simulation.UpscatteringProcessKinds;

namespace DarkSector.Sampling.Tests.Generation;

/// <summary>The generator's model points of the built-in families (<see cref="GenerationModels"/>).</summary>
public sealed class GenerationModelsTests
{
    private static readonly EnergySpectrum Triangle = new([0.0, 1.0, 2.0], [0.0, 1e-9, 0.0], "triangle");

    private static string ExampleCard(string extension)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DarkSector.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "docs", "examples", $"dark-seesaw.{extension}");
    }

    private static DarkSeesawSpectrum Example() => DarkSeesawSpectrum.Compute(DarkSeesawCardFile.Load(ExampleCard("yaml")));

    [Fact] // channel BRs are the N6 table's f_ℓ_ℓ entries (no on-shell Z' on the example card), 1e-15
    public void Decays_CarryTheTableBranchingRatios()
    {
        var spectrum = Example();
        int n6 = spectrum.IndexOf("N6");
        var table = DarkSeesawDecays.State(spectrum, n6);
        foreach (var channel in DarkSeesawGeneration.Decays(spectrum, n6, 14))
            Assert.Equal(table.BranchingRatio(channel.Sampler.Channel.Name), channel.BranchingRatio, 1e-15);
    }

    [Fact] // the light Z' (m_Z' = 0.05 GeV < m_N − m_N4) makes N5 → N4 Z' → N4 ee on shell: BR = BR(N4_Zprime) BR(Z' → ee), 1e-15
    public void Decays_OnShellZPrime_UseTheTwoBodyTimesTheZPrimeBranchingRatio()
    {
        var dual = new MicroBooNEDualScenario { M4GeV = 0.1, Delta = 1.0, ZPrimeMassGeV = 0.05, Epsilon = 1e-3, Umu4 = 1e-3, Umu5 = 1e-3 };
        var spectrum = dual.Spectrum();
        int n5 = spectrum.IndexOf("N5");
        var table = DarkSeesawDecays.State(spectrum, n5);
        var zPrime = DarkSeesawDecays.ZPrime(spectrum);
        var channel = DarkSeesawGeneration.Decays(spectrum, n5, 14).Single(c => c.Sampler.Channel.Name == "N4_e_e");
        Assert.True(table.BranchingRatio("N4_Zprime") > 0.5);
        Assert.Equal(0, table.Width("N4_e_e"));
        Assert.Equal(table.BranchingRatio("N4_Zprime") * zPrime.BranchingRatio("e_e"), channel.BranchingRatio, 1e-15);
    }

    /// <summary>N6 of the example card on C12 (coherent + p + n, both helicities), built once for the property.</summary>
    private static readonly Lazy<(EventGenerator Generator, double[] DaughterMasses)> SeesawN6 = new(() =>
    {
        var spectrum = Example();
        int n6 = spectrum.IndexOf("N6");
        var model = GenerationModels.DarkSeesaw(spectrum, n6, [Nuclei.Get("C12")], LeptonFlavour.Muon, 14);
        double[] masses = model.Decays.Select(d => d.Sampler.Channel.Name.StartsWith("nu") ? 0 : spectrum.MassesGeV[spectrum.IndexOf(d.Sampler.Channel.Name[..2])]).ToArray();
        return (new EventGenerator(Triangle, model), masses);
    });

    [Property(MaxTest = 20)] // ν + T(rest) = N + T' and N = f + ℓ⁻ + ℓ⁺ for every event, f on its mass shell (m_Nk or 0) and N at m_N6;
           // tolerance 2e-6 · E_ν per component (events are stored as float32: 2^-24 relative per component, a few summed)
    public Property Events_ConserveFourMomentumThroughTheChain() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 1_000_000)), seed =>
        {
            var (generator, daughterMasses) = SeesawN6.Value;
            var events = generator.Generate(new GenerationOptions
            {
                Vegas = new VegasOptions { WarmupIterations = 1, WarmupEvaluations = 2000, Iterations = 1, Evaluations = 2000, Seed = (ulong)seed },
                Events = 40,
            }).Events;
            var spectrum = Example();
            double mN = spectrum.MassesGeV[spectrum.IndexOf("N6")];
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var target = events.Metadata.Targets[e.Target];
                double tolerance = 2e-6 * e.Neutrino.E;
                var initial = e.Neutrino + new FourMomentum(target.MassGeV, 0, 0, 0);
                var decay = e.Product1 + e.Product2 + e.Product3;
                if (!Close(initial, e.Hnl + e.Recoil, tolerance) || !Close(e.Hnl, decay, tolerance)) return false;
                if (Math.Abs(e.Hnl.MassSquared - mN * mN) > 4 * tolerance * e.Hnl.E) return false;
                double mf = daughterMasses[e.Channel];
                if (Math.Abs(e.Product1.MassSquared - mf * mf) > 4 * tolerance * e.Product1.E) return false;
            }
            return events.Count > 0;
        });

    private static bool Close(FourMomentum a, FourMomentum b, double tolerance) =>
        Math.Abs(a.E - b.E) <= tolerance && Math.Abs(a.Px - b.Px) <= tolerance && Math.Abs(a.Py - b.Py) <= tolerance && Math.Abs(a.Pz - b.Pz) <= tolerance;

    [Fact] // no --hnl: the heavy state with the largest |V_μj|² (N6 on the example card: |V_16|² = 1.85e-11 is the largest of row nu1)
    public void DefaultState_IsTheLargestProductionVertex()
    {
        var spectrum = Example();
        Assert.Equal("N6", spectrum.StateName(GenerationModels.DarkSeesawDefaultState(spectrum, LeptonFlavour.Muon)));
        var ex = Assert.Throws<ArgumentException>(() => GenerationModels.DarkSeesawDefaultState(spectrum, LeptonFlavour.Electron));
        Assert.Contains("active flavours are Mu", ex.Message);
    }

    [Fact] // processes per nucleus in SignalProcessBuilder's order and names: C12 coherent, C12/p (x6), C12/n (x6) for h = -1 then +1;
           // a free proton has no coherent process and is named H1/p
    public void Processes_FollowTheSignalModelsTargetsAndMultiplicities()
    {
        var model = GenerationModels.DarkPhoton(DarkPhotonBenchmark(), [Nuclei.Get("C12"), Nuclei.Get("p")], LeptonFlavour.Muon, 14);
        Assert.Equal(["C12", "C12/p", "C12/n", "C12", "C12/p", "C12/n", "H1/p", "H1/p"], model.Processes.Select(p => p.Target.Name));
        Assert.Equal([1.0, 6, 6, 1, 6, 6, 1, 1], model.Processes.Select(p => p.Multiplicity));
        Assert.Equal([-1, -1, -1, 1, 1, 1, -1, 1], model.Processes.Select(p => (int)p.Helicity));
        Assert.Equal(PhysicalConstants.ProtonMassGeV, model.Processes[1].Target.MassGeV);
    }

    [Fact] // Restrict keeps the processes of the chosen kinds in order (C12: coherent x2 helicities, nucleons x4); none left is an error
    public void Restrict_KeepsTheChosenKinds()
    {
        var model = GenerationModels.DarkPhoton(DarkPhotonBenchmark(), [Nuclei.Get("C12")], LeptonFlavour.Muon, 14);
        Assert.Same(model, GenerationModels.Restrict(model, Kinds.All));
        var coherent = GenerationModels.Restrict(model, Kinds.Coherent);
        Assert.Equal(["C12", "C12"], coherent.Processes.Select(p => p.Target.Name));
        Assert.Equal(model.Decays, coherent.Decays);
        var nucleons = GenerationModels.Restrict(model, Kinds.Proton | Kinds.Neutron);
        Assert.Equal(4, nucleons.Processes.Count);
        var proton = GenerationModels.DarkPhoton(DarkPhotonBenchmark(), [Nuclei.Get("p")], LeptonFlavour.Muon, 14);
        var e = Assert.Throws<ArgumentException>(() => GenerationModels.Restrict(proton, Kinds.Coherent));
        Assert.Contains("processes: proton", e.Message);
    }

    [Theory] // the neutrino written for the light daughter is the beam's
    [InlineData(LeptonFlavour.Electron, 12)]
    [InlineData(LeptonFlavour.Muon, 14)]
    [InlineData(LeptonFlavour.Tau, 16)]
    public void NeutrinoPdg_IsTheBeamNeutrinos(LeptonFlavour flavour, int pdg) => Assert.Equal(pdg, GenerationModels.NeutrinoPdg(flavour));

    [Fact] // the event file's model line: every parameter that fixes the point, invariant culture, the beam flavour's short name
    public void Describe_NamesEveryParameterOfThePoint()
    {
        var darkPhoton = DarkPhotonBenchmark() with { Epsilon = 0.5, IsMajorana = true };
        Assert.Equal("dark-photon m_N=0.3 m_Zprime=1.25 epsilon2=0.25 alpha_D=0.25 |V_muN|^2=1E-06 Majorana flavor=e", GenerationModels.Describe(darkPhoton, LeptonFlavour.Electron));
        var dipole = new DipoleParameters { MassGeV = 0.15, DElectronGeVm1 = 2e-8, DMuonGeVm1 = 1e-7, Normalisation = DipoleNormalisation.DarkNews };
        Assert.Equal("dipole m_N=0.15 d_e=2E-08 d_mu=1E-07 d_tau=0 GeV^-1 Dirac flavor=tau convention=darknews", GenerationModels.Describe(dipole, LeptonFlavour.Tau));
        var spectrum = Example();
        int n6 = spectrum.IndexOf("N6");
        var model = GenerationModels.DarkSeesaw(spectrum, n6, [Nuclei.Get("C12")], LeptonFlavour.Muon, 14);
        string seesaw = GenerationModels.Describe(spectrum, n6, model, "card.yaml", LeptonFlavour.Muon);
        Assert.StartsWith(FormattableString.Invariant($"dark-seesaw card=card.yaml state=N6 m_N={spectrum.MassesGeV[n6]} m_Zprime={spectrum.ZPrimeMassGeV} epsilon={spectrum.Epsilon}"), seesaw, StringComparison.Ordinal);
        Assert.EndsWith(" Majorana flavor=mu channels=" + string.Join(",", model.Decays.Select(d => d.Sampler.Channel.Name)), seesaw, StringComparison.Ordinal);
    }

    private static DarkPhotonModel DarkPhotonBenchmark(double zPrimeMassGeV = 1.25, double umu4 = 0) => new()
    {
        ZPrimeMassGeV = zPrimeMassGeV, Epsilon = 1e-3, AlphaDark = 0.25,
        Hnls = [new HeavyNeutralLepton { MassGeV = 0.3, VertexMu2 = 1e-6, DecayVertex2 = 1e-6, MixingMu2 = umu4 }],
    };

    [Theory] // dark photon: the generated ν ee channel carries the one visible BR (Z' part + SM part over the total width),
             // also with an on-shell Z' and active mixing, where the earlier generate formula dropped the SM part; 1e-15
    [InlineData(1.25, 0.0)]
    [InlineData(0.1, 0.0)]
    [InlineData(0.1, 1e-4)]
    [InlineData(1.25, 1e-4)]
    public void DarkPhoton_ElectronChannel_CarriesTheVisibleBranchingRatio(double zPrimeMassGeV, double umu2)
    {
        var point = DarkPhotonBenchmark(zPrimeMassGeV, umu2);
        var model = GenerationModels.DarkPhoton(point, [Nuclei.Get("C12")], LeptonFlavour.Muon, 14);
        var ee = model.Decays.Single(d => d.Sampler.Channel.Name == "nu_e_e");
        Assert.Equal(VisibleBranchingRatio.DarkPhotonElectronPair(point), ee.BranchingRatio, 1e-15);
        Assert.Equal([14, 11, -11], ee.Sampler.Channel.ProductPdgCodes);
    }

    [Fact] // dipole: ν γ and ν ee carry the decay table's BRs and sum to 1 below the dimuon threshold (1e-12)
    public void Dipole_ChannelsCarryTheTableBranchingRatios()
    {
        var parameters = new DipoleParameters { MassGeV = 0.15, DMuonGeVm1 = 1e-7 };
        var model = GenerationModels.Dipole(parameters, [Nuclei.Get("C12")], LeptonFlavour.Muon, 14);
        var table = DipoleDecays.Table(parameters);
        Assert.Equal([DipoleDecays.NuGamma, DipoleDecays.NuElectronElectron], model.Decays.Select(d => d.Sampler.Channel.Name));
        foreach (var d in model.Decays) Assert.Equal(table.BranchingRatio(d.Sampler.Channel.Name), d.BranchingRatio, 1e-15);
        Assert.Equal(1.0, model.Decays.Sum(d => d.BranchingRatio), 1e-12);
    }

    [Fact] // bad input names the parameter: no nucleus; two HNLs
    public void BadInput_NamesTheParameter()
    {
        var e = Assert.Throws<ArgumentException>(() => GenerationModels.DarkPhoton(DarkPhotonBenchmark(), [], LeptonFlavour.Muon, 14));
        Assert.Equal("nuclei", e.ParamName);
        var two = DarkPhotonBenchmark() with { Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 1e-6 }, new HeavyNeutralLepton { MassGeV = 0.3, VertexMu2 = 1e-6 }] };
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => GenerationModels.DarkPhoton(two, [Nuclei.Get("C12")], LeptonFlavour.Muon, 14)).ParamName);
    }
}
