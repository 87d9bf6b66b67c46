using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Tests.Models.Dipole;

/// <summary>
/// The physical region and the targets of <see cref="DipoleUpscattering"/>: the differential cross section is non-zero
/// exactly inside the two-body Q² range computed here in the centre-of-mass frame (ν + T → N + T, s = M² + 2EM,
/// Q²_∓ = 2(E₁*E₃* ∓ p₁*p₃*) − m²), on the proton and the neutron with their own masses (PDG 2024), and the coherent
/// cross section carries F(Q²)² of the form factor it is given.
/// </summary>
public sealed class DipoleUpscatteringRegionTests
{
    private static readonly DipoleParameters Point = new() { MassGeV = 0.2, DMuonGeVm1 = 1e-6 };

    private static (double Min, double Max) CentreOfMassRange(double energy, double target, double m)
    {
        double s = target * target + 2 * energy * target, rs = Math.Sqrt(s);
        double p1 = energy * target / rs;                                  // massless ν: E₁* = p₁*
        double e3 = (s + m * m - target * target) / (2 * rs);
        double p3 = Math.Sqrt((s - (m + target) * (m + target)) * (s - (m - target) * (m - target))) / (2 * rs);
        return (2 * (p1 * e3 - p1 * p3) - m * m, 2 * (p1 * e3 + p1 * p3) - m * m);
    }

    [Theory] // inside the range by 1e-6 relative: > 0; outside by 1e-6: exactly 0 (E = 0.5 and 2 GeV, m_N = 0.2 GeV)
    [InlineData(Nucleon.Proton, 0.5)]
    [InlineData(Nucleon.Neutron, 0.5)]
    [InlineData(Nucleon.Proton, 2.0)]
    public void NucleonElastic_IsNonZeroExactlyInsideTheTwoBodyRange(Nucleon nucleon, double energy)
    {
        var xs = DipoleUpscattering.NucleonElastic(Point, LeptonFlavour.Muon, nucleon);
        double target = nucleon == Nucleon.Proton ? 0.93827209 : 0.93956542;
        var (min, max) = CentreOfMassRange(energy, target, 0.2);
        Assert.True(xs.DifferentialCm2PerGeV2(energy, min * (1 + 1e-6)) > 0);
        Assert.True(xs.DifferentialCm2PerGeV2(energy, max * (1 - 1e-6)) > 0);
        Assert.True(xs.DifferentialCm2PerGeV2(energy, Math.Sqrt(min * max)) > 0);
        Assert.Equal(0.0, xs.DifferentialCm2PerGeV2(energy, min * (1 - 1e-6)));
        Assert.Equal(0.0, xs.DifferentialCm2PerGeV2(energy, max * (1 + 1e-6)));
        Assert.Equal(0.0, xs.DifferentialCm2PerGeV2(energy, -1e-3));
    }

    [Fact] // below threshold (E_th = m + m²/2M ≈ 0.2213 GeV on the proton) nothing is produced at any Q²
    public void BelowThreshold_IsZeroEverywhere()
    {
        var xs = DipoleUpscattering.NucleonElastic(Point, LeptonFlavour.Muon, Nucleon.Proton);
        foreach (double q2 in new[] { 1e-4, 1e-3, 0.01, 0.05, 0.1 })
            Assert.Equal(0.0, xs.DifferentialCm2PerGeV2(0.22, q2));
    }

