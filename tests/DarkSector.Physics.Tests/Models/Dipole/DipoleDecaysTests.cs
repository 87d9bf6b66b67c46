using DarkSector.Physics.Models.Dipole;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;
using Xunit;

namespace DarkSector.Physics.Tests.Models.Dipole;

public sealed class DipoleDecaysTests
{
    private static DipoleParameters Point(double m = 0.1, double dMu = 1e-6, bool majorana = false) =>
        new() { MassGeV = m, DMuonGeVm1 = dMu, IsMajorana = majorana };

    [Fact]
    public void PhotonWidth_IsSumD2TimesMassCubedOverFourPi()
    {
        // d = 1e-6 GeV⁻¹, m = 0.1 GeV: 1e-12 · 1e-3 / (4π) = 7.957747e-17 GeV (hand value, 7 digits).
        Assert.Equal(7.957747e-17, DipoleDecays.PhotonWidthGeV(Point()), 1e-23);
        // Majorana: ν γ and ν̄ γ, twice the Dirac width (relative 1e-15).
        Assert.Equal(2 * DipoleDecays.PhotonWidthGeV(Point()), DipoleDecays.PhotonWidthGeV(Point(majorana: true)), 1e-30);
        // Flavours add in quadrature.
        var mixed = new DipoleParameters { MassGeV = 0.1, DElectronGeVm1 = 3e-7, DMuonGeVm1 = 4e-7 };
        Assert.Equal(0.25 * 7.957747e-17, DipoleDecays.PhotonWidthGeV(mixed), 1e-23);
    }

    [Fact]
    public void DarkNewsNormalisation_IsHalfOfKamp2023_AgainstBothClosedForms()
    {
        // Kamp et al. 2023 eq. 5 (Dirac): Γ = d² m³/(4π). DarkNews ≥ 0.4.0 decay_rates.gamma_Ni_to_Nj_gamma: Dirac |t|² m³/(8π),
        // Majorana 2|t|² m³/(8π), with t = t_aj = μ_tr/2 (model.py) = d. Exact ratio 2 (relative 1e-15).
        double m = 0.15, d = 1e-6, t = DipoleConvention.MuTrFromD(d) / 2;
        double kampDirac = d * d * m * m * m / (4 * Math.PI), darkNewsDirac = t * t * m * m * m / (8 * Math.PI);
        var kamp = Point(m, d);
        var darkNews = kamp with { Normalisation = DipoleNormalisation.DarkNews };
        Assert.Equal(kampDirac, DipoleDecays.PhotonWidthGeV(kamp), 1e-15 * kampDirac);
        Assert.Equal(darkNewsDirac, DipoleDecays.PhotonWidthGeV(darkNews), 1e-15 * darkNewsDirac);
        Assert.Equal(2 * darkNewsDirac, DipoleDecays.PhotonWidthGeV(darkNews with { IsMajorana = true }), 2e-15 * darkNewsDirac);
        Assert.Equal(2.0, DipoleDecays.PhotonWidthGeV(kamp) / DipoleDecays.PhotonWidthGeV(darkNews), 1e-15);
        Assert.Equal(2.0, DipoleDecays.PhotonWidthGeV(kamp with { IsMajorana = true }) / DipoleDecays.PhotonWidthGeV(darkNews with { IsMajorana = true }), 1e-15);
    }

