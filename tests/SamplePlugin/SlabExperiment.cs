using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.SamplePlugin;

/// <summary>A toy experiment: a mineral-oil box with a fiducial core behind 50 m of dirt, in a made-up 1 GeV beam.
/// It exists to show (and test) that an experiment dropped into a plugin folder is discovered; its numbers are
/// illustrative, not a measurement.</summary>
[ExportExperiment("sample-slab")]
public sealed class SlabExperiment : IExperiment
{
    /// <inheritdoc />
    public ExperimentInfo Info { get; } = new()
    {
        Id = "sample-slab",
        Name = "Sample slab detector",
        Description = "Illustrative plugin: a 2 x 2 x 4 m mineral-oil box with a fiducial core, 50 m of dirt upstream.",
        Citation = "DarkSector docs/writing-a-plugin.md (toy example, no publication)",
    };

    /// <inheritdoc />
    public Detector Detector { get; } = BuildDetector();

    /// <inheritdoc />
    public IReadOnlyList<BeamFlux> Beams { get; } =
    [
        new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino, new EnergySpectrum([0.0, 0.5, 1.0, 2.0, 3.0], [0.0, 2e-10, 3e-10, 1e-10, 0.0], "toy triangle"))
        {
            BaselineCm = 60_000,
        },
    ];

    /// <inheritdoc />
    public IReadOnlyList<AnalysisDefinition> Analyses { get; } =
    [
        new AnalysisDefinition("ee-count", "e+e- pairs above 100 MeV decaying in the fiducial core (counting)",
            SignalTopology.DecayInFiducial, [new BeamExposure("FHC", 1e20)], new PairSelection(),
            Binning.SingleBin("events"), new AnalysisData([3], [2.5]), new EffectiveLikelihood(0.2)),
    ];

    /// <inheritdoc />
    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.95, DegreesOfFreedom = 2 };

    private static Detector BuildDetector()
    {
        var oil = StandardMaterials.MineralOil;
        var dirt = Material.FromAtomCounts("dirt (SiO2)", 2.25, ("Si28", 1), ("O16", 2));
        var air = Material.FromMassFractions("air", 1.205e-3, ("N14", 0.755), ("O16", 0.245));
        return new Detector("sample slab",
        [
            new DetectorVolume("fiducial core", new Box(150, 150, 300).Translate(new ThreeVector(0, 0, 200)), oil, VolumeRole.Fiducial | VolumeRole.Target),
            new DetectorVolume("oil box", new Box(200, 200, 400).Translate(new ThreeVector(0, 0, 200)), oil, VolumeRole.Target),
            new DetectorVolume("hall air", new Box(600, 600, 800).Translate(new ThreeVector(0, 0, 200)), air, VolumeRole.Air),
            new DetectorVolume("dirt", new Box(2000, 2000, 5000).Translate(new ThreeVector(0, 0, -2700)), dirt, VolumeRole.Dirt),
        ]);
    }
}
