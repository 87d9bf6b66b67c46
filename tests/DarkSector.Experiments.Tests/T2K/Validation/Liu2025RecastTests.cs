using DarkSector.Experiments.T2K.Validation;
using DarkSector.Physics.Models.Dipole;
using Xunit;

namespace DarkSector.Experiments.Tests.T2K.Validation;

public sealed class Liu2025RecastTests
{
    [Theory]
    [InlineData(50.0, 10.0)]
    [InlineData(50.0, 1e4)]
    [InlineData(3.0, 0.5)]
    public void DecayWeights_MatchDirectQuadratureOfTheirIntegrands(double lengthBefore, double lambda)
    {
        // Production in [a − D − 20, a − D], box [a, a + 56] (cm): 20 000-point midpoint rule of P(z), relative 1e-6.
        double a = 100, b = 156, z2 = a - lengthBefore, z1 = z2 - 20;
        double inside = -double.ExpM1(-(b - a) / lambda);
        double physical = 0, theirs = 0, within = 0;
        const int n = 20_000;
        for (int i = 0; i < n; i++)
        {
            double z = z1 + (i + 0.5) * (z2 - z1) / n, dz = (z2 - z1) / n;
            physical += (Math.Exp(-(a - z) / lambda) - Math.Exp(-(b - z) / lambda)) * dz;
            theirs += (1 - Math.Exp(-(b - a) / lambda)) * dz;
            double zi = a + (i + 0.5) * (b - a) / n;
            within += (1 - Math.Exp(-(b - zi) / lambda)) * (b - a) / n;
        }
        Assert.Equal(physical, DecayWeights.Upstream(z1, z2, a, lambda, inside, survival: true), 1e-6 * physical);
        Assert.Equal(theirs, DecayWeights.Upstream(z1, z2, a, lambda, inside, survival: false), 1e-12 * theirs);
        Assert.Equal(within, DecayWeights.Inside(a, b, b, lambda), 1e-6 * within);
    }

    [Fact]
    public void TheirDecayWeight_LacksExactlyTheSurvivalFactor_ForAThinSlab()
    {
        // A slab of 1e-3 cm at distance D in front of the box: theirs/physical = e^{D/λ} (to the slab's own O(1e-3/λ)).
        double a = 0, lambda = 7, inside = -double.ExpM1(-56 / lambda);
        foreach (double d in new[] { 0.0, 21.85, 100.0 })
        {
            double ratio = DecayWeights.Upstream(a - d - 1e-3, a - d, a, lambda, inside, false) / DecayWeights.Upstream(a - d - 1e-3, a - d, a, lambda, inside, true);
            Assert.Equal(Math.Exp(d / lambda), ratio, 1e-4 * Math.Exp(d / lambda));
        }
    }

    [Fact]
    public void Efficiency_IsTheirTableMinimum_ClampedOutside()
    {
        var eff = Liu2025Efficiency.Embedded;
        Assert.Equal(0.063, eff.At(0.10));   // below 150 MeV: first value, min(0.069, 0.063)
        Assert.Equal(0.071, eff.At(0.60));   // above 475 MeV: last value, min(0.081, 0.071)
        Assert.Equal(0.105, eff.At(0.35));   // node: min(0.112, 0.105)
        Assert.Equal(0.5 * (0.105 + 0.103), eff.At(0.3625), 1e-12);
    }

    [Fact]
    public void SirenGeometry_LastLeadPlateIs22CmBeforeTheTpc1FiducialBox()
    {
        var geometry = SirenNd280Geometry.Embedded;
        var column = geometry.Column();
        double leadEnd = column.Where(s => s.Label.StartsWith("lead_plate", StringComparison.Ordinal) && s.EndCm < 0).Max(s => s.EndCm);
        double gasStart = column.First(s => s.Label == "new_TPC_gas").StartCm;
        Assert.Equal(-87.5, leadEnd, 1e-9);
        Assert.Equal(21.85, geometry.FiducialBoxes[0].StartCm - leadEnd, 1e-9);
        Assert.Equal(1.5, gasStart - leadEnd, 1e-9);
        Assert.Equal(-29_200, geometry.WorldStartCm, 1e-9);
        Assert.Equal(170 * 196, geometry.FiducialBoxes[2].AreaCm2, 1e-9);
    }

    [Fact]
    public void TheirThresholdAndBranchingRatio_MatchTheirFormulas()
    {
        // z with (b + z) ln(1 + z/b) − z = ½ Φ⁻¹(0.05)², b = 0.563: 1.63062 (independent bisection in Python, 6 digits).
        Assert.Equal(1.63062, Liu2025Pipeline.TheirSignalThreshold(), 1e-5);
        // Their α L(r)/(3π) approaches α/(3π)(2 ln(m/m_e) + 2 ln 2 − 3) for r → 0 (leading log, relative 1e-5 at 0.47 GeV).
        double m = 0.47, r = 0.511e-3 / m;
        double leading = (2 * Math.Log(2 / r) - 3) / (137.0 * 3 * Math.PI);
        Assert.Equal(leading, Liu2025Pipeline.TheirPairBranchingRatio(m), 1e-5 * leading);
    }

    /// <summary>
    /// Their published counts (N → νγ in TPC1..3 at 3.6e21 POT) against the re-implementation of their pipeline, flaw
    /// included. Claim: agreement within a factor 1.5 per TPC. That is the scale of the residual differences the
    /// re-implementation does not model (the flux file of their SIREN install, not public; DarkNews' VEGAS σ and form
    /// factors, pinned to 1% in the physics tests only on C12; the on-axis column; MC error of 1e5 events, below 1%),
    /// against the factor 10-10⁴ by which their counts exceed the physical ones at these points.
    /// </summary>
    [Theory]
    [InlineData(0.3419952, 1e-7)]
    [InlineData(0.3419952, 2.154435e-6)]
    [InlineData(0.616155, 1.29155e-6)]
    public void AsIs_ReproducesTheirPublishedCounts_WithinAFactor1p5(double m, double muTr)
    {
        var published = Liu2025PublishedCounts.Embedded;
        int index = published.Nearest(m, muTr);
        var counts = Liu2025Pipeline.Embedded.Counts(m, DipoleConvention.DFromMuTr(muTr), Liu2025Options.AsIs);
        for (int tpc = 1; tpc <= 3; tpc++)
        {
            double theirs = published.Count(index, tpc)!.Value, ours = counts.PhotonCountsPerTpc[tpc - 1];
            Assert.InRange(ours / theirs, 1 / 1.5, 1.5);
        }
    }

    [Fact]
    public void RemovingTheFlaw_BreaksTheEqualTpcCounts_AndCollapsesTheShortLivedSignal()
    {
        // m = 0.342 GeV, μ_tr = 1e-5 (cτ₀ ≈ 0.3 cm in their width): their 7e4 photons become O(10) once the N must survive.
        var pipeline = Liu2025Pipeline.Embedded;
        var asIs = pipeline.Counts(0.3419952, 5e-6, Liu2025Options.AsIs);
        var survival = pipeline.Counts(0.3419952, 5e-6, Liu2025Options.Steps[1].Options);
        Assert.True(survival.PhotonTotal < 1e-2 * asIs.PhotonTotal, $"{survival.PhotonTotal} vs {asIs.PhotonTotal}");
        Assert.InRange(asIs.PhotonCountsPerTpc[0] / asIs.PhotonCountsPerTpc[2], 0.8, 1.25);   // their symptom: TPCs nearly equal
    }
}
