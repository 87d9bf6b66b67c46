using System.Text.Json;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Decays;
using DarkSector.Physics.Targets;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Tests.Reports;

/// <summary>The reports of the model commands (decay, xsec, formfactor): values against independent numbers, the JSON keys
/// the CLI prints (a public contract) and the invariant-culture text.</summary>
public sealed class ReportTests
{
    private static readonly JsonSerializerOptions Camel = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string[] Keys(object report) =>
        [.. JsonSerializer.SerializeToElement(report, report.GetType(), Camel).EnumerateObject().Select(p => p.Name)];

    private static string Text(ITextReport report) => string.Join("\n", report.Text().Select(b => b switch
    {
        ReportLine line => line.Text,
        ReportTable table => string.Join("\n", table.Rows.Select(r => string.Join(" | ", r))),
        _ => "",
    }));

    [Fact] // BR = Γ_c/Γ, c τ0 = ħc/Γ with ħc = 1.973269804e-14 GeV cm (CODATA), zero width refused
    public void DecayReport_WidthsBranchingRatiosAndLifetime()
    {
        var report = DecayReport.Of("N4", 0.4, new DecayTable([new PartialWidth("nu_gamma", 3e-15), new PartialWidth("nu_e_e", 1e-15)]), "kamp2023");
        Assert.Equal(4e-15, report.TotalWidthGeV, 1e-27);
        Assert.Equal(0.75, report.Channels[0].BranchingRatio, 1e-15);
        Assert.Equal(0.25, report.Channels[1].BranchingRatio, 1e-15);
        Assert.Equal(1.973269804e-14 / 4e-15, report.Ctau0Cm, 1e-9);
        Assert.Equal(["particle", "massGeV", "totalWidthGeV", "ctau0Cm", "channels", "convention"], Keys(report));
        Assert.Contains("N4 (m = 0.4 GeV), convention kamp2023", Text(report));
        Assert.Contains("nu_gamma | 3.0000E-15 | 0.75", Text(report));
        Assert.Contains("does not decay", Assert.Throws<ArgumentException>(() => DecayReport.Of("N4", 0.4, new DecayTable([new PartialWidth("nu_gamma", 0)]))).Message);
    }

