using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary>
/// <c>darksector xsec dipole</c>: Primakoff upscattering ν + target → N + target through the dipole portal, coherent
/// and nucleon-elastic (per nucleus: Z × proton, N × neutron).
/// </summary>
internal sealed class DipoleXsecCommand : CliCommand
{
    private readonly DipoleOptions _model = new();

    private readonly Option<string> _target = new("--target")
    {
        Description = "Target nucleus, e.g. C12, O16, Ar40, H1.",
        DefaultValueFactory = _ => "C12",
    };

    private readonly XsecCliOptions _beam = new("Incoming neutrino flavour (its coupling d_alphaN is used).");

    private readonly Option<string> _helicity = new Option<string>("--helicity")
    {
        Description = "HNL helicity counted: both (default; 'total' is the same), flipping (dominant) or conserving.",
        DefaultValueFactory = _ => "both",
    }.AcceptOnlyFromAmong("both", "total", "flipping", "conserving");

    public override string Path => "xsec dipole";

    public override string Description => "Dipole-portal (Primakoff) upscattering cross sections in cm^2: coherent, proton- and neutron-elastic.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        command.Options.Add(_target);
        _beam.AddTo(command);
        command.Options.Add(_helicity);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var parameters = _model.Parse(parse);
        double energy = _beam.EnergyGeV(parse);
        var nucleus = Nuclei.Get(parse.GetValue(_target)!);
        var flavor = parse.GetValue(_beam.Flavor) switch { "e" => LeptonFlavour.Electron, "tau" => LeptonFlavour.Tau, _ => LeptonFlavour.Muon };
        var part = parse.GetValue(_helicity) switch { "flipping" => UpscatteringHelicity.Flipping, "conserving" => UpscatteringHelicity.Conserving, _ => UpscatteringHelicity.Both };

        var proton = DipoleUpscattering.NucleonElastic(parameters, flavor, Nucleon.Proton, part);
        var neutron = DipoleUpscattering.NucleonElastic(parameters, flavor, Nucleon.Neutron, part);
        return XsecReport.WriteNucleus(context, nucleus, energy, proton, neutron,
            () => DipoleUpscattering.Coherent(parameters, flavor, nucleus, NuclearFormFactors.Default(nucleus), part));
    }
}
