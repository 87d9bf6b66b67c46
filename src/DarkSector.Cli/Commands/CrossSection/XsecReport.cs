using DarkSector.Cli.Hosting;
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
