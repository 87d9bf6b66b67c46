using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Tests.Experiments;

/// <summary>The typed combined figure (<see cref="CombinedFigure"/>): the plane's experiment is the first layer, the others
/// follow once each, and a malformed declaration fails when the plugin builds it.</summary>
public sealed class CombinedFigureTests
{
    private static PublishedFigure Plane(string analysis = "eqe") => new()
    {
        Id = "plane", ExperimentId = "miniboone", Title = "plane", Reference = "paper", Family = "dipole", Analysis = analysis,
        X = new FigureAxis("m-n", 0.03, 1, AxisScale.Logarithmic, 3), Y = new FigureAxis("d-mu", 1e-8, 1e-5, AxisScale.Logarithmic, 3),
        ConfidenceLevel = 0.95, DegreesOfFreedom = 2, Significances = [1, 2, 3],
    };

    private static CombinedFigure Figure(params FigureLayer[] others) => new()
    {
        Id = "miniboone-dipole-combined", ExperimentId = "miniboone", Title = "dipole", Reference = "papers", Plane = Plane(), Others = others,
    };

    [Fact] // the plane's experiment and analysis first, then the others in their order
    public void Layers_StartWithThePlanesExperiment()
    {
        var figure = Figure(new FigureLayer("t2k-nd280", "tpc-ee-dipole"), new FigureLayer("minerva"));
        Assert.Equal([new FigureLayer("miniboone", "eqe"), new FigureLayer("t2k-nd280", "tpc-ee-dipole"), new FigureLayer("minerva", null)], figure.Layers);
    }

    [Fact] // no other experiment, one named twice, or a malformed id: refused with the member named
    public void MalformedDeclarations_AreRefused()
    {
        Assert.Equal("Others", Assert.Throws<ArgumentException>(() => Figure()).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => Figure(new FigureLayer("minerva"), new FigureLayer("minerva", "me-fhc-ee")));
        Assert.Contains("names an experiment twice: minerva,minerva", twice.Message);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => Figure(new FigureLayer("minerva")) with { Id = "Dipole Combined" }).ParamName);
        Assert.Throws<ArgumentNullException>(() => Figure(new FigureLayer("minerva")) with { Plane = null! });
    }
}
