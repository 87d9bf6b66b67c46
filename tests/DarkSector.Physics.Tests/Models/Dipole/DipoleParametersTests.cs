using DarkSector.Physics.Models.Dipole;
using Xunit;

namespace DarkSector.Physics.Tests.Models.Dipole;

public sealed class DipoleParametersTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(0.0)]
    [InlineData(double.PositiveInfinity)]
    public void Mass_RejectsNonPositiveOrNonFinite(double mass)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleParameters { MassGeV = mass });
        Assert.Contains("MassGeV", e.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1e-6)]
    public void Couplings_RejectNegativeOrNaN_EvenUnderWith(double d)
    {
        var p = new DipoleParameters { MassGeV = 0.1, DMuonGeVm1 = 1e-6 };
        Assert.Contains("DMuonGeVm1", Assert.Throws<ArgumentOutOfRangeException>(() => p with { DMuonGeVm1 = d }).Message);
        Assert.Contains("DElectronGeVm1", Assert.Throws<ArgumentOutOfRangeException>(() => p with { DElectronGeVm1 = d }).Message);
        Assert.Contains("DTauGeVm1", Assert.Throws<ArgumentOutOfRangeException>(() => p with { DTauGeVm1 = d }).Message);
    }

    [Fact]
    public void LighterHnl_MustBeLighter_InEitherInitialisationOrder()
    {
        var lighter = new DipoleLighterHnl { MassGeV = 0.2, D45GeVm1 = 1e-6 };
        Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleParameters { MassGeV = 0.1, LighterHnl = lighter });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleParameters { LighterHnl = lighter, MassGeV = 0.1 });
        var ok = new DipoleParameters { MassGeV = 0.3, LighterHnl = lighter };
        Assert.Throws<ArgumentOutOfRangeException>(() => ok with { MassGeV = 0.15 });
    }

    [Fact]
    public void LighterHnl_RejectsNaNAndNegativeValues()
    {
        Assert.Contains("MassGeV", Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleLighterHnl { MassGeV = double.NaN, D45GeVm1 = 0 }).Message);
        Assert.Contains("D45GeVm1", Assert.Throws<ArgumentOutOfRangeException>(() => new DipoleLighterHnl { MassGeV = 0.1, D45GeVm1 = -1 }).Message);
    }

    [Fact]
    public void SumD2_AddsTheThreeFlavours()
    {
        var p = new DipoleParameters { MassGeV = 0.1, DElectronGeVm1 = 1e-6, DMuonGeVm1 = 2e-6, DTauGeVm1 = 3e-6 };
        Assert.Equal(14e-12, p.SumD2GeVm2, 1e-24);                       // exact up to rounding
        Assert.Equal(2e-6, p.Coupling(LeptonFlavour.Muon));
    }

    [Fact]
    public void TauScaling_IsTheTauToMuonMassRatio()
    {
        var p = new DipoleParameters { MassGeV = 0.1, DMuonGeVm1 = 1e-6 }.WithTauScaledFromMuon();
        Assert.Equal(1.77686 / 0.1056583755 * 1e-6, p.DTauGeVm1, 1e-18);   // PDG masses, relative 1e-12
    }

    [Fact]
    public void MuTr_IsTwiceD_AndRoundTrips()
    {
        Assert.Equal(2e-6, DipoleConvention.MuTrFromD(1e-6));
        Assert.Equal(1e-6, DipoleConvention.DFromMuTr(DipoleConvention.MuTrFromD(1e-6)), 1e-20);
        // μ_B = e/(2 m_e) = 0.302822/(2·0.51099895e-3) = 296.30 GeV⁻¹, so d = 1e-6 GeV⁻¹ is μ_tr = 6.750e-9 μ_B.
        Assert.Equal(6.750e-9, DipoleConvention.MuTrInBohrMagnetons(1e-6), 0.002e-9);
    }
}
