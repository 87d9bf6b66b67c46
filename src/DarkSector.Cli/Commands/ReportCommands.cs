using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Targets;
using DarkSector.Reporting.Reports;
using static DarkSector.Cli.Hosting.ReportCommand;

namespace DarkSector.Cli.Commands;

/// <summary>The commands that print one library report (<see cref="ReportCommand"/>): decay tables, cross sections, the
/// dark-seesaw spectrum, form factors, detector geometry and the discovered experiments. Each adds its options (model
/// options from the library's schema, <see cref="ModelOptionBinder{T}"/>) and calls the library.</summary>
internal static class ReportCommands
{
    /// <summary>New instances of the commands (one set per command tree).</summary>
    public static IEnumerable<CliCommand> Create() =>
    [
        new ReportCommand("decay dark-photon",
            "Dark-photon HNL decays: N -> nu Z', nu e+e-, nu mu+mu- (off-shell Z', SM Z/W), nu nu nu and, with --m4, N5 -> N4 Z' / N4 l+l-.", c =>
            {
                var model = new DarkPhotonOptions().AddTo(c);
                return (p, _) => DecayReport.DarkPhoton(model.Parse(p));
            }),
        new ReportCommand("decay dipole", "Dipole-portal HNL decays: N -> nu gamma, nu e+e-, nu mu+mu- (virtual photon) and, with --m4, N5 -> N4 gamma.", c =>
        {
            var model = new DipoleOptions().AddTo(c);
            return (p, _) => DecayReport.Dipole(model.Parse(p));
        }),
        new ReportCommand("decay dark-seesaw", "Partial widths, branching ratios, total width and c*tau0 of one state of a dark-seesaw model card.", c =>
        {
            var card = new DarkSeesawOptions().AddTo(c);
            var state = Add(c, new Option<string>("--state") { Description = "State to decay: nu1..nu3 (stable) or N4, N5, ... in ascending mass.", Required = true });
            return (p, _) => DecayReport.DarkSeesaw(card.Spectrum(p), p.GetValue(state)!);
        }),
        new ReportCommand("xsec dark-photon", "Dark-photon upscattering cross sections nu + target -> N + target (coherent, proton- and neutron-elastic) in cm^2.", c =>
        {
            var options = new DarkPhotonOptions().AddTo(c);
            var beam = Beam(c, "Flavour of the incoming neutrino: e, mu or tau (selects |V_alphaN|^2).",
                "HNL helicity counted: both (default; 'total' is the same), conserving or flipping (identical for neutrinos and antineutrinos).");
            return (p, _) =>
            {
                var model = options.Parse(p);   // the model's errors first
                var (nucleus, energy, flavor, helicity) = beam(p);
                return CrossSectionReport.DarkPhoton(model, nucleus, energy, flavor, helicity);
            };
        }),
        new ReportCommand("xsec dipole", "Dipole-portal (Primakoff) upscattering cross sections in cm^2: coherent, proton- and neutron-elastic.", c =>
        {
            var options = new DipoleOptions().AddTo(c);
            var beam = Beam(c, "Incoming neutrino flavour (its coupling d_alphaN is used).", "HNL helicity counted: both (default; 'total' is the same), flipping (dominant) or conserving.");
            return (p, _) =>
            {
                var model = options.Parse(p);   // the model's errors first
                var (nucleus, energy, flavor, helicity) = beam(p);
                return CrossSectionReport.Dipole(model, nucleus, energy, flavor, helicity);
            };
        }),
        new ReportCommand("spectrum dark-seesaw", "Diagonalise a dark-seesaw model card: masses, mixings |U_mu i|^2, Z' vertices |V_ij|^2, lifetimes, Z' branching ratios.", c =>
        {
            var card = new DarkSeesawOptions().AddTo(c);
            return (p, _) => DarkSeesawSpectrumReport.Of(card.Spectrum(p));
        }),
        new ReportCommand("formfactor", "Nuclear charge form factor F(Q) (Fourier-Bessel, symmetrized Fermi, Helm, dipole), or nucleon F1/F2 for H1 and n.", c =>
        {
            var nucleus = Add(c, new Option<string>("--nucleus") { Description = "Target nucleus, e.g. C12, Ar40, Pb208, H1 (proton), n (neutron).", Required = true });
            var q = Add(c, new Option<double?>("--q") { Description = "Momentum transfer Q = sqrt(Q^2) in GeV (>= 0). Without it: a table from 0 to --q-max." });
            var qMax = Add(c, new Option<double>("--q-max") { Description = "Largest Q of the table in GeV (> 0).", DefaultValueFactory = _ => 0.5 });
            var model = Add(c, new Option<string?>("--model") { Description = "fourier-bessel, fermi, helm or dipole. Default: Fourier-Bessel where tabulated, else symmetrized Fermi." });
            return (p, _) =>
            {
                double max = Check.Positive(p.GetValue(qMax), "--q-max");
                double[] qs = p.GetValue(q) is double one ? [Check.NonNegative(one, "--q")] : [.. Enumerable.Range(0, 21).Select(i => max * i / 20)];
                return FormFactorReport.Of(Nuclei.Get(p.GetValue(nucleus)!), p.GetValue(model), qs);
            };
        }),
        new ReportCommand("geometry", "Show an experiment's detector: volumes in priority order, shapes, roles, materials, densities, volumes and masses.", c =>
        {
            var id = new Argument<string>("experiment-id") { Description = "Id of the experiment, e.g. t2k-nd280 (see 'darksector experiments')." };
            c.Arguments.Add(id);
            var plugins = new PluginFolderOption();
            plugins.AddTo(c);
            return (p, _) => GeometryReport.Of(p.GetValue(id) ?? "", plugins.Discover(p).Get(p.GetValue(id) ?? "").Detector);
        }),
        new ReportCommand("experiments", "List the discovered experiment plugins (built-in and from plugin folders) with their analyses and load diagnostics.", c =>
        {
            var plugins = new PluginFolderOption();
            plugins.AddTo(c);
            return (p, _) => ExperimentsReport.Of(plugins.Discover(p));
        }),
    ];

    /// <summary>The beam options of an xsec command (<c>--target --enu --flavor --helicity</c>) and their parsed values.</summary>
    private static Func<ParseResult, (Nucleus, double, LeptonFlavour, UpscatteringHelicity)> Beam(Command c, string flavorDescription, string helicityDescription)
    {
        var target = Add(c, new Option<string>("--target") { Description = "Target nucleus, e.g. C12, O16, Ar40, Pb208, H1 (free proton).", DefaultValueFactory = _ => "C12" });
        var energy = Add(c, new Option<double>("--enu") { Description = "Neutrino energy in GeV.", Required = true });
        var flavor = Add(c, FlavorOption.Create(flavorDescription));
        var helicity = Add(c, new Option<string>("--helicity") { Description = helicityDescription, DefaultValueFactory = _ => "both" }.AcceptOnlyFromAmong("both", "total", "conserving", "flipping"));
        return p => (Nuclei.Get(p.GetValue(target)!), Check.Positive(p.GetValue(energy), "--enu"), FlavorOption.Lepton(p.GetValue(flavor)!),
            p.GetValue(helicity) switch { "conserving" => UpscatteringHelicity.Conserving, "flipping" => UpscatteringHelicity.Flipping, _ => UpscatteringHelicity.Both });
    }
}
