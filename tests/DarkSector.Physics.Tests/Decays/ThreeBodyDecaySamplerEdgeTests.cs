using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Tests.Decays;

/// <summary>
/// <see cref="ThreeBodyDecaySampler"/> at the edge of its phase space and at its refusals: at q² = (m − m₁)² the daughter
/// is at rest and the leptons are back to back with E = √q²/2 each (the unboosted branch); closed decays, an on-shell
/// mediator without a width and too few uniforms are refused naming what is wrong.
/// </summary>
public sealed class ThreeBodyDecaySamplerEdgeTests
{
    private static ThreeBodyMatrixElement Contact(double parent, double daughter, double lepton) =>
        new(parent, daughter, lepton, ChiralCouplings.LeftHanded, ChiralCouplings.Vector, 1.0, double.PositiveInfinity);

    [Fact] // m = 0.3, m₁ = 0.1, m_ℓ = 0.02, u₀ = 1 (q² = 0.04): daughter at rest, ℓ∓ = (0.1, ±p* n), p* = √(0.01 − 4e-4); 1e-15
    public void EndpointOfQ2_LeavesTheDaughterAtRest()
    {
        var sampler = new ThreeBodyDecaySampler(Contact(0.3, 0.1, 0.02));
        double w = sampler.Sample([1.0, 0.3, 0.6, 0.25, 0.8], ThreeVector.Zero, out var daughter, out var minus, out var plus);
        double pStar = Math.Sqrt(0.01 - 4e-4);
        var n = Directions.Isotropic(0.25, 0.8);
        Assert.Equal(0.1, daughter.E, 1e-15);
        Assert.Equal(0.0, daughter.P, 1e-15);
        Assert.Equal(0.1, minus.E, 1e-15);
        Assert.Equal(0.1, plus.E, 1e-15);
        Assert.Equal(pStar * n.X, minus.Px, 1e-15);
        Assert.Equal(pStar * n.Y, minus.Py, 1e-15);
        Assert.Equal(pStar * n.Z, minus.Pz, 1e-15);
        Assert.Equal(-pStar * n.X, plus.Px, 1e-15);
        Assert.Equal(-pStar * n.Y, plus.Py, 1e-15);
        Assert.Equal(-pStar * n.Z, plus.Pz, 1e-15);
        Assert.Equal(0.0, w);   // p₁ = 0: no phase space at the endpoint
    }

    [Fact] // m₁ + 2m_ℓ ≥ m: refused with the masses; an on-shell mediator needs a width; Sample needs 5 uniforms, SampleUnweighted 6
    public void Refusals_NameWhatIsWrong()
    {
        var closed = Assert.Throws<DarkSectorException>(() => new ThreeBodyDecaySampler(Contact(0.1, 0.09, 0.01)));
        Assert.Contains("three-body decay of mass 0.1 GeV into 0.09 + 2 x 0.01 GeV is kinematically closed", closed.Message);
        var onShell = new ThreeBodyMatrixElement(0.3, 0, 0.001, ChiralCouplings.LeftHanded, ChiralCouplings.Vector, 1.0, 0.1);
        var width = Assert.Throws<ArgumentOutOfRangeException>(() => new ThreeBodyDecaySampler(onShell));
        Assert.Equal("mediatorWidthGeV", width.ParamName);
        var sampler = new ThreeBodyDecaySampler(Contact(0.3, 0.1, 0.02));
        var few = Assert.Throws<ArgumentException>(() => sampler.Sample([0.5, 0.5, 0.5, 0.5], ThreeVector.Zero, out _, out _, out _));
        Assert.Equal("uniforms", few.ParamName);
        Assert.StartsWith("uniforms has 4 numbers, 5 are needed", few.Message);
        var fewer = Assert.Throws<ArgumentException>(() => sampler.SampleUnweighted([0.5, 0.5, 0.5, 0.5, 0.5], ThreeVector.Zero, out _, out _, out _));
        Assert.StartsWith("uniforms has 5 numbers, 6 are needed", fewer.Message);
    }
}
