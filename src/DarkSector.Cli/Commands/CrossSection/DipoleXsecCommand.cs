using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Reporting.Reports;
using DarkSector.Reporting.Tables;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary><c>darksector xsec dipole</c>: Primakoff upscattering through the dipole portal, coherent and nucleon-elastic.</summary>
internal sealed class DipoleXsecCommand : ReportCommand
{
    private readonly DipoleOptions _model = new();
    private readonly XsecCliOptions _beam = new("Incoming neutrino flavour (its coupling d_alphaN is used).",
        "HNL helicity counted: both (default; 'total' is the same), flipping (dominant) or conserving.");

    public override string Path => "xsec dipole";

    public override string Description => "Dipole-portal (Primakoff) upscattering cross sections in cm^2: coherent, proton- and neutron-elastic.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        _beam.AddTo(command);
    }

    protected override ITextReport Report(ParseResult parse, CliContext context)
    {
        var p = _model.Parse(parse);
        var (nucleus, energy, flavor, part) = _beam.Parse(parse);
        return CrossSectionReport.Of(nucleus, energy, DipoleUpscattering.NucleonElastic(p, flavor, Nucleon.Proton, part),
            DipoleUpscattering.NucleonElastic(p, flavor, Nucleon.Neutron, part), () => DipoleUpscattering.Coherent(p, flavor, nucleus, NuclearFormFactors.Default(nucleus), part));
    }
}
