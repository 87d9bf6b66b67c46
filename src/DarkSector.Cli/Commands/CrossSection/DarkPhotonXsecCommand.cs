using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary><c>darksector xsec dark-photon</c>: σ(ν_α T → N T) in cm², coherent and elastic on the target's nucleons.</summary>
internal sealed class DarkPhotonXsecCommand : ReportCommand
{
    private readonly DarkPhotonOptions _model = new();
    private readonly XsecCliOptions _beam = new("Flavour of the incoming neutrino: e, mu or tau (selects |V_alphaN|^2).",
        "HNL helicity counted: both (default; 'total' is the same), conserving or flipping (identical for neutrinos and antineutrinos).");

    public override string Path => "xsec dark-photon";

    public override string Description => "Dark-photon upscattering cross sections nu + target -> N + target (coherent, proton- and neutron-elastic) in cm^2.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        _beam.AddTo(command);
    }

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        var model = _model.Parse(parse);
        var (nucleus, energy, flavor, helicity) = _beam.Parse(parse);
        int n = model.Hnls.Count - 1;   // --mn: the heaviest
        return CrossSectionReport.Of(nucleus, energy, DarkPhotonUpscattering.ProtonElastic(model, n, flavor, helicity),
            DarkPhotonUpscattering.NeutronElastic(model, n, flavor, helicity), () => DarkPhotonUpscattering.Coherent(model, nucleus, null, n, flavor, helicity));
    }
}
