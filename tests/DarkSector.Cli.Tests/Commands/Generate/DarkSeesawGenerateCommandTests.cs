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

    private static DarkSeesawSpectrum Example() => DarkSeesawSpectrum.Compute(DarkSector.Sampling.IO.DarkSeesawCardFile.Load(DarkSeesawSpectrumCommandTests.ExampleCard("yaml")));

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
