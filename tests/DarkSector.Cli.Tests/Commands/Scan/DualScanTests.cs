using System.Text.Json;
using DarkSector.Sampling.Inference;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Tests.Commands.Scan;

/// <summary>The dual dark-neutrino scenario (N_5 → N_4 e⁺e⁻) in the dark-photon scan family, and Asimov data in scan.</summary>
public sealed class DualScanTests
{
    private const double AlphaD = 4 / (4 * Math.PI);   // g_D = 2

    private static AnalysisDefinition MicroBooNE()
    {
        Assert.True(ExperimentCatalog.Discover().TryGet("microboone", out var e));
        return e!.Analyses[0];
    }

    private static Dictionary<string, double> Dual(double vmu4 = 2e-10) => new()
    {
        ["m-n"] = 0.106, ["mzprime"] = 0.03, ["epsilon"] = 8e-4, ["alpha-d"] = AlphaD, ["v-mu-n2"] = vmu4, ["delta"] = 1,
    };

    [Fact] // delta = 1 makes the produced HNL N5 at m4 (1 + delta) decaying to N4 e+e-; its visible BR is the N5 -> N4 Z'
           // width times BR(Z' -> ee) over the N5 total width of the decay tables built independently here (1e-12)
    public void Delta_SelectsN5ProductionAndTheN4ElectronPairDecay()
    {
        var signal = ModelFamilies.Get("dark-photon").Signal(Dual(), MicroBooNE());
        var dark = Assert.IsType<DarkPhotonSignal>(signal);
        Assert.Equal(0.212, dark.HnlMassGeV, 1e-12);
        var model = DarkPhotonModel.TwoHnls(0.106, 0.212, 0.03, 8e-4, AlphaD, Math.Sqrt(2e-10), Math.Sqrt(2e-10), 1);
        var table = DarkPhotonDecays.Hnl(model, 1);
        double expected = table.Width("N4_Zprime") * DarkPhotonDecays.ZPrime(model).BranchingRatio("e_e") / table.TotalWidthGeV;
        Assert.Equal(expected, signal.VisibleBranchingRatio, 1e-12);
        Assert.True(expected > 0.99);   // |V_45| = 1 >> |V_mu5|: the transition dominates
        Assert.Equal(DarkSector.Physics.PhysicalConstants.HbarCGeVCm / table.TotalWidthGeV, signal.ProperDecayLengthCm, 1e-9 * signal.ProperDecayLengthCm);
    }

    [Fact] // production of N5 goes through |V_mu5|^2 (default |V_mu4|^2): P = |V_mu5|^2 alpha_D eps^2 (1e-24 absolute)
    public void Dual_ProductionCouplingIsTheN5Vertex()
    {
        var family = ModelFamilies.Get("dark-photon");
        Assert.Equal(2e-10 * AlphaD * 6.4e-7, family.ProductionCouplings(Dual()), 1e-24);
        var separate = new Dictionary<string, double>(Dual()) { ["v-mu5-n2"] = 5e-9 };
        Assert.Equal(5e-9 * AlphaD * 6.4e-7, family.ProductionCouplings(separate), 1e-24);
    }

    [Fact] // |V_45| sets the N5 width: c tau0 scales as 1/|V_45|^2 while the transition dominates (1%)
    public void Dual_LifetimeFollowsTheTransitionVertex()
    {
        var family = ModelFamilies.Get("dark-photon");
        var strong = family.Signal(Dual(), MicroBooNE());
        var weak = family.Signal(new Dictionary<string, double>(Dual()) { ["v-45"] = 0.1 }, MicroBooNE());
        Assert.Equal(100, weak.ProperDecayLengthCm / strong.ProperDecayLengthCm, 1.0);
    }

    [Theory] // parameters of the other scenario are rejected instead of silently ignored
    [InlineData("v-n2", 1.0, true)]
    [InlineData("v-45", 0.5, false)]
    [InlineData("v-mu5-n2", 1e-9, false)]
    public void ScenarioParameters_AreNotMixed(string name, double value, bool dual)
    {
        var values = dual ? Dual() : new Dictionary<string, double> { ["m-n"] = 0.1, ["mzprime"] = 0.03, ["epsilon"] = 8e-4, ["alpha-d"] = AlphaD, ["v-mu-n2"] = 1e-9 };
        values[name] = value;
        var error = Assert.Throws<ArgumentException>(() => ModelFamilies.Get("dark-photon").Signal(values, MicroBooNE()));
        Assert.Contains(dual ? "single scenario" : "delta", error.Message);
    }

    [Fact] // scan of the dual plane with Asimov data: the minimum is the background-only point (chi^2 = 0 for data = b,
           // 1e-9); Delta grows with |V_mu4|^2 at each m4 (prompt N5, signal proportional to the coupling); the observed
           // data (95 vs 69.7, an excess) give a smaller Delta than the Asimov data at the largest coupling
    public void Scan_DualPlane_AsimovSensitivityAndObserved()
    {
        string dir = Directory.CreateTempSubdirectory("ds-dual").FullName;
        string[] common = ["scan", "microboone", "dark-photon", "--x", "m-n:0.06:0.12:log:2", "--y", "v-mu-n2:1e-11:1e-9:log:3",
            "--fix", $"mzprime=0.03,epsilon=8e-4,alpha-d={AlphaD:R},delta=1", "--events", "400", "--cl", "0.95"];
        var asimov = CliRunner.Run([.. common, "--data", "asimov", "--out", Path.Combine(dir, "asimov.json")]);
        var observed = CliRunner.Run([.. common, "--out", Path.Combine(dir, "observed.json")]);
        Assert.True(asimov.ExitCode == 0, asimov.Error);
        Assert.True(observed.ExitCode == 0, observed.Error);
        using var a = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "asimov.json")));
        using var o = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "observed.json")));
        Assert.Equal("asimov", a.RootElement.GetProperty("data").GetString());
        Assert.Equal("observed", o.RootElement.GetProperty("data").GetString());
        Assert.Equal(0, a.RootElement.GetProperty("backgroundOnly").GetDouble(), 1e-9);
        Assert.Equal(5.991464547107979, a.RootElement.GetProperty("threshold").GetDouble(), 1e-9);
        double[] da = a.RootElement.GetProperty("delta").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        double[] dobs = o.RootElement.GetProperty("delta").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        for (int i = 0; i < 2; i++)
        {
            Assert.True(da[i] < da[2 + i] && da[2 + i] < da[4 + i], $"Asimov Delta not increasing at m4 index {i}: {da[i]}, {da[2 + i]}, {da[4 + i]}");
            Assert.True(dobs[4 + i] < da[4 + i]);
        }
        Directory.Delete(dir, true);
    }
}
