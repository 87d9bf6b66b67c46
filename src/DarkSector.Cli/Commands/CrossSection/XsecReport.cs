using DarkSector.Cli.Hosting;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Targets;
using Spectre.Console;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary>
/// Prints upscattering cross sections for every <c>xsec</c> subcommand, as a table or as JSON with the public key
/// <c>sigmaCm2</c> holding <c>coherent</c>, <c>protonElastic</c>, <c>total</c> (and <c>neutronElastic</c> where computed).
/// </summary>
internal static class XsecReport
{
    /// <summary>Cross sections in cm² per process (public JSON contract). Elastic values are per nucleus (summed over its nucleons).</summary>
    internal sealed record Sigma(double Coherent, double ProtonElastic, double? NeutronElastic, double Total);

    /// <summary>JSON shape of the xsec commands.</summary>
    internal sealed record Json(string Target, double EnuGeV, double ThresholdGeV, Sigma SigmaCm2);

    /// <summary>
    /// Writes σ on <paramref name="nucleus"/> at <paramref name="enuGeV"/>: coherent (zero for a free nucleon), Z × σ_p and
    /// (A − Z) × σ_n, their sum, and the threshold of the coherent process (of the proton process for a free nucleon).
    /// </summary>
    /// <param name="context">Output.</param>
    /// <param name="nucleus">Target nucleus.</param>
    /// <param name="enuGeV">Neutrino energy, GeV.</param>
    /// <param name="proton">Proton-elastic cross section.</param>
    /// <param name="neutron">Neutron-elastic cross section.</param>
    /// <param name="coherent">Creates the coherent cross section on <paramref name="nucleus"/> (not called for a free nucleon).</param>
    public static int WriteNucleus(CliContext context, Nucleus nucleus, double enuGeV,
        IUpscatteringCrossSection proton, IUpscatteringCrossSection neutron, Func<IUpscatteringCrossSection> coherent)
    {
        double coherentCm2 = 0, threshold = proton.Kinematics.ThresholdEnergyGeV;
        if (!nucleus.IsNucleon)
        {
            var process = coherent();
            coherentCm2 = process.TotalCm2(enuGeV);
            threshold = process.Kinematics.ThresholdEnergyGeV;
        }
        double protonElastic = nucleus.Z * proton.TotalCm2(enuGeV);
        double neutronElastic = nucleus.N * neutron.TotalCm2(enuGeV);
        var sigma = new Sigma(coherentCm2, protonElastic, neutronElastic, coherentCm2 + protonElastic + neutronElastic);
        return Write(context, nucleus.Name, enuGeV, threshold, sigma);
    }

    /// <summary>Writes the cross sections.</summary>
    public static int Write(CliContext context, string target, double enuGeV, double thresholdGeV, Sigma sigma)
    {
        if (context.Json)
        {
            context.WriteJson(new Json(target, enuGeV, thresholdGeV, sigma));
            return ExitCodes.Success;
        }
        var grid = new Table().AddColumns("process", "sigma [[cm^2]]");
        grid.AddRow("coherent", sigma.Coherent.ToString("0.0000E+00"));
        grid.AddRow("proton elastic", sigma.ProtonElastic.ToString("0.0000E+00"));
        if (sigma.NeutronElastic is double neutron) grid.AddRow("neutron elastic", neutron.ToString("0.0000E+00"));
        grid.AddRow("total", sigma.Total.ToString("0.0000E+00"));
        var console = context.Console;
        console.MarkupLine($"nu + [bold]{Markup.Escape(target)}[/] at E = {enuGeV:G6} GeV (threshold {thresholdGeV:G6} GeV)");
        console.Write(grid);
        return ExitCodes.Success;
    }
}
