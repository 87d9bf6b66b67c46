using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Inference;

namespace DarkSector.Experiments.Tests.MiniBooNE;

/// <summary>The seeds' combined figures that the MiniBooNE plugin declares (issue 25): every layer names a discovered
/// experiment and one of its analyses, every axis and fixed value is a parameter of the family, and the plugin
/// validator refuses a combined figure that repeats or misplaces its own experiment.</summary>
public sealed class MiniBooNECombinedFiguresTests
{
    private static readonly MiniBooNEExperiment MiniBooNE = new();

    [Fact] // the light-Z', heavy-Z' and dipole planes, MiniBooNE's E_QE fit first, at 95% CL for the combination
    public void ThePlanesOfTheSeeds_AreDeclared()
    {
        var ids = MiniBooNE.CombinedFigures.Select(f => f.Id).ToArray();
        Assert.Equal(["miniboone-light-zprime-combined", "miniboone-heavy-zprime-combined", "miniboone-dipole-combined"], ids);
        Assert.All(MiniBooNE.CombinedFigures, f =>
        {
            Assert.Equal((MiniBooNEExperiment.Id, "eqe", 0.95), (f.Layers[0].ExperimentId, f.Layers[0].Analysis, f.Plane.ConfidenceLevel));
            Assert.Equal([1.0, 2.0, 3.0], f.Plane.Significances);
        });
        var dipole = MiniBooNE.CombinedFigures.Single(f => f.Id == "miniboone-dipole-combined");
        Assert.Equal(["miniboone", "t2k-nd280", "minerva"], dipole.Layers.Select(l => l.ExperimentId));
    }

    [Fact] // each layer's experiment is discovered and has the analysis; the family knows every axis and fixed name
    public void EveryLayerAndParameter_Resolves()
    {
        var catalog = ExperimentCatalog.Discover();
        foreach (var figure in MiniBooNE.CombinedFigures)
        {
            foreach (var layer in figure.Layers)
            {
                var analyses = catalog.Get(layer.ExperimentId).Analyses;
                Assert.True(layer.Analysis is null || analyses.Any(a => a.Id == layer.Analysis), $"{figure.Id}: {layer.ExperimentId} has no analysis {layer.Analysis}");
            }
            var family = ModelFamilies.Get(figure.Plane.Family);
            foreach (string name in figure.Plane.Fixed.Select(p => p.Name).Append(figure.Plane.X.Parameter).Append(figure.Plane.Y.Parameter))
                family.CheckName(name, figure.Id);
            Assert.True(family.IsMass(figure.Plane.X.Parameter));
        }
    }

    [Fact] // the real plugin passes the validator; one that names itself among the others, or scans another's plane, does not
    public void Validator_RefusesAMisplacedOwnExperiment()
    {
        Assert.Empty(ExperimentValidator.Validate(MiniBooNE, MiniBooNEExperiment.Id));
        var good = MiniBooNE.CombinedFigures[0];
        var repeated = good with { Others = [.. good.Others, new FigureLayer(MiniBooNEExperiment.Id)] };
        Assert.Contains("combined figure 'miniboone-light-zprime-combined' names 'miniboone' again among the others",
            ExperimentValidator.Validate(new WithCombined(repeated), MiniBooNEExperiment.Id));
        var foreign = good with { Plane = good.Plane with { ExperimentId = "t2k-nd280" } };
        Assert.Contains(ExperimentValidator.Validate(new WithCombined(foreign), MiniBooNEExperiment.Id),
            p => p.StartsWith("combined figure 'miniboone-light-zprime-combined' must be declared for, and scan the plane of, 'miniboone'", StringComparison.Ordinal));
    }

    /// <summary>The MiniBooNE plugin with one combined figure of the test's choosing.</summary>
    private sealed class WithCombined(CombinedFigure figure) : IExperiment
    {
        public ExperimentInfo Info => MiniBooNE.Info;

        public Detector Detector => MiniBooNE.Detector;

        public IReadOnlyList<BeamFlux> Beams => MiniBooNE.Beams;

        public IReadOnlyList<AnalysisDefinition> Analyses => MiniBooNE.Analyses;

        public PublicationDefaults Defaults => MiniBooNE.Defaults;

        public IReadOnlyList<CombinedFigure> CombinedFigures => [figure];
    }
}
