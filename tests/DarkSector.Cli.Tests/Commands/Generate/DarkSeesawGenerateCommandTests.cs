using System.Text.Json;
using DarkSector.Cli.Commands.Generate;
using DarkSector.Cli.Tests.Commands.Spectrum;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Cli.Tests.Commands.Generate;

public sealed class DarkSeesawGenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generate-seesaw-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly EnergySpectrum Triangle = new([0.0, 1.0, 2.0], [0.0, 1e-9, 0.0], "triangle");

    private string Flux()
    {
        string path = Path.Combine(_folder, "flux.txt");
        File.WriteAllText(path, "# E_GeV flux per GeV per cm2 per POT (triangle)\n0.0 0\n1.0 1e-9\n2.0 0\n");
        return path;
    }

    private static readonly string[] Small = ["--events", "3000", "--warmup-iterations", "5", "--warmup-evaluations", "4000", "--iterations", "4", "--evaluations", "10000"];

    private static DarkSeesawSpectrum Example() => DarkSeesawSpectrum.Compute(DarkSeesawCard.Load(DarkSeesawSpectrumCommandTests.ExampleCard("yaml")));

    [Fact] // example card, N6 (m = 0.302 GeV; decays N4 ee 99.5%, N5 ee 0.48%, ν ee, ν μμ) on C12 with a triangle flux:
           // the integral equals Σ_k n_k ∫ φ σ_k dE (48-point Gauss-Legendre on each side of the flux peak, σ from the seesaw
           // upscattering API) × (1 − BR(ν νν̄)) within 4σ + 2e-3 (the quadrature's own accuracy on the threshold kink)
    public void Integral_MatchesFluxTimesCrossSectionTimesVisibleBranchingRatio()
    {
        string outFile = Path.Combine(_folder, "n6.dsev");
        var result = CliRunner.Run(["generate", "dark-seesaw", "--card", DarkSeesawSpectrumCommandTests.ExampleCard("yaml"), "--hnl", "N6",
            "--flux", Flux(), "--target", "C12", .. Small, "--out", outFile, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        double integral = json.GetProperty("integral").GetDouble(), error = json.GetProperty("integralError").GetDouble();

        var spectrum = Example();
        int n6 = spectrum.IndexOf("N6");
        var c12 = Nuclei.Get("C12");
        var parts = new (IUpscatteringCrossSection Xs, double N)[]
        {
            (DarkSeesawUpscattering.Coherent(spectrum, c12, n6), 1),
            (DarkSeesawUpscattering.ProtonElastic(spectrum, n6), c12.Z),
            (DarkPhotonUpscattering.NeutronElastic(DarkSeesawDecays.ToDarkPhotonModel(spectrum), n6 - spectrum.LightStateCount, LeptonFlavour.Muon), c12.N),
        };
        double exact = 0;
        foreach (var (xs, n) in parts)
        {
            double threshold = xs.Kinematics.ThresholdEnergyGeV;
            double Integrand(double e) => Triangle.Value(e) * xs.TotalCm2(e);
            exact += n * (MathNet.Numerics.Integration.GaussLegendreRule.Integrate(Integrand, threshold, 1.0, 48)
                          + MathNet.Numerics.Integration.GaussLegendreRule.Integrate(Integrand, 1.0, 2.0, 48));
        }
        // m_Z' = 1.25 GeV > m_N6: no on-shell Z', so every channel but ν νν̄ is a visible f ℓℓ channel.
        exact *= 1 - DarkSeesawDecays.State(spectrum, n6).BranchingRatio("nu_nu_nu");
        Assert.True(Math.Abs(integral - exact) < 4 * error + 2e-3 * exact, $"{integral} ± {error} vs {exact}");

        var sample = DsevFile.Read(outFile);
        Assert.Equal(json.GetProperty("events").GetInt32(), sample.Count);
        Assert.Equal(["nu_e_e", "nu_mu_mu", "N4_e_e", "N5_e_e"], sample.Metadata.DecayChannels.Select(c => c.Name));
        Assert.Equal(integral, sample.SumOfWeights(), 1e-9 * integral);
    }

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
        var model = DarkSeesawGeneration.Build(spectrum, n6, [Nuclei.Get("C12")], LeptonFlavour.Muon, 14);
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
        Assert.Equal("N6", spectrum.StateName(DarkSeesawGeneration.DefaultState(spectrum, LeptonFlavour.Muon)));
        var ex = Assert.Throws<ArgumentException>(() => DarkSeesawGeneration.DefaultState(spectrum, LeptonFlavour.Electron));
        Assert.Contains("active flavours are Mu", ex.Message);
    }

    [Fact] // the JSON summary has the keys every generate command has
    public void Json_HasTheIssueKeys()
    {
        var result = CliRunner.Run(["generate", "dark-seesaw", "--card", DarkSeesawSpectrumCommandTests.ExampleCard("json"), "--flux", Flux(),
            "--events", "200", "--warmup-iterations", "2", "--warmup-evaluations", "1000", "--iterations", "2", "--evaluations", "2000", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        foreach (string key in new[] { "integral", "integralError", "chi2PerDof", "events", "unweightingEfficiency" })
            Assert.True(json.TryGetProperty(key, out _), $"missing key {key}");
        Assert.True(json.GetProperty("integral").GetDouble() > 0);
        Assert.InRange(json.GetProperty("events").GetInt32(), 150, 200); // points with zero weight (below threshold) are dropped
    }

    [Theory] // bad card or state: one line on stderr, exit code 2
    [InlineData("{ \"model\": \"dark-seesaw\", \"mD\": [[1e-6]], \"bogus\": 1 }", null, "unknown key 'bogus'")]
    [InlineData("{ \"model\": \"dark-seesaw\", \"mD\": [[1e-6]", null, "malformed JSON")]
    [InlineData(null, "nu1", "not a heavy state")]
    [InlineData(null, "N9", "no state 'N9'")]
    public void BadCardOrState_IsOneLineAndExitCodeTwo(string? card, string? hnl, string message)
    {
        string path = DarkSeesawSpectrumCommandTests.ExampleCard("json");
        if (card is not null) File.WriteAllText(path = Path.Combine(_folder, "bad.json"), card);
        var args = new List<string> { "generate", "dark-seesaw", "--card", path, "--flux", Flux(), "--events", "100" };
        if (hnl is not null) args.AddRange(["--hnl", hnl]);
        var result = CliRunner.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
