using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Distributed;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests.Distributed;

/// <summary>The generate workflow of the library (<see cref="GenerationJob"/>, <see cref="EventFiles"/>, <see cref="FluxSources"/>).</summary>
public sealed class GenerationJobTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("generation-job-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly EnergySpectrum Triangle = new([0.0, 1.0, 2.0], [0.0, 1e-9, 0.0], "triangle");

    /// <summary>Stand-in model: constant dσ/dQ² = 1e-38 cm²/GeV² on ¹²C, isotropic N → ν γ (σ(E) = 1e-38 (Q²max − Q²min)).</summary>
    private static GenerationModel Model(double hnlMass = 0.3) => new(
        [new UpscatteringProcess { CrossSection = new FlatCrossSection(hnlMass), Target = new TargetInfo("C12", 1000060120, 11.1749) }],
        [new HnlDecayChannel { Sampler = new IsotropicDecay(hnlMass), BranchingRatio = 1 }]);

    private static readonly GenerationOptions Options = new()
    {
        Events = 2000, Model = "stand-in",
        Vegas = new VegasOptions { WarmupIterations = 4, WarmupEvaluations = 2000, Iterations = 4, Evaluations = 5000, Seed = 3 },
    };

    [Fact] // the integral within 4σ of ∫ φ σ dE (adaptive quadrature of the closed-form σ); the file holds the events and their sum
    public void Run_IntegralMatchesQuadrature_AndTheFileHoldsTheEvents()
    {
        var result = GenerationJob.Run(Triangle, Model(), Options, null, null, null, false).Result!;
        var xs = new FlatCrossSection(0.3);
        double exact = MathNet.Numerics.Integrate.OnClosedInterval(e => Triangle.Value(e) * xs.TotalCm2(e), xs.Kinematics.ThresholdEnergyGeV, 1.0, 1e-60)
            + MathNet.Numerics.Integrate.OnClosedInterval(e => Triangle.Value(e) * xs.TotalCm2(e), 1.0, 2.0, 1e-60);
        Assert.True(Math.Abs(result.Integral - exact) < 4 * result.IntegralError, $"{result.Integral} ± {result.IntegralError} vs {exact}");
        Assert.True(result.Integration.Chi2PerDof >= 0);
        string path = Path.Combine(_folder, "events.dsev");
        var (events, efficiency) = GenerationJob.Write(result, 3, unweight: false, path);
        Assert.InRange(efficiency, 1e-6, 1.0);
        var sample = DsevFile.Read(path);
        Assert.Equal(events.Count, sample.Count);
        Assert.Equal(result.Integral, sample.SumOfWeights(), 1e-12 * result.Integral);
    }

    [Theory] // every text format is written and read back with the same number of (unweighted) events
    [InlineData("e.csv")]
    [InlineData("e.hepmc")]
    public void Write_OtherFormats(string file)
    {
        var result = GenerationJob.Run(Triangle, Model(), Options, null, null, null, false).Result!;
        string path = Path.Combine(_folder, file);
        var (events, _) = GenerationJob.Write(result, 3, unweight: true, path);
        Assert.Equal(events.Count, file.EndsWith(".csv") ? EventCsvFile.Read(path).Count : HepMC3File.Read(path).Count);
    }

    [Fact] // FILE:COLUMN selects a column of a DarkNews-layout table (E, nue, numu, ...): exact values
    public void FluxSources_FileColumnSyntaxSelectsTheColumn()
    {
        string path = Path.Combine(_folder, "fhc.dat");
        File.WriteAllText(path, "# nus/cm^2/POT/GeV\n0.025 1e-13 4e-11 0 2e-14 3e-12 0\n0.075 2e-13 5e-11 0 3e-14 4e-12 0\n");
        Assert.Equal([4e-11, 5e-11], FluxSources.Load(path + ":numu").Values.ToArray());
        Assert.Equal([3e-12, 4e-12], FluxSources.Load(path + ":numubar").Values.ToArray());
        Assert.Contains("expected two columns", Assert.Throws<FormatException>(() => FluxSources.Load(path)).Message);
    }

    [Fact]
    public void BadInputs_AreReportedClearly()
    {
        Assert.Contains("unknown extension", Assert.Throws<ArgumentException>(() => EventFiles.FormatOf("x.txt")).Message);
        Assert.Contains("no such file", Assert.Throws<ArgumentException>(() => FluxSources.Load(Path.Combine(_folder, "none.dat"))).Message);
        Assert.Contains("threshold", Assert.Throws<DarkSectorException>(() => GenerationJob.Run(Triangle, Model(hnlMass: 2.5), Options, null, null, null, false)).Message);
        Assert.Throws<ArgumentException>(() => GenerationJob.Run(Triangle, Model(), Options, null, null, new Shard(0, 2), false));
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