    private static Dictionary<string, object> Given(params (string Name, object Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private static readonly (string, object)[] ZPrime = [("mzprime", 1.25), ("epsilon2", 4.6e-4), ("alpha-d", 0.4), ("v-mu-n2", 2e-7)];

    [Fact] // the reported state is the model's heaviest HNL (--mn): N4 alone, N5 above a lighter N4; its branching ratios sum to 1
    public void DecayReport_FamiliesReportTheHeaviestHnl()
    {
        var one = DecayReport.DarkPhoton(ModelOptionSets.DarkPhoton.Build(Given([("mn", 0.1), .. ZPrime])));
        Assert.Equal(("N4", 0.1), (one.Particle, one.MassGeV));
        Assert.Equal(1.0, one.Channels.Sum(c => c.BranchingRatio), 1e-12);
        var two = DecayReport.DarkPhoton(ModelOptionSets.DarkPhoton.Build(Given([("mn", 0.3), ("m4", 0.1), ("v-45", 0.5), .. ZPrime])));
        Assert.Equal(("N5", 0.3), (two.Particle, two.MassGeV));
        Assert.Equal(1.0, two.Channels.Sum(c => c.BranchingRatio), 1e-12);
        var dipole = DecayReport.Dipole(ModelOptionSets.Dipole.Build(Given(("mn", 0.47), ("d-mu", 1.25e-6))));
        Assert.Equal(("N4", 0.47, "kamp2023"), (dipole.Particle, dipole.MassGeV, dipole.Convention));
        Assert.Equal(1.0, dipole.Channels.Sum(c => c.BranchingRatio), 1e-12);
    }

    [Fact] // the beam flavour selects the coupling (|V_eN|² = 0, d_eN = 0: nothing upscatters) and both helicities are the sum of each
    public void CrossSectionReport_FamiliesSelectFlavourAndHelicity()
    {
        var carbon = Nuclei.Get("C12");
        var darkPhoton = ModelOptionSets.DarkPhoton.Build(Given([("mn", 0.1), .. ZPrime]));
        var dipole = ModelOptionSets.Dipole.Build(Given(("mn", 0.1), ("d-mu", 1e-6)));
        foreach (var report in new Func<LeptonFlavour, UpscatteringHelicity, CrossSectionReport>[]
            { (f, h) => CrossSectionReport.DarkPhoton(darkPhoton, carbon, 1.0, f, h), (f, h) => CrossSectionReport.Dipole(dipole, carbon, 1.0, f, h) })
        {
            var both = report(LeptonFlavour.Muon, UpscatteringHelicity.Both).SigmaCm2;
            Assert.True(both.Coherent > 0 && both.ProtonElastic > 0 && both.NeutronElastic > 0);
            Assert.Equal(0.0, report(LeptonFlavour.Electron, UpscatteringHelicity.Both).SigmaCm2.Total);
            double sum = report(LeptonFlavour.Muon, UpscatteringHelicity.Conserving).SigmaCm2.Total + report(LeptonFlavour.Muon, UpscatteringHelicity.Flipping).SigmaCm2.Total;
            Assert.Equal(1.0, sum / both.Total, 1e-6);
        }
    }

    [Fact] // elastic σ per nucleus = Z σ_p + N σ_n (¹²C: 6 + 6); a free nucleon evaluates no coherent process
    public void CrossSectionReport_SumsPerNucleon()
    {
        var carbon = Nuclei.Get("C12");
        var report = CrossSectionReport.Of(carbon, 1.0, new Constant(2e-40, 0.938), new Constant(3e-40, 0.940), () => new Constant(5e-39, 11.17));
        Assert.Equal(6 * 2e-40, report.SigmaCm2.ProtonElastic, 1e-52);
        Assert.Equal(6 * 3e-40, report.SigmaCm2.NeutronElastic!.Value, 1e-52);
        Assert.Equal(5e-39 + 6 * 5e-40, report.SigmaCm2.Total, 1e-51);
        Assert.Equal(["target", "enuGeV", "thresholdGeV", "sigmaCm2"], Keys(report));
        var proton = CrossSectionReport.Of(Nuclei.Get("H1"), 1.0, new Constant(2e-40, 0.938), new Constant(3e-40, 0.940), () => throw new InvalidOperationException("coherent on a nucleon"));
        Assert.Equal((0.0, 2e-40), (proton.SigmaCm2.Coherent, proton.SigmaCm2.Total));
        Assert.Contains("proton elastic | 2.0000E-40", Text(proton));
    }

    [Fact] // nucleon form factors at Q = 0: F1 = charge, F2 = anomalous moment (PDG κ_p = 1.792847, κ_n = −1.913043; the library
           // quotes μ to four figures, 2.793 and −1.913, hence 2e-4); nuclei F(0) = 1 and F falls with Q
    public void FormFactorReport_NormalisationAtZero()
    {
        var p = FormFactorReport.Of(Nuclei.Get("H1"), null, [0.0]).Points[0];
        Assert.Equal(1.0, p.FormFactor);
        Assert.Equal(1.792847, p.PauliF2!.Value, 2e-4);
        Assert.Equal(-1.913043, FormFactorReport.Of(Nuclei.Get("n"), null, [0.0]).Points[0].PauliF2!.Value, 2e-4);
        foreach (string model in new[] { "fourier-bessel", "fermi", "helm", "dipole" })
        {
            var points = FormFactorReport.Of(Nuclei.Get("C12"), model, [0.0, 0.1, 0.2]).Points;
            Assert.Equal(1.0, points[0].FormFactor, 1e-12);
            Assert.True(points[1].FormFactor < 1 && points[2].FormFactor < points[1].FormFactor, model);
        }
        Assert.Contains("unknown model", Assert.Throws<ArgumentException>(() => FormFactorReport.Of(Nuclei.Get("C12"), "gauss", [0.0])).Message);
        Assert.Contains("free nucleon", Assert.Throws<ArgumentException>(() => FormFactorReport.Of(Nuclei.Get("H1"), "helm", [0.0])).Message);
    }

    private sealed class Constant(double sigmaCm2, double targetMassGeV) : IUpscatteringCrossSection
    {
        public string Process => "constant";

        public UpscatteringKinematics Kinematics { get; } = new(targetMassGeV, 0.1);

        public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2) => 0;

        public double TotalCm2(double energyGeV) => sigmaCm2;
    }
}
