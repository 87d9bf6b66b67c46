using System.Text.Json;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.IO;

namespace DarkSector.Cli.Tests.Commands.Generate;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generate-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Flux()
    {
        string path = Path.Combine(_folder, "flux.txt");
        File.WriteAllText(path, "# E_GeV flux per GeV per cm2 per POT (triangle)\n0.0 0\n1.0 1e-9\n2.0 0\n");
        return path;
    }

    private static readonly string[] Heavy = ["--mn", "0.1", "--mzprime", "1.25", "--epsilon2", "4.6e-4", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7", "--v-n2", "1"];
    private static readonly string[] Small = ["--events", "3000", "--warmup-iterations", "5", "--warmup-evaluations", "4000", "--iterations", "4", "--evaluations", "10000"];

    [Fact] // heavy benchmark on C12: integral within 4σ + 2e-3 (Gauss-Legendre) of Σ ∫ φ σ_Both dE × BR(ν e e) from the model's own σ(E)
    public void DarkPhoton_IntegralMatchesFluxTimesModelCrossSection()
    {
        string flux = Flux(), outFile = Path.Combine(_folder, "hb.dsev");
        var result = CliRunner.Run(["generate", "dark-photon", .. Heavy, "--flux", flux, "--target", "C12", .. Small, "--out", outFile, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        double integral = json.GetProperty("integral").GetDouble(), error = json.GetProperty("integralError").GetDouble();

        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, Math.Sqrt(4.6e-4), 0.4, 2.2e-7, 1.0, false);
        var c12 = Nuclei.Get("C12");
        var parts = new (IUpscatteringCrossSection Xs, double N)[]
        {
            (DarkPhotonUpscattering.Coherent(model, c12, null, 0, LeptonFlavour.Muon, UpscatteringHelicity.Both), 1),
            (DarkPhotonUpscattering.ProtonElastic(model, 0, LeptonFlavour.Muon, UpscatteringHelicity.Both), c12.Z),
            (DarkPhotonUpscattering.NeutronElastic(model, 0, LeptonFlavour.Muon, UpscatteringHelicity.Both), c12.N),
        };
        double exact = 0;
        foreach (var (xs, n) in parts)
        {
            double threshold = xs.Kinematics.ThresholdEnergyGeV;
            double Integrand(double e) => (e < 1 ? e * 1e-9 : (2 - e) * 1e-9) * xs.TotalCm2(e);
            exact += n * (MathNet.Numerics.Integration.GaussLegendreRule.Integrate(Integrand, threshold, 1.0, 48)
                          + MathNet.Numerics.Integration.GaussLegendreRule.Integrate(Integrand, 1.0, 2.0, 48));
        }
        exact *= DarkPhotonDecays.Hnl(model).BranchingRatio("nu_e_e");
        Assert.True(Math.Abs(integral - exact) < 4 * error + 2e-3 * exact, $"{integral} ± {error} vs {exact}");

        var sample = DsevFile.Read(outFile);
        Assert.Equal(json.GetProperty("events").GetInt32(), sample.Count);
        Assert.Equal(["C12", "C12/p", "C12/n"], sample.Metadata.Targets.Select(t => t.Name));   // the library's signal-model target names
        Assert.Equal("nu_e_e", Assert.Single(sample.Metadata.DecayChannels).Name);
    }

    [Theory] // --target keeps every spelling it accepted before the move to the library's process builder (Nuclei.TryGet
             // aliases); a free nucleon has no coherent process; target names are the library's (nucleus/p, nucleus/n)
    [InlineData("C12,H1", new[] { "C12", "C12/p", "C12/n", "H1/p" })]
    [InlineData("p", new[] { "H1/p" })]
    [InlineData("proton", new[] { "H1/p" })]
    [InlineData("neutron", new[] { "n/n" })]
    [InlineData("Ar-40", new[] { "Ar40", "Ar40/p", "Ar40/n" })]
    [InlineData("208Pb", new[] { "Pb208", "Pb208/p", "Pb208/n" })]
    public void Target_AcceptsTheSameSpellings(string target, string[] names)
    {
        string outFile = Path.Combine(_folder, "t.dsev");
        var result = CliRunner.Run(["generate", "dark-photon", .. Heavy, "--flux", Flux(), "--target", target, "--events", "200",
            "--warmup-iterations", "2", "--warmup-evaluations", "1000", "--iterations", "2", "--evaluations", "2000", "--out", outFile, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var sample = DsevFile.Read(outFile);
        Assert.Equal(names, sample.Metadata.Targets.Select(t => t.Name).Distinct());
    }

    [Fact] // dipole family runs end to end (photon and e+e- channels) with a positive integral and a readable HepMC3 file
    public void Dipole_GeneratesEvents()
    {
        string outFile = Path.Combine(_folder, "d.hepmc");
        var result = CliRunner.Run(["generate", "dipole", "--mn", "0.2", "--d-mu", "1e-7", "--flux", Flux(), "--target", "C12", .. Small, "--out", outFile, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.True(json.GetProperty("integral").GetDouble() > 0);
        var sample = HepMC3File.Read(outFile);
        Assert.Equal(json.GetProperty("events").GetInt32(), sample.Count);
        Assert.Contains(sample.Metadata.DecayChannels, c => c.ProductPdgCodes.Contains(22));
    }

    [Theory] // bad input: one line on stderr, exit code 2
    [InlineData("--target", "Xx99", "unknown target")]
    [InlineData("--out", "e.txt", "unknown extension")]
    [InlineData("--flux", "/nonexistent/flux.txt", "no such file")]
    public void BadInput_IsOneLineAndExitCodeTwo(string option, string value, string message)
    {
        var args = new List<string> { "generate", "dark-photon" };
        args.AddRange(Heavy);
        args.AddRange(["--events", "100"]);
        if (option != "--flux") args.AddRange(["--flux", Flux()]);
        args.AddRange([option, option == "--out" ? Path.Combine(_folder, value) : value]);
        var result = CliRunner.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
