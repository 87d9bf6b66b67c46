using System.CommandLine;
using DarkSector.Cli.Commands.Options;
using DarkSector.Cli.Hosting;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;

namespace DarkSector.Cli.Commands.CrossSection;

/// <summary>
/// <c>darksector xsec dark-photon</c>: σ(ν_α T → N T) in cm² at one energy, coherent and elastic on the target's
/// protons and neutrons (per nucleus: Z σ_p and N σ_n).
/// </summary>
internal sealed class DarkPhotonXsecCommand : CliCommand
{
    private readonly DarkPhotonOptions _model = new();

    private readonly Option<string> _target = new("--target")
    {
        Description = "Target nucleus, e.g. C12, O16, Ar40, Pb208, H1 (free proton).",
        DefaultValueFactory = _ => "C12",
    };

    private readonly XsecCliOptions _beam = new("Flavour of the incoming neutrino: e, mu or tau (selects |V_alphaN|^2).");

    private readonly Option<string> _helicity = new Option<string>("--helicity")
    {
        Description = "HNL helicity counted: both (default; 'total' is the same), conserving or flipping (identical for neutrinos and antineutrinos).",
        DefaultValueFactory = _ => "both",
    }.AcceptOnlyFromAmong("both", "total", "conserving", "flipping");

    public override string Path => "xsec dark-photon";

    public override string Description => "Dark-photon upscattering cross sections nu + target -> N + target (coherent, proton- and neutron-elastic) in cm^2.";

    protected override void Configure(Command command)
    {
        _model.AddTo(command);
        command.Options.Add(_target);
        _beam.AddTo(command);
        command.Options.Add(_helicity);
    }

    protected override int Execute(ParseResult parse, CliContext context)
    {
        var model = _model.Parse(parse);
        string targetName = parse.GetValue(_target)!;
        if (!Nuclei.TryGet(targetName, out var nucleus))
            throw new ArgumentException($"--target: unknown target '{targetName}'; examples: C12, O16, Ar40, Pb208, H1");
        double energy = _beam.EnergyGeV(parse);
        var flavor = parse.GetValue(_beam.Flavor) switch { "e" => LeptonFlavour.Electron, "tau" => LeptonFlavour.Tau, _ => LeptonFlavour.Muon };
        var helicity = parse.GetValue(_helicity) switch
        {
            "conserving" => UpscatteringHelicity.Conserving,
            "flipping" => UpscatteringHelicity.Flipping,
            _ => UpscatteringHelicity.Both,
        };
        int index = DarkPhotonOptions.PrimaryIndex(model);

        var proton = DarkPhotonUpscattering.ProtonElastic(model, index, flavor, helicity);
        var neutron = DarkPhotonUpscattering.NeutronElastic(model, index, flavor, helicity);
        return XsecReport.WriteNucleus(context, nucleus, energy, proton, neutron,
            () => DarkPhotonUpscattering.Coherent(model, nucleus, null, index, flavor, helicity));
    }
}
