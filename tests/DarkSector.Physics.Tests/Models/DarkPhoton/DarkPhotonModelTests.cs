using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Physics.Tests.Models.DarkPhoton;

public class DarkPhotonModelTests
{
    [Fact] // α_D = g_D²/4π: g_D = √π gives 1/4 exactly up to rounding (1e-15); g_D = 0 gives 0; a negative g_D names the parameter
    public void AlphaDarkFromGaugeCoupling_IsGSquaredOverFourPi()
    {
        Assert.Equal(0.25, DarkPhotonModel.AlphaDarkFromGaugeCoupling(Math.Sqrt(Math.PI)), 1e-15);
        Assert.Equal(0.0, DarkPhotonModel.AlphaDarkFromGaugeCoupling(0));
        Assert.Equal("gaugeCoupling", Assert.Throws<ArgumentOutOfRangeException>(() => DarkPhotonModel.AlphaDarkFromGaugeCoupling(-1)).ParamName);
    }

    [Fact]
    public void SingleHnl_CarriesItsParameters()
    {
        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 2.2e-7, 1.0);
        Assert.Equal(0.1, model.Hnl(0).MassGeV);
        Assert.Equal(2.2e-7, model.Hnl(0).VertexMu2);
        Assert.Equal(1.0, model.Hnl(0).DecayVertex2);
        Assert.Equal(4e-4, model.Epsilon2, 1e-18);
        Assert.Equal(Math.Sqrt(4 * Math.PI * 0.4), model.DarkCoupling, 1e-15);
        Assert.False(model.IsMajorana);
        Assert.Equal(PhysicalConstants.ElementaryCharge, model.ElectricCharge);
    }

    [Fact] // DarkNews' e = g s_W = 0.3086 (issue 3; DarkNews const.py), 4 digits
    public void DarkNewsCharge_IsGTimesSinThetaW()
    {
        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 2.2e-7, 1.0) with { Charge = ChargeConvention.DarkNews };
        Assert.Equal(0.3086, model.ElectricCharge, 4e-4);
    }

    [Fact]
    public void TwoHnls_SquaresTheModuli()
    {
        var model = DarkPhotonModel.TwoHnls(0.1, 0.15, 1.25, 0.01, 0.32, 1e-3, 2e-3, 0.5);
        Assert.Equal(1e-6, model.Hnl(0).VertexMu2, 1e-20);
        Assert.Equal(4e-6, model.Hnl(1).DecayVertex2, 1e-20);
        Assert.Equal(0.25, model.Hnl(1).TransitionVertices2[0]);
    }

    [Theory]
    [InlineData(0.0, "MassGeV")]
    [InlineData(-0.1, "MassGeV")]
    [InlineData(double.NaN, "MassGeV")]
    public void NonPositiveMass_IsRejectedWithItsName(double mass, string name)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => DarkPhotonModel.SingleHnl(mass, 1.25, 0.02, 0.4, 2.2e-7, 1.0));
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void VertexAboveOne_IsRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 1.5, 1.0));
        Assert.Contains("VertexMu2 = 1.5 is outside [0, 1]", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.PositiveInfinity)]
    public void EpsilonOutsideOpenUnitInterval_IsRejected(double epsilon)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DarkPhotonModel.SingleHnl(0.1, 1.25, epsilon, 0.4, 1e-7, 1.0));
        Assert.Contains("Epsilon", e.Message);
    }

    [Fact] // validation also runs under `with`
    public void With_Validates()
    {
        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, 0.02, 0.4, 2.2e-7, 1.0);
        Assert.Throws<ArgumentOutOfRangeException>(() => model with { AlphaDark = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => model with { ZPrimeMassGeV = double.NaN });
    }

    [Fact]
    public void UnorderedMasses_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => DarkPhotonModel.TwoHnls(0.2, 0.1, 1.25, 0.01, 0.32, 1e-3, 1e-3, 0.5));
        Assert.Contains("ascend", e.Message);
    }
}
