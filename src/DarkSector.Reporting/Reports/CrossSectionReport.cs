using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Reporting.Tables;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Reporting.Reports;

/// <summary>Upscattering cross sections ν + target → N + target at one energy, per process (<c>xsec</c>; JSON keys
/// target, enuGeV, thresholdGeV, sigmaCm2 {coherent, protonElastic, neutronElastic, total}).</summary>
/// <param name="Target">Target name.</param>
/// <param name="EnuGeV">Neutrino energy, GeV.</param>
/// <param name="ThresholdGeV">Threshold of the coherent process (of the proton process for a free nucleon), GeV.</param>
/// <param name="SigmaCm2">Cross sections in cm² (elastic ones per nucleus: summed over its nucleons).</param>
public sealed record CrossSectionReport(string Target, double EnuGeV, double ThresholdGeV, CrossSectionReport.Sigma SigmaCm2) : ITextReport
{
    /// <summary>Cross sections per process, cm².</summary>
    /// <param name="Coherent">Coherent on the nucleus (0 for a free nucleon).</param>
    /// <param name="ProtonElastic">Z × σ_p.</param>
    /// <param name="NeutronElastic">(A − Z) × σ_n.</param>
    /// <param name="Total">Their sum.</param>
    public sealed record Sigma(double Coherent, double ProtonElastic, double? NeutronElastic, double Total);

    /// <summary>σ on <paramref name="nucleus"/> at <paramref name="enuGeV"/>: coherent (not evaluated for a free nucleon),
    /// Z σ_p and (A − Z) σ_n, and their sum.</summary>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="enuGeV">Neutrino energy, GeV.</param>
    /// <param name="proton">Proton-elastic cross section.</param>
    /// <param name="neutron">Neutron-elastic cross section.</param>
    /// <param name="coherent">Creates the coherent cross section on the nucleus.</param>
    public static CrossSectionReport Of(Nucleus nucleus, double enuGeV, IUpscatteringCrossSection proton, IUpscatteringCrossSection neutron,
        Func<IUpscatteringCrossSection> coherent)
    {
        ArgumentNullException.ThrowIfNull(nucleus);
        ArgumentNullException.ThrowIfNull(proton);
        ArgumentNullException.ThrowIfNull(neutron);
        ArgumentNullException.ThrowIfNull(coherent);
        double coherentCm2 = 0, threshold = proton.Kinematics.ThresholdEnergyGeV;
        if (!nucleus.IsNucleon)
        {
            var process = coherent();
            coherentCm2 = process.TotalCm2(enuGeV);
            threshold = process.Kinematics.ThresholdEnergyGeV;
        }
        double protonElastic = nucleus.Z * proton.TotalCm2(enuGeV);
        double neutronElastic = nucleus.N * neutron.TotalCm2(enuGeV);
        return new(nucleus.Name, enuGeV, threshold, new Sigma(coherentCm2, protonElastic, neutronElastic, coherentCm2 + protonElastic + neutronElastic));
    }

    /// <summary>The dark-photon model's upscattering to its heaviest HNL (<c>--mn</c>): <see cref="DarkPhotonUpscattering"/>
    /// proton-, neutron-elastic and coherent (the nucleus's default form factor).</summary>
    /// <param name="model">The model point.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="enuGeV">Neutrino energy, GeV.</param>
    /// <param name="flavour">Flavour of the incoming neutrino (selects |V_αN|²).</param>
    /// <param name="helicity">The HNL helicities counted.</param>
    public static CrossSectionReport DarkPhoton(DarkPhotonModel model, Nucleus nucleus, double enuGeV, LeptonFlavour flavour, UpscatteringHelicity helicity)
    {
        ArgumentNullException.ThrowIfNull(model);
        int n = model.Hnls.Count - 1;
        return Of(nucleus, enuGeV, DarkPhotonUpscattering.ProtonElastic(model, n, flavour, helicity), DarkPhotonUpscattering.NeutronElastic(model, n, flavour, helicity),
            () => DarkPhotonUpscattering.Coherent(model, nucleus, null, n, flavour, helicity));
    }

    /// <summary>The dipole portal's (Primakoff) upscattering: <see cref="DipoleUpscattering"/> proton-, neutron-elastic and
    /// coherent with the nucleus's default form factor (<see cref="NuclearFormFactors.Default"/>).</summary>
    /// <param name="parameters">The model point.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="enuGeV">Neutrino energy, GeV.</param>
    /// <param name="flavour">Flavour of the incoming neutrino (its coupling d_αN is used).</param>
    /// <param name="helicity">The HNL helicities counted.</param>
    public static CrossSectionReport Dipole(DipoleParameters parameters, Nucleus nucleus, double enuGeV, LeptonFlavour flavour, UpscatteringHelicity helicity) =>
        Of(nucleus, enuGeV, DipoleUpscattering.NucleonElastic(parameters, flavour, Nucleon.Proton, helicity), DipoleUpscattering.NucleonElastic(parameters, flavour, Nucleon.Neutron, helicity),
            () => DipoleUpscattering.Coherent(parameters, flavour, nucleus, NuclearFormFactors.Default(nucleus), helicity));

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        yield return new ReportLine($"nu + {Target} at E = {F(EnuGeV, "G6")} GeV (threshold {F(ThresholdGeV, "G6")} GeV)");
        var rows = new List<string[]> { new[] { "coherent", F(SigmaCm2.Coherent, "0.0000E+00") }, new[] { "proton elastic", F(SigmaCm2.ProtonElastic, "0.0000E+00") } };
        if (SigmaCm2.NeutronElastic is double neutron) rows.Add(["neutron elastic", F(neutron, "0.0000E+00")]);
        rows.Add(["total", F(SigmaCm2.Total, "0.0000E+00")]);
        yield return Table(["process", "sigma [cm^2]"], rows);
    }
}