    [Fact]
    public void Normalisation_HalvesEveryWidth_SoBranchingRatiosAndCrossSectionsAreUnchanged()
    {
        var kamp = new DipoleParameters { MassGeV = 0.4, DMuonGeVm1 = 1e-6, LighterHnl = new DipoleLighterHnl { MassGeV = 0.1, D45GeVm1 = 5e-7 } };
        var darkNews = kamp with { Normalisation = DipoleNormalisation.DarkNews };
        var tk = DipoleDecays.Table(kamp);
        var td = DipoleDecays.Table(darkNews);
        Assert.Equal(tk.Channels.Count, td.Channels.Count);
        for (int i = 0; i < tk.Channels.Count; i++)
        {
            Assert.Equal(0.5 * tk.Channels[i].WidthGeV, td.Channels[i].WidthGeV, 1e-15 * tk.Channels[i].WidthGeV);
            Assert.Equal(tk.BranchingRatio(tk.Channels[i].Name), td.BranchingRatio(td.Channels[i].Name), 1e-15);
        }
        Assert.Equal(2 * tk.CTau0Cm, td.CTau0Cm, 1e-14 * tk.CTau0Cm);
        Assert.Equal(0.5 * DipoleDecays.DileptonWidthGeV(kamp, PhysicalConstants.ElectronMassGeV), DipoleDecays.DileptonWidthGeV(darkNews, PhysicalConstants.ElectronMassGeV), 1e-30);
        Assert.Equal(0.5 * DipoleDecays.TransitionPhotonWidthGeV(kamp), DipoleDecays.TransitionPhotonWidthGeV(darkNews), 1e-30);
        // σ: both conventions read d as DarkNews' t = μ_tr/2 in the upscattering vertex (pinned to DarkNews' C12 value in
        // DipoleUpscatteringTests): identical cross sections.
        double sk = DipoleUpscattering.NucleonElastic(kamp, LeptonFlavour.Muon, DarkSector.Physics.FormFactors.Nucleon.Proton).TotalCm2(2.0);
        double sd = DipoleUpscattering.NucleonElastic(darkNews, LeptonFlavour.Muon, DarkSector.Physics.FormFactors.Nucleon.Proton).TotalCm2(2.0);
        Assert.Equal(sk, sd);
    }

    [Fact]
    public void ConventionNames_RoundTripAndRejectOthers()
    {
        foreach (var n in new[] { DipoleNormalisation.Kamp2023, DipoleNormalisation.DarkNews })
            Assert.Equal(n, DipoleConvention.Parse(DipoleConvention.Name(n)));
        Assert.Equal(["kamp2023", "darknews"], DipoleConvention.Names);
        var e = Assert.Throws<ArgumentException>(() => DipoleConvention.Parse("DarkNews"));
        Assert.Contains("kamp2023, darknews", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Point() with { Normalisation = (DipoleNormalisation)7 });
    }

    [Property]
    public Property AllWidths_ScaleExactlyWithD2() =>
        Prop.ForAll(Arb.From(from m in Gen.Choose(5, 600) from k in Gen.Choose(1, 1000) select (m / 1000.0, k / 100.0)), x =>
        {
            var (m, k) = x;
            var p = Point(m, 1e-7);
            var q = p with { DMuonGeVm1 = 1e-7 * k };
            var tp = DipoleDecays.Table(p);
            var tq = DipoleDecays.Table(q);
            for (int i = 0; i < tp.Channels.Count; i++)
            {
                double expected = tp.Channels[i].WidthGeV * k * k;
                if (Math.Abs(tq.Channels[i].WidthGeV - expected) > 1e-12 * expected) return false;   // relative 1e-12
            }
            return true;
        });

