using DarkSector.Physics.CrossSections;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using static DarkSector.Physics.Tests.Kinematics.KinematicsArbitraries;

namespace DarkSector.Physics.Tests.CrossSections;

public class CrossSectionTableTests
{
    private const double Threshold = 0.2035;
    private const double MaxEnergy = 10.0;

    /// <summary>A threshold rise ∝ (E − E_th)^{3/2} turning into a slow fall-off, typical of σ(E) of upscattering.</summary>
    private static double Sigma(double e) =>
        e <= Threshold ? 0.0 : 1e-38 * Math.Pow(e - Threshold, 1.5) / (1 + (e - Threshold) * (e - Threshold)) * (2 + Math.Sin(e));

    [Property(MaxTest = 2000)] // the build-time check, the tolerance 1e-4 itself: interpolation within 1e-4 relative at 2000 random energies
    public Property Interpolation_StaysWithinTolerance_AtRandomEnergies()
    {
        var table = CrossSectionTable.Create(Sigma, Threshold, MaxEnergy, 1e-4);
        Assert.True(table.MeasuredMaxRelativeError <= 1e-4);
        return Prop.ForAll(Arb.From(Uniform(Threshold + 1e-5, MaxEnergy)), e =>
            Math.Abs(table.Cm2(e) / Sigma(e) - 1) <= 1e-4);
    }

    [Fact] // a tighter tolerance needs more nodes (error control is real, not nominal)
    public void TighterTolerance_UsesMoreNodes()
    {
        var coarse = CrossSectionTable.Create(Sigma, Threshold, MaxEnergy, 1e-3);
        var fine = CrossSectionTable.Create(Sigma, Threshold, MaxEnergy, 1e-7);
        Assert.True(fine.NodeCount > coarse.NodeCount);
        Assert.True(fine.MeasuredMaxRelativeError <= 1e-7);
        Assert.Equal(1.0, fine.Cm2(3.3) / Sigma(3.3), 1e-7);
    }

    [Fact]
    public void CrossSection_VanishesAtAndBelowThreshold()
    {
        var table = CrossSectionTable.Create(Sigma, Threshold, MaxEnergy);
        Assert.Equal(0.0, table.Cm2(Threshold));
        Assert.Equal(0.0, table.Cm2(0.1));
        Assert.True(table.Cm2(Threshold + 1e-9) is > 0 and < 1e-45);
    }

    [Fact]
    public void EnergyAboveTable_IsRejected()
    {
        var table = CrossSectionTable.Create(Sigma, Threshold, MaxEnergy);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => table.Cm2(11.0));
        Assert.Contains("energyGeV = 11", e.Message);
    }

    [Fact] // a process table reproduces the direct integral to 1e-4 relative
    public void ProcessTable_ReproducesDirectIntegral()
    {
        var process = new Q2IntegrationTests.PropagatorProcess(new UpscatteringKinematics(11.17, 0.2), 1.5);
        var table = CrossSectionTable.Create(process, 5.0);
        Assert.Equal(process.Kinematics.ThresholdEnergyGeV, table.ThresholdEnergyGeV);
        foreach (double e in new[] { 0.21, 0.35, 1.0, 2.7, 4.9 })
            Assert.Equal(1.0, table.Cm2(e) / process.TotalCm2(e), 1e-4);
    }
}
