using System.Reflection;
using System.Text.RegularExpressions;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Tests.Generation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Tests;

/// <summary>
/// Library-wide conventions of DarkSector.Sampling checked by reflection over every public type (in the spirit of
/// NodaTime's ConsistencyTest; style.md items 1, 3, 10, 13, 15; docs/conventions.md).
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(VegasOptions).Assembly;

    private static EnergySpectrum Spectrum() => new([0.0, 1.0, 3.0], [0.0, 2.0, 1.0]);

    /// <summary>A valid instance of every public parameter record whose settable double properties are model or run inputs.</summary>
    private static readonly Dictionary<Type, Func<object>> ValidInstances = new()
    {
        [typeof(VegasOptions)] = () => new VegasOptions(),
        [typeof(BeamExposure)] = () => new BeamExposure("FHC", 1e21),
        [typeof(BeamFlux)] = () => new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, Spectrum()) { BaselineCm = 5.4e4 },
        [typeof(PublicationDefaults)] = () => new PublicationDefaults(),
        [typeof(UpscatteringProcess)] = () => new UpscatteringProcess
        {
            CrossSection = new ToyCrossSection(11.2, 0.1, 1.0, 0.1), Target = new TargetInfo("C12", 1000060120, 11.2), Multiplicity = 1,
        },
        [typeof(HnlDecayChannel)] = () => new HnlDecayChannel { Sampler = new ToyPhotonDecay(0.1, 0), BranchingRatio = 1 },
        [typeof(PublishedRegion)] = () => new PublishedRegion
        {
            Id = "region", Label = "region", Source = "paper", Family = "dark-photon", XParameter = "m-n", YParameter = "v-mu-n2", Sigma = 1,
            Boundary = [new(0.1, 1e-8), new(0.2, 1e-8), new(0.2, 1e-7)],
        },
        [typeof(DarkSector.Sampling.Simulation.ProductionPointSampling)] = () => new DarkSector.Sampling.Simulation.ProductionPointSampling(),
        [typeof(DarkSector.Sampling.Simulation.PrecisionTarget)] = () => new DarkSector.Sampling.Simulation.PrecisionTarget(0.05),
        [typeof(FigurePoint)] = () => new FigurePoint(0.1, 2.2e-7),
        [typeof(FigureParameter)] = () => new FigureParameter("mzprime", 1.25),
        [typeof(PublishedFigure)] = () => new PublishedFigure
        {
            Id = "figure", ExperimentId = "experiment", Title = "title", Reference = "paper", Family = "dark-photon",
            X = new FigureAxis("m-n", 0.01, 0.5, DarkSector.Sampling.Limits.AxisScale.Logarithmic, 20), Y = new FigureAxis("v-mu-n2", 1e-10, 1e-5, DarkSector.Sampling.Limits.AxisScale.Logarithmic, 30),
            ConfidenceLevel = 0.9, DegreesOfFreedom = 2,
        },
        [typeof(CombinedNeymanPearsonChiSquare)] = () => new CombinedNeymanPearsonChiSquare(new double[,] { { 1 } }, SystematicCovarianceKind.Absolute) { SignalFractionalUncertainty = 0.3 },
    };

    /// <summary>Public types with settable double properties that are not inputs, each with the reason.</summary>
    private static readonly Dictionary<Type, string> NotParameterRecords = new()
    {
        [typeof(DarkSector.Sampling.Reweighting.KernelPrediction)] = "reweighter output (signal, MC error, effective sample size, mass points, flag)",
        [typeof(DarkSector.Sampling.Reweighting.ClosurePoint)] = "closure output (point, kernel and direct predictions, pull)",
        [typeof(DarkSector.Sampling.Reweighting.BandwidthSelection)] = "cross-validation output (chosen half-widths, score, candidates)",
        [typeof(DarkSector.Sampling.Reweighting.BandwidthCandidate)] = "cross-validation output (half-widths and their score)",
        [typeof(DarkSector.Sampling.Weights.ConversionSample)] = "sampler output (distance, position, density, probability)",
        [typeof(DarkSector.Sampling.Weights.VertexSample)] = "sampler output (distance, position, density, column density)",
        [typeof(DarkSector.Sampling.Vegas.VegasIteration)] = "integrator output; Integral/Error may legitimately be NaN for a zero-variance or failed iteration report",
        [typeof(DarkSector.Sampling.Vegas.VegasResult)] = "integrator output",
        [typeof(DarkSector.Sampling.Simulation.SimulationResult)] = "simulation output",
        [typeof(DarkSector.Sampling.Oscillations.AppearanceEvent)] = "one Monte Carlo row (bin, L/E, weight), validated with its index by AppearanceSample.Create",
        [typeof(DarkSector.Sampling.Simulation.EventEstimate)] = "simulation output (events with their MC error)",
        [typeof(DarkSector.Sampling.Validation.ValidationRow)] = "declaration of a published number (NaN-free by construction in the plugins), not a model input",
        [typeof(DarkSector.Sampling.Validation.ValidationValue)] = "validation output",
        [typeof(DarkSector.Sampling.Validation.ValidationOutcome)] = "validation output",
        [typeof(DarkSector.Sampling.Simulation.CutFlowStep)] = "simulation output (cut flow step)",
        [typeof(DarkSector.Sampling.Simulation.SimulatedDecay)] = "simulation output (one visible event with its accepting crossings, for reweighting)",
        [typeof(DarkSector.Sampling.Scans.ScanResult)] = "scan output",
        [typeof(DarkSector.Sampling.Inference.CombinedScanResult)] = "combined-scan output",
        [typeof(DarkSector.Sampling.Simulation.SimulationWeight)] = "simulation output (the named factors of one event's weight)",
        [typeof(DarkSector.Sampling.Inference.ColumnPrecision)] = "scan output (a column's events and relative MC error)",
        [typeof(DarkSector.Sampling.Inference.FitSummary)] = "prediction output (-2 ln L, background only, best-fit scale)",
        [typeof(DarkSector.Sampling.Inference.ModelOption)] = "schema of a model input (its allowed range, infinite when open; the values it checks are the parameters)",
        [typeof(DarkSector.Sampling.Inference.McBandEdges)] = "scan output (the MC band's edges along y at one x)",
        [typeof(DarkSector.Sampling.Inference.ProfiledPoint)] = "profiled-fit output (values at the minimum, −2 ln L, evaluations)",
        [typeof(DarkSector.Sampling.Inference.CombinedPreferredRegion)] = "combined-scan output (a preferred region)",
        [typeof(DarkSector.Sampling.Inference.CombinedExcludedFraction)] = "combined-scan output (NaN for an empty region)",
        [typeof(DarkSector.Sampling.Inference.CombinedScanInput)] = "BackgroundOnly checked finite on construction; ConfidenceLevel checked with its range by LikelihoodScan (DeltaLogLikelihood.Threshold) before any evaluation",
        [typeof(DarkSector.Sampling.Inference.CombinedScanOptions)] = "ConfidenceLevel checked by LikelihoodScan, Sigmas/FractionSigma by CombinedScan.Coverage, each naming value and range, before any evaluation",
        [typeof(DarkSector.Sampling.Limits.ContourPoint)] = "limit output (a contour vertex)",
        [typeof(DarkSector.Sampling.Limits.Interval)] = "limit output; an open end is flagged by LowIsScanEdge/HighIsScanEdge",
        [typeof(DarkSector.Sampling.Limits.LifetimeBoundFit)] = "fit output",
        [typeof(DarkSector.Sampling.Geometry.RaySegment)] = "geometry ray answer (entry/exit distances), not an input",
        [typeof(DarkSector.Sampling.Geometry.VolumeSegment)] = "geometry ray answer (entry/exit distances)",
        [typeof(DarkSector.Sampling.Generation.GenerationResult)] = "generator output",
        [typeof(DarkSector.Sampling.Generation.UnweightingResult)] = "unweighting output",
        [typeof(DarkSector.Sampling.Simulation.CutFlowStep)] = "simulation output (events and acceptance after a cut)",
        [typeof(DarkSector.Sampling.Simulation.SimulatedDecay)] = "simulation output kept for lifetime reweighting",
        [typeof(DarkSector.Sampling.Simulation.PrecisionRun)] = "adaptive-driver output",
        [typeof(DarkSector.Sampling.Events.EventRecord)] = "event data record read back from files as written; its weight factors are outputs of the generator (not validated on init: see report)",
        [typeof(DarkSector.Sampling.Events.EventSampleMetadata)] = "file header; Integral and IntegralError default to NaN meaning not computed",
        [typeof(DarkSector.Sampling.Inference.FamilyParameter)] = "schema declaration of a family's parameter; its bounds may be infinite (e.g. a mass's maximum)",
        [typeof(DarkSector.Sampling.Inference.FamilyScanOptions)] = "strategy settings; Bandwidth is validated where it is used (JointSamplePrediction: (0, 10] decades, message naming it)",
        [typeof(DarkSector.Sampling.Inference.FamilyScanResult)] = "scan output",
        [typeof(DarkSector.Sampling.Inference.GridPoint)] = "scan output (Profiled is NaN without a profile)",
        [typeof(DarkSector.Sampling.Inference.IntervalScan)] = "limit output",
        [typeof(DarkSector.Sampling.Inference.Prediction)] = "prediction output",
        [typeof(DarkSector.Sampling.Inference.PreferredRegions.Region)] = "scan output (a preferred region)",
    };

    private static readonly Dictionary<string, (string Parameter, Action<double> Create)> ConstructorTable = new()
    {
        ["BeamExposure.amount"] = ("Amount", x => _ = new BeamExposure("FHC", x)),
        ["TargetInfo.massGeV"] = ("massGeV", x => _ = new TargetInfo("C12", 1000060120, x)),
        ["EnergySpectrum.energiesGeV"] = ("energiesGeV[1]", x => _ = new EnergySpectrum([0.0, x, 3.0], [0.0, 2.0, 1.0])),
        ["EnergySpectrum.values"] = ("values[1]", x => _ = new EnergySpectrum([0.0, 1.0, 3.0], [0.0, x, 1.0])),
        ["Box.sizeYCm"] = ("sizeYCm", x => _ = new DarkSector.Sampling.Geometry.Box(100, x, 100)),
        ["Cylinder.radiusCm"] = ("radiusCm", x => _ = new DarkSector.Sampling.Geometry.Cylinder(x, 100)),
        ["Cylinder.lengthCm"] = ("lengthCm", x => _ = new DarkSector.Sampling.Geometry.Cylinder(50, x)),
        ["Sphere.radiusCm"] = ("radiusCm", x => _ = new DarkSector.Sampling.Geometry.Sphere(x)),
        ["BinLogLikelihood.Poisson.expected"] = ("expected", x => DarkSector.Sampling.Likelihoods.BinLogLikelihood.Poisson(3, x)),
        ["EffectiveLikelihood.fractionalSystematic"] = ("fractionalSystematic", x => _ = new DarkSector.Sampling.Likelihoods.EffectiveLikelihood(x)),
        ["DeltaLogLikelihood.Threshold.confidenceLevel"] = ("confidenceLevel", x => DarkSector.Sampling.Limits.DeltaLogLikelihood.Threshold(x, 2)),
        ["PoissonUpperLimit.ZeroBackground.confidenceLevel"] = ("confidenceLevel", x => DarkSector.Sampling.Limits.PoissonUpperLimit.ZeroBackground(0, x)),
    };

    public static TheoryData<string, string> ConstructorCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (key, value) in ConstructorTable) data.Add(key, value.Parameter);
        return data;
    }

    public static TheoryData<string> ParameterProperties() => ParameterConventions.PropertiesOf(Library, ValidInstances);

    [Theory]
    [MemberData(nameof(ParameterProperties))]
    public void ParameterRecords_RejectNonFiniteDoubles_NamingTheProperty(string member) =>
        ParameterConventions.AssertPropertyRejectsNonFinite(Library, ValidInstances, member);

    [Fact]
    public void ParameterRecords_FactoriesProduceValidInstancesThatAcceptTheirOwnValues() =>
        ParameterConventions.AssertFactoriesAcceptTheirOwnValues(Library, ValidInstances);

    [Fact]
    public void EveryPublicTypeWithSettableDoubles_IsListedAsParameterRecordOrExempt()
    {
        var unlisted = ParameterConventions.UnlistedTypes(Library, ValidInstances, NotParameterRecords);
        Assert.True(unlisted.Length == 0,
            $"Public types with settable doubles not in ConventionTests.ValidInstances (or NotParameterRecords with a reason): {string.Join(", ", unlisted)}");
    }

    [Theory]
    [MemberData(nameof(ConstructorCases))]
    public void Constructors_RejectNonFiniteDoubles_NamingTheParameter(string member, string parameter) =>
        ParameterConventions.AssertRejectsNonFinite(parameter, ConstructorTable[member].Create);

    [Fact]
    public void OutOfRangeMessages_NameParameterValueAndRange()
    {
        // A sample of public validation paths: the message carries the name, the offending value and the allowed range.
        var cases = new (Action Act, string[] Expected)[]
        {
            (() => _ = new VegasOptions { Beta = 1.5 }, ["Beta", "1.5", "[0, 1]"]),
            (() => _ = new VegasOptions { Evaluations = 1 }, ["Evaluations", "1", ">= 2"]),
            (() => _ = new VegasOptions { MaxDegreeOfParallelism = 0 }, ["MaxDegreeOfParallelism", "0", "-1 or >= 1"]),
            (() => _ = new PublicationDefaults { ConfidenceLevel = 1 }, ["ConfidenceLevel", "1", "(0, 1)"]),
            (() => _ = new HnlDecayChannel { Sampler = new ToyPhotonDecay(0.1, 0), BranchingRatio = -0.5 }, ["BranchingRatio", "-0.5", "[0, 1]"]),
        };
        ParameterConventions.AssertMessagesContain(cases);
    }

    [Fact]
    public void PublicTypes_HaveNoMutableStaticState()
    {
        // No public static field that can be reassigned or whose array contents can be changed, no public static setter
        // (style.md 10: random streams and options are passed in, never static).
        var offenders = ParameterConventions.MutableStaticState(Library);
        Assert.True(offenders.Count == 0, "Mutable public static state: " + string.Join(", ", offenders));
    }

    /// <summary>style.md 13: <c>services.AddDarkSector()</c> lives in Microsoft.Extensions.DependencyInjection by design.</summary>
    private const string DependencyInjectionFile = "DependencyInjection/DarkSectorServiceCollectionExtensions.cs";

    [Fact]
    public void SourceFiles_DeclareTheNamespaceOfTheirFolder()
    {
        var offenders = NamespaceConventions.FilesOutsideTheirFolderNamespace("DarkSector.Sampling", DependencyInjectionFile);
        Assert.True(offenders.Count == 0, "Namespace differs from folder: " + string.Join("; ", offenders));
    }

    [Fact]
    public void PublicTypes_LiveInAFileNamedAfterThemInTheFolderOfTheirNamespace()
    {
        var offenders = NamespaceConventions.TypesWithoutTheirFile(Library, "DarkSector.Sampling",
            exempt: ["Microsoft.Extensions.DependencyInjection.DarkSectorServiceCollectionExtensions"]);
        Assert.True(offenders.Count == 0, "Public type without <Folder of namespace>/<TypeName>.cs: " + string.Join(", ", offenders));
    }

}