    [Fact]
    public void TransitionWidth_FollowsOneMinusMassRatioSquaredCubed()
    {
        var p = Point(0.2) with { DMuonGeVm1 = 0, LighterHnl = new DipoleLighterHnl { MassGeV = 0.1, D45GeVm1 = 1e-6 } };
        // (1 − 0.25)³ = 0.421875 times d² m5³/(4π) = 1e-12 · 8e-3/(4π).
        Assert.Equal(0.421875 * 8e-15 / (4 * Math.PI), DipoleDecays.TransitionPhotonWidthGeV(p), 1e-28);
        // m4 → 0 reproduces N → ν γ with d = d45 (relative 1e-9).
        var light = p with { LighterHnl = new DipoleLighterHnl { MassGeV = 1e-6, D45GeVm1 = 1e-6 } };
        Assert.Equal(DipoleDecays.PhotonWidthGeV(Point(0.2)), DipoleDecays.TransitionPhotonWidthGeV(light), 1e-9 * DipoleDecays.PhotonWidthGeV(Point(0.2)));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void ElectronDileptonRatio_MatchesLeadingLogEstimate(double m)
    {
        // Independent estimate for m_e ≪ m_N: Γ_ee/Γ_γ = (α/3π)[ln(m_N²/m_e²) − 5/3 − 4/3]: −5/3 from the lepton
        // pair factor (vacuum-polarisation integral), −4/3 = ∫₀¹ dx [(1−x)²(1+x/2) − 1]/x. Neglected terms are
        // O((m_e/m_N)² ln) < 1e-4 relative; tolerance 2e-4 relative.
        double me = 0.51099895e-3;
        double estimate = (1 / 137.035999) / (3 * Math.PI) * (Math.Log(m * m / (me * me)) - 3);
        var p = Point(m);
        double ratio = DipoleDecays.DileptonWidthGeV(p, me) / DipoleDecays.PhotonWidthGeV(p);
        Assert.Equal(estimate, ratio, 2e-4 * estimate);
    }

    [Fact]
    public void ElectronBranchingRatio_IsAboutHalfAPercentAtOneHundredMeV()
    {
        // physics.md §2.2: "order 1% at m_N = 0.1 GeV". (α/3π)(ln(0.1²/m_e²) − 3) = 5.85e-3.
        var table = DipoleDecays.Table(Point(0.1));
        double br = table.BranchingRatio(DipoleDecays.NuElectronElectron);
        Assert.InRange(br, 5.8e-3, 5.9e-3);
        Assert.Equal(0.0, table.Width(DipoleDecays.NuMuonMuon));               // closed below 2 m_μ
    }

    [Fact]
    public void MuonDileptonWidth_OpensAtThresholdAndIsBelowElectron()
    {
        double mmu = 0.1056583755;
        Assert.Equal(0.0, DipoleDecays.DileptonWidthGeV(Point(2 * mmu * 0.999), mmu));
        double justAbove = DipoleDecays.DileptonWidthGeV(Point(2 * mmu * 1.001), mmu);
        Assert.InRange(justAbove, 0, 1e-6 * DipoleDecays.PhotonWidthGeV(Point(2 * mmu)));  // phase-space suppressed
        var p = Point(0.5);
        Assert.True(DipoleDecays.DileptonWidthGeV(p, mmu) < DipoleDecays.DileptonWidthGeV(p, 0.51099895e-3));
    }

    [Fact]
    public void DileptonSpectrum_IntegratesToTheDileptonRatio()
    {
        // Independent quadrature: composite Simpson on 20000 intervals (relative 1e-6).
        double m = 0.3, ml = 0.1056583755;
        // substitute s = s0 + (m² − s0) w², which removes the √ threshold behaviour
        double s0 = 4 * ml * ml;
        int n = 20000;
        double h = 1.0 / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double w = i * h, s = s0 + (m * m - s0) * w * w;
            double f = DipoleDecays.DileptonSpectrum(m, ml, s) * 2 * (m * m - s0) * w;
            sum += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        double integral = sum * h / 3;
        var p = Point(m);
        Assert.Equal(integral, DipoleDecays.DileptonWidthGeV(p, ml) / DipoleDecays.PhotonWidthGeV(p), 1e-6 * integral);
    }

    [Fact]
    public void Table_HasTheContractChannels_AndBranchingRatiosSumToOne()
    {
        var p = Point(0.3) with { LighterHnl = new DipoleLighterHnl { MassGeV = 0.1, D45GeVm1 = 2e-6 } };
        var table = DipoleDecays.Table(p);
        Assert.Equal(["nu_gamma", "nu_e_e", "nu_mu_mu", "N4_gamma"], table.Channels.Select(c => c.Name).ToArray());
        Assert.Equal(1.0, table.Channels.Sum(c => table.BranchingRatio(c.Name)), 1e-12);
        Assert.Equal(DipoleDecays.TransitionPhotonWidthGeV(p), table.Width("N4_gamma"));
        Assert.Equal(3, DipoleDecays.Table(Point()).Channels.Count);
    }

    [Fact]
    public void BranchingRatios_DoNotDependOnDiracOrMajorana()
    {
        var dirac = DipoleDecays.Table(Point(0.4));
        var majorana = DipoleDecays.Table(Point(0.4, majorana: true));
        foreach (var c in dirac.Channels)
            Assert.Equal(dirac.BranchingRatio(c.Name), majorana.BranchingRatio(c.Name), 1e-14);
        Assert.Equal(dirac.CTau0Cm / 2, majorana.CTau0Cm, 1e-12 * dirac.CTau0Cm);
    }
}
