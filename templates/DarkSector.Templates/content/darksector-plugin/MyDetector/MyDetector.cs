using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Likelihoods;

namespace MyDetector;

[ExportExperiment("my-detector")]                       // the id: lower-case letters, digits and '-'
public sealed class MyDetector : IExperiment
{
    public ExperimentInfo Info { get; } = new()
    {
        Id = "my-detector",                                // must equal the exported id
        Name = "My detector",
        Description = "A 2 x 2 x 4 m mineral-oil box with a fiducial core, 50 m of dirt upstream (toy).",
        Citation = "A. Author et al., Phys. Rev. D 100 (2019) 052006",
    };

    public Detector Detector { get; } = BuildDetector();

    // phi(E) per GeV per cm^2 per POT at the detector, linear between the nodes, zero outside.
    public IReadOnlyList<BeamFlux> Beams { get; } =
    [
        new BeamFlux("FHC", NeutrinoFlavour.MuonNeutrino,
            new EnergySpectrum([0.0, 0.5, 1.0, 2.0, 3.0], [0.0, 2e-10, 3e-10, 1e-10, 0.0], "toy triangle"))
        {
            BaselineCm = 60_000,                           // source to detector origin, cm
        },
    ];

    public IReadOnlyList<AnalysisDefinition> Analyses { get; } =
    [
        new AnalysisDefinition("ee-count", "e+e- pairs above 100 MeV decaying in the fiducial core (counting)",
            SignalTopology.DecayInFiducial, [new BeamExposure("FHC", 1e20)], new PairSelection(),
            Binning.SingleBin("events"), new AnalysisData([3], [2.5]), new EffectiveLikelihood(0.2)),
    ];

    public PublicationDefaults Defaults { get; } = new() { ConfidenceLevel = 0.95, DegreesOfFreedom = 2 };

    private static Detector BuildDetector()
    {
        var oil = StandardMaterials.MineralOil;
        var dirt = Material.FromAtomCounts("dirt (SiO2)", 2.25, ("Si28", 1), ("O16", 2));
        var air = Material.FromMassFractions("air", 1.205e-3, ("N14", 0.755), ("O16", 0.245));
        // Box takes FULL edge lengths (x, y, z) in cm and is centred at the origin; Translate moves its centre.
        // Highest priority first: the first volume that contains a point owns it.
        return new Detector("my detector",
        [
            new DetectorVolume("fiducial core", new Box(150, 150, 300).Translate(new ThreeVector(0, 0, 200)), oil, VolumeRole.Fiducial | VolumeRole.Target),
            new DetectorVolume("oil box", new Box(200, 200, 400).Translate(new ThreeVector(0, 0, 200)), oil, VolumeRole.Target),
            new DetectorVolume("hall air", new Box(600, 600, 800).Translate(new ThreeVector(0, 0, 200)), air, VolumeRole.Air),
            new DetectorVolume("dirt", new Box(2000, 2000, 5000).Translate(new ThreeVector(0, 0, -2700)), dirt, VolumeRole.Dirt),
        ]);
    }
}
