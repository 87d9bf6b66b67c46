using DarkSector.Experiments.T2K;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Experiments.Tests.T2K;

public class ND280RateTests
{
    private static readonly ND280Experiment Experiment = new();

    // small, fast runs: the properties below are exact for equal seeds, whatever the statistics
    private static readonly SimulationOptions Small = new()
    {
        Events = 2000,
        Seed = 7,
        Vegas = new VegasOptions { WarmupIterations = 2, WarmupEvaluations = 500, Iterations = 2, Evaluations = 2000, Seed = 7 },
    };

    private static DarkPhotonModel Heavy(double vmu2 = 2.2e-7, double vn2 = 1, bool majorana = false) => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = vmu2, DecayVertex2 = vn2 }],
        ZPrimeMassGeV = 1.25,
        Epsilon = Math.Sqrt(4.6e-4),
        AlphaDark = 0.4,
        IsMajorana = majorana,
    };

    private static SimulationResult Run(DarkPhotonModel model, params BeamExposure[] exposures) =>
        DetectorSimulation.Run(Experiment, Experiment.Analyses.Single(a => a.Id == "tpc-ee"), exposures, new DarkPhotonSignal(model), Small);

    [Fact] // every output is linear in the exposure: doubling the POT doubles it exactly (same seed; 1e-12 relative)
    public void Rates_ScaleExactlyWithPot()
    {
        var one = Run(Heavy(), new BeamExposure("FHC", 1e20));
        var two = Run(Heavy(), new BeamExposure("FHC", 2e20));
        Assert.True(one.Upscattered > 0 && one.Selected > 0);
        Assert.Equal(2.0, two.Upscattered / one.Upscattered, 12);
        Assert.Equal(2.0, two.UpscatteredSelected / one.UpscatteredSelected, 12);
        Assert.Equal(2.0, two.Selected / one.Selected, 12);
        Assert.Equal(2.0, two.McError / one.McError, 12);
    }

    // |V_muN|^2 enters only the production vertex (the decay uses |V_N|^2): x3 gives x3 everywhere. VEGAS adapts to the
    // same shape, but rounding in its adaptation (the map is normalised by sums that scale with the coupling) moves the
    // sampled points slightly: measured 1e-9 to 1.1e-7 relative in the sums depending on the events per generator run
    // (one run per fiducial volume since the stratification by volume), so 1e-6 relative (a coupling dependence beyond
    // linear would show at O(1)).
    [Fact]
    public void Rates_ScaleExactlyWithTheProductionCoupling()
    {
        var one = Run(Heavy(vmu2: 1e-7), new BeamExposure("FHC", 1e20));
        var three = Run(Heavy(vmu2: 3e-7), new BeamExposure("FHC", 1e20));
        Assert.InRange(three.Upscattered / one.Upscattered, 3 - 3e-6, 3 + 3e-6);
        Assert.InRange(three.Selected / one.Selected, 3 - 3e-6, 3 + 3e-6);
        foreach (var (volume, value) in one.SelectedByVolume)
            if (value > 0) Assert.InRange(three.SelectedByVolume[volume] / value, 3 - 3e-6, 3 + 3e-6);
    }

    // Dirac vs Majorana at equal couplings: the upscattering cross sections are the same (exact, 1e-12), the Majorana
    // width of N -> nu Z'(*) -> nu e e is twice the Dirac one, so c tau0 halves (1e-9) and BR(N -> nu e e) is unchanged
    // (1e-9). Selected events therefore differ through the lifetime: ratio 1 for N made inside a fiducial volume that
    // decay promptly there; exp(-d/lambda_M)/exp(-d/lambda_D) < 1 for N made upstream behind a gap d (the heavy
    // benchmark, lambda_Dirac ~ 5 cm: Majorana/Dirac = 2.43/8.57 = 0.28 at 1e6 events); 2 for long-lived N
    // (P_decay ~ L/lambda). The decay distributions differ too (no polarisation asymmetry for Majorana), so the
    // generated samples are not identical.
    [Fact]
    public void DiracAndMajorana_ShareUpscatteringButNotTheLifetime()
    {
        var dirac = new DarkPhotonSignal(Heavy());
        var majorana = new DarkPhotonSignal(Heavy(majorana: true));
        Assert.Equal(0.5, majorana.ProperDecayLengthCm / dirac.ProperDecayLengthCm, 9);
        Assert.Equal(dirac.VisibleBranchingRatio, majorana.VisibleBranchingRatio, 9);
        var nuclei = new[] { DarkSector.Physics.Targets.Nuclei.Get("C12") };
        var d = dirac.For(NeutrinoFlavour.MuonNeutrino, nuclei, [1.0])!.Model.Processes;
        var m = majorana.For(NeutrinoFlavour.MuonNeutrino, nuclei, [1.0])!.Model.Processes;
        Assert.Equal(d.Count, m.Count);
        for (int k = 0; k < d.Count; k++)
            foreach (double e in new[] { 0.5, 1.0, 3.0 })
                Assert.Equal(1.0, m[k].CrossSection.DifferentialCm2PerGeV2(e, 0.01) / d[k].CrossSection.DifferentialCm2PerGeV2(e, 0.01), 12);
    }

    [Fact] // selected events come only from volumes that produce N, and add up to the total (1e-12 relative)
    public void SelectedByVolume_AddsUpToSelected()
    {
        var r = Run(Heavy(), new BeamExposure("FHC", 1e20));
        Assert.Equal(1.0, r.SelectedByVolume.Values.Sum() / r.Selected, 12);
        Assert.Equal(1.0, r.SelectedByNucleus.Values.Sum() / r.Selected, 12);
        Assert.Contains("upstream rock", r.SelectedByVolume.Keys);
        Assert.Equal(r.Selected, r.Bins.Sum(), 12);
    }

    // issue 18's breakdowns: by process and by nucleus they add up to upscattered (detector volumes), by volume the
    // non-dirt entries do and the rock is there too; by process the selected events add up (1e-12 relative); excluding
    // the rock removes exactly its entries, and coherent-only runs only the coherent process
    [Fact]
    public void Breakdowns_AddUpAndFollowTheSelection()
    {
        var r = Run(Heavy(vn2: 1e-4), new BeamExposure("FHC", 1e20));
        Assert.Equal(1.0, r.UpscatteredByProcess.Values.Sum(e => e.Value) / r.Upscattered, 12);
        Assert.Equal(1.0, r.UpscatteredByNucleus.Values.Sum(e => e.Value) / r.Upscattered, 12);
        Assert.Equal(1.0, r.UpscatteredByVolume.Where(kv => kv.Key != "upstream rock").Sum(kv => kv.Value.Value) / r.Upscattered, 12);
        Assert.True(r.UpscatteredByVolume["upstream rock"].Value > 0);
        Assert.Equal(1.0, r.SelectedByProcess.Values.Sum(e => e.Value) / r.Selected, 12);
        Assert.Equal(["coherent", "neutron", "proton"], r.UpscatteredByProcess.Keys.Order());
        Assert.All(r.UpscatteredByVolume.Values, e => Assert.InRange(e.McError, 0, e.Value));

        var paper = DetectorSimulation.Run(Experiment, Experiment.Analyses.Single(a => a.Id == "tpc-ee"), [new BeamExposure("FHC", 1e20)], new DarkPhotonSignal(Heavy(vn2: 1e-4)),
            Small with { Processes = UpscatteringProcessKinds.Coherent, Volumes = new VolumeSelection { Exclude = ["upstream-rock"] } });
        Assert.Equal(["coherent"], paper.UpscatteredByProcess.Keys);
        Assert.DoesNotContain("upstream rock", paper.UpscatteredByVolume.Keys);
        Assert.DoesNotContain("upstream rock", paper.SelectedByVolume.Keys);
    }

    [Fact] // analysis I cut flow: TPC fiducial, the five kinematic cuts, 10% efficiency; the last step is the selected
           // rate (same events, 1e-12 relative), each step's acceptance in [0, 1] and the last one exactly 0.1
    public void TpcEeCutFlow_EndsAtTheSelectedEvents()
    {
        var r = Run(Heavy(), new BeamExposure("FHC", 1e20));
        Assert.Equal(["decay in a TPC fiducial box", "E_ee > 0.15 GeV", "m_ee < 0.7 GeV", "|t| < 0.03 GeV2", "cos(e+, e-) > 0",
            "cos(pair, beam) > 0.99", "efficiency 10%"], r.CutFlow.Select(c => c.Cut));
        Assert.Equal(r.Selected, r.CutFlow[^1].Events, 1e-12 * r.Selected);
        Assert.Equal(0.1, r.CutFlow[^1].Acceptance, 12);
        Assert.All(r.CutFlow, c => Assert.InRange(c.Acceptance, 0, 1));
        Assert.True(r.CutFlow[0].Acceptance < 1, "FGD1's fiducial box is a fiducial volume of the detector but not of analysis I");
    }

    [Fact] // dipole search cut flow: TPC fiducial, opening angle, N direction, 10%; ends at the selected rate (1e-12)
    public void DipoleCutFlow_EndsAtTheSelectedEvents()
    {
        var model = new DarkSector.Physics.Models.Dipole.DipoleParameters { MassGeV = 0.1, DMuonGeVm1 = 1e-6 };
        var r = DetectorSimulation.Run(Experiment, Experiment.Analyses.Single(a => a.Id == "tpc-ee-dipole"), [new BeamExposure("FHC", 1e20)],
            new DipoleSignal(model), Small);
        Assert.Equal(4, r.CutFlow.Count);
        Assert.True(r.Selected > 0);
        Assert.Equal(r.Selected, r.CutFlow[^1].Events, 1e-12 * r.Selected);
        Assert.Equal(0.1, r.CutFlow[^1].Acceptance, 12);
    }

    // Lifetime suppression over the material-free gap (docs/t2k-dipole-recast.md). At m_N = 0.47 GeV, raising d from
    // 1.25e-6 to 5e-6 multiplies the production cross section by 16. It also divides the decay length by 16: the
    // flux-weighted mean lab decay length drops from about 15 cm to about 1 cm. From ECAL2 (its end at z = 240 cm) an N must
    // cross 16 cm before the TPC1 fiducial box, so exp(-16 cm/λ) must win, and the ECAL2 term must fall. Measured
    // 0.070 -> 0.0002 (FHC+RHC, 1e5 events); without the survival weight it would grow about 16x. The TPC gas decays in
    // place, so the gas term must grow (x ~20 measured). The bounds, < 1 and > 4, are far from both behaviours.
    [Fact]
    public void DipoleRate_FromUpstreamLead_FallsWhenTheDecayLengthDropsBelowTheGap()
    {
        SimulationResult At(double d) => DetectorSimulation.Run(Experiment, Experiment.Analyses.Single(a => a.Id == "tpc-ee-dipole"),
            [new BeamExposure("FHC", 1e21)], new DipoleSignal(new DarkSector.Physics.Models.Dipole.DipoleParameters { MassGeV = 0.47, DMuonGeVm1 = d }), Small);
        var longer = At(1.25e-6);
        var shorter = At(5e-6);
        double ecal2Long = longer.SelectedByVolume["P0D ECAL2"], ecal2Short = shorter.SelectedByVolume["P0D ECAL2"];
        Assert.True(ecal2Long > 0);
        Assert.True(ecal2Short / ecal2Long < 1, $"ECAL2 term rose from {ecal2Long} to {ecal2Short} though λ fell below the 16 cm gap");
        double gasLong = longer.SelectedByVolume["TPC1 fiducial"], gasShort = shorter.SelectedByVolume["TPC1 fiducial"];
        Assert.True(gasLong > 0);
        Assert.True(gasShort / gasLong > 4, $"TPC1 gas term grew only from {gasLong} to {gasShort}");
    }
}