    [Fact] // the two nucleons: names, and the target mass each one's kinematics uses (m_p = 0.93827209, m_n = 0.93956542 GeV, 1e-7)
    public void NucleonElastic_UsesEachNucleonsMassAndName()
    {
        var proton = DipoleUpscattering.NucleonElastic(Point, LeptonFlavour.Muon, Nucleon.Proton);
        var neutron = DipoleUpscattering.NucleonElastic(Point, LeptonFlavour.Muon, Nucleon.Neutron);
        Assert.Equal("proton-elastic", proton.Process);
        Assert.Equal("neutron-elastic", neutron.Process);
        Assert.Equal(0.93827209, proton.Kinematics.TargetMassGeV, 1e-7);
        Assert.Equal(0.93956542, neutron.Kinematics.TargetMassGeV, 1e-7);
        // Q²_max grows with the target mass: between the proton's and the neutron's Q²_max only the neutron scatters
        var (_, maxP) = CentreOfMassRange(0.5, 0.93827209, 0.2);
        var (_, maxN) = CentreOfMassRange(0.5, 0.93956542, 0.2);
        double between = 0.5 * (maxP + maxN);
        Assert.Equal(0.0, proton.DifferentialCm2PerGeV2(0.5, between));
        Assert.True(neutron.DifferentialCm2PerGeV2(0.5, between) > 0);
    }

    /// <summary>F(Q²) = 1/2 everywhere (not a physical form factor: it tests that the one given is used).</summary>
    private sealed class Half : INuclearFormFactor
    {
        public FormFactorModel Model => FormFactorModel.Helm;
        public double RmsRadiusFm => 0;
        public double Evaluate(double q2GeV2) => 0.5;
    }

    /// <summary>F(Q²) = 1 (a point nucleus).</summary>
    private sealed class Point1 : INuclearFormFactor
    {
        public FormFactorModel Model => FormFactorModel.Helm;
        public double RmsRadiusFm => 0;
        public double Evaluate(double q2GeV2) => 1;
    }

    [Fact] // coherent ∝ Z² F²: F = 1/2 gives 1/4 of F = 1 (1e-12); no form factor means the physics.md §3 default
    public void Coherent_CarriesTheSquareOfTheGivenFormFactor()
    {
        var carbon = Nuclei.Get("C12");
        var half = DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, carbon, new Half());
        var point = DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, carbon, new Point1());
        var byDefault = DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, carbon);
        var explicitDefault = DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, carbon, NuclearFormFactors.Default(carbon));
        Assert.Equal("coherent", half.Process);
        double q2 = 0.01, f = NuclearFormFactors.Default(carbon).Evaluate(q2);
        double reference = point.DifferentialCm2PerGeV2(1.0, q2);
        Assert.True(reference > 0);
        Assert.Equal(0.25, half.DifferentialCm2PerGeV2(1.0, q2) / reference, 1e-12);
        Assert.Equal(f * f, byDefault.DifferentialCm2PerGeV2(1.0, q2) / reference, 1e-12);
        Assert.Equal(explicitDefault.DifferentialCm2PerGeV2(1.0, q2), byDefault.DifferentialCm2PerGeV2(1.0, q2));
    }

    [Fact] // refusals name the parameter: null model or nucleus, a free nucleon for the coherent process
    public void Coherent_RefusesNullsAndFreeNucleons()
    {
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DipoleUpscattering.Coherent(null!, LeptonFlavour.Muon, Nuclei.Get("C12"))).ParamName);
        Assert.Equal("nucleus", Assert.Throws<ArgumentNullException>(() => DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DipoleUpscattering.NucleonElastic(null!, LeptonFlavour.Muon, Nucleon.Proton)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, Nuclei.Proton));
        Assert.Equal("nucleus", e.ParamName);
        Assert.StartsWith($"{Nuclei.Proton.Name} is a free nucleon: use NucleonElastic", e.Message);
        Assert.Equal("part", Assert.Throws<ArgumentException>(() => DipoleUpscattering.Coherent(Point, LeptonFlavour.Muon, Nuclei.Get("C12"), part: (UpscatteringHelicity)9)).ParamName);
        var h = Assert.Throws<ArgumentException>(() => DipoleUpscattering.ProducedHelicity(UpscatteringHelicity.Both, false));
        Assert.StartsWith("part = Both: only Flipping or Conserving select one helicity", h.Message);
    }
}
