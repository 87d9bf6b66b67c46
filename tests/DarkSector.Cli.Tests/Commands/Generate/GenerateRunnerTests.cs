using System.Text.Json;
using DarkSector.Cli.Commands.Generate;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Tests.Commands.Generate;

public sealed class GenerateRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generate-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Stand-in model: constant dσ/dQ² = 1e-38 cm²/GeV² on ¹²C, isotropic N → ν γ (σ(E) = 1e-38 (Q²max − Q²min)).</summary>
    private static GenerationModel Model(double hnlMass = 0.3) => new(
        [new UpscatteringProcess { CrossSection = new FlatCrossSection(hnlMass), Target = new TargetInfo("C12", 1000060120, 11.1749) }],
        [new HnlDecayChannel { Sampler = new IsotropicDecay(hnlMass), BranchingRatio = 1 }]);

    private GenerationSettings Settings(string? outFile, bool unweight = false) => new(
        new EnergySpectrum([0.0, 1.0, 2.0], [0.0, 1e-9, 0.0], "triangle"), ["C12"], 2000,
        new VegasOptions { WarmupIterations = 4, WarmupEvaluations = 2000, Iterations = 4, Evaluations = 5000, Seed = 3 },
        outFile is null ? null : Path.Combine(_folder, outFile), unweight);

    private static (int Code, JsonElement Json) RunJson(GenerationSettings settings, GenerationModel model)
    {
        var stdout = new StringWriter();
        int code = GenerateRunner.Run(new CliContext(stdout, new StringWriter(), Json: true), settings, model, "stand-in");
        return (code, JsonDocument.Parse(stdout.ToString()).RootElement);
    }

    [Fact] // JSON keys of the issue; integral within 4σ of ∫ φ σ dE (adaptive quadrature of the closed-form σ); file readable
    public void Json_HasTheIssueKeysAndTheIntegral()
    {
        var settings = Settings("events.dsev");
        var (code, json) = RunJson(settings, Model());
        Assert.Equal(0, code);
        double integral = json.GetProperty("integral").GetDouble(), error = json.GetProperty("integralError").GetDouble();
        var xs = new FlatCrossSection(0.3);
        double exact = MathNet.Numerics.Integrate.OnClosedInterval(e => settings.Flux.Value(e) * xs.TotalCm2(e), xs.Kinematics.ThresholdEnergyGeV, 1.0, 1e-60)
            + MathNet.Numerics.Integrate.OnClosedInterval(e => settings.Flux.Value(e) * xs.TotalCm2(e), 1.0, 2.0, 1e-60);
        Assert.True(Math.Abs(integral - exact) < 4 * error, $"{integral} ± {error} vs {exact}");
        Assert.True(json.GetProperty("chi2PerDof").GetDouble() >= 0);
        int events = json.GetProperty("events").GetInt32();
        Assert.InRange(json.GetProperty("unweightingEfficiency").GetDouble(), 1e-6, 1.0);
        var sample = DsevFile.Read(settings.OutPath!);
        Assert.Equal(events, sample.Count);
        Assert.Equal(integral, sample.SumOfWeights(), 1e-12 * integral);
    }

    [Theory] // every output format is written and read back with the same number of events
    [InlineData("e.csv")]
    [InlineData("e.hepmc")]
    public void OtherFormats_AreWritten(string file)
    {
        var settings = Settings(file, unweight: true);
        var (_, json) = RunJson(settings, Model());
        int count = file.EndsWith(".csv") ? EventCsvFile.Read(settings.OutPath!).Count : HepMC3File.Read(settings.OutPath!).Count;
        Assert.Equal(json.GetProperty("events").GetInt32(), count);
    }

    [Fact] // FILE:COLUMN selects a column of a DarkNews-layout table (E, nue, numu, ...): exact values
    public void Flux_FileColumnSyntaxSelectsTheColumn()
    {
        string path = Path.Combine(_folder, "fhc.dat");
        File.WriteAllText(path, "# nus/cm^2/POT/GeV\n0.025 1e-13 4e-11 0 2e-14 3e-12 0\n0.075 2e-13 5e-11 0 3e-14 4e-12 0\n");
        Assert.Equal([4e-11, 5e-11], GenerationCliOptions.LoadFlux(path + ":numu").Values.ToArray());
        Assert.Equal([3e-12, 4e-12], GenerationCliOptions.LoadFlux(path + ":numubar").Values.ToArray());
        Assert.Contains("expected two columns", Assert.Throws<FormatException>(() => GenerationCliOptions.LoadFlux(path)).Message);
    }

    [Fact]
    public void BadInputs_AreReportedClearly()
    {
        Assert.Contains("unknown extension", Assert.Throws<ArgumentException>(() => GenerateRunner.FormatOf("x.txt")).Message);
        Assert.Contains("no such file", Assert.Throws<ArgumentException>(() => GenerationCliOptions.LoadFlux(Path.Combine(_folder, "none.dat"))).Message);
        var ex = Assert.Throws<DarkSectorException>(() => RunJson(Settings(null), Model(hnlMass: 2.5)));
        Assert.Contains("threshold", ex.Message);
    }

    private sealed class FlatCrossSection(double hnlMass) : IUpscatteringCrossSection
    {
        public string Process => "flat";

        public UpscatteringKinematics Kinematics { get; } = new(11.1749, hnlMass);

        public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2)
        {
            var (min, max) = Kinematics.Q2Range(energyGeV);
            return max > min && q2GeV2 >= min && q2GeV2 <= max ? 1e-38 : 0;
        }

        public double TotalCm2(double energyGeV)
        {
            var (min, max) = Kinematics.Q2Range(energyGeV);
            return 1e-38 * (max - min);
        }
    }

    private sealed class IsotropicDecay(double hnlMass) : IHnlDecaySampler
    {
        public DecayChannelInfo Channel { get; } = new("nu_gamma", [14, 22]);

        public int UniformCount => 2;

        public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
        {
            var n = Directions.Isotropic(uniforms[0], uniforms[1]);
            products[0] = new FourMomentum(hnlMass / 2, -hnlMass / 2 * n);
            products[1] = new FourMomentum(hnlMass / 2, hnlMass / 2 * n);
            return 1;
        }
    }
}
