using System.CommandLine;
using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Cli.Commands.Options;

/// <summary>
/// The dark-photon model options shared by every command that takes a dark-photon model point (decay, xsec, and later
/// generate, rate, scan): <c>--mn --mzprime --epsilon|--epsilon2 --alpha-d|--g-d --v-mu-n2 --v-e-n2 --v-tau-n2 --v-n2
/// --u-e-n2 --u-mu-n2 --u-tau-n2 --majorana --m4 --v-45 --charge-convention</c>.
/// </summary>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command). With <c>--m4</c> the
/// model has two HNLs and <c>--mn</c> is the heavier N5; N4 then carries only its mass and |V_45|.</remarks>
internal sealed class DarkPhotonOptions
{
    /// <summary>The value of <c>--charge-convention</c> that uses DarkNews' e = g s_W.</summary>
    public const string DarkNewsCharge = "darknews";

    public Option<double> MassGeV { get; } = new("--mn", "--m-n") { Description = "HNL mass m_N in GeV (the heavier N5 when --m4 is given; --m-n, the scan axis name, is the same).", Required = true };

    public Option<double> ZPrimeMassGeV { get; } = new("--mzprime") { Description = "Dark photon mass m_Z' in GeV.", Required = true };

    public Option<double?> Epsilon { get; } = new("--epsilon") { Description = "Kinetic mixing epsilon in (0, 1) (or give --epsilon2)." };

    public Option<double?> Epsilon2 { get; } = new("--epsilon2") { Description = "Kinetic mixing squared epsilon^2 in (0, 1) (instead of --epsilon)." };

    public Option<double?> AlphaDark { get; } = new("--alpha-d") { Description = "Dark fine-structure constant alpha_D = g_D^2/(4 pi) (or give --g-d)." };

    public Option<double?> GaugeCoupling { get; } = new("--g-d") { Description = "Dark gauge coupling g_D in (0, 4 pi] (instead of --alpha-d; alpha_D = g_D^2/(4 pi))." };

    public Option<double> VMu2 { get; } = new("--v-mu-n2") { Description = "|V_muN|^2: Z' vertex with nu_mu (production from nu_mu).", DefaultValueFactory = _ => 0.0 };

    public Option<double> VE2 { get; } = new("--v-e-n2") { Description = "|V_eN|^2: Z' vertex with nu_e.", DefaultValueFactory = _ => 0.0 };

    public Option<double> VTau2 { get; } = new("--v-tau-n2") { Description = "|V_tauN|^2: Z' vertex with nu_tau.", DefaultValueFactory = _ => 0.0 };

    public Option<double?> VN2 { get; } = new("--v-n2") { Description = "|V_N|^2 = sum over light states of |V_iN|^2 (decays); default |V_eN|^2 + |V_muN|^2 + |V_tauN|^2." };

    public Option<double> UE2 { get; } = new("--u-e-n2") { Description = "|U_eN|^2 active mixing (SM Z/W decay channels).", DefaultValueFactory = _ => 0.0 };

    public Option<double> UMu2 { get; } = new("--u-mu-n2") { Description = "|U_muN|^2 active mixing (SM Z/W decay channels).", DefaultValueFactory = _ => 0.0 };

    public Option<double> UTau2 { get; } = new("--u-tau-n2") { Description = "|U_tauN|^2 active mixing (SM Z decay channels).", DefaultValueFactory = _ => 0.0 };

    public Option<bool> Majorana { get; } = new("--majorana") { Description = "Majorana HNLs (default: Dirac)." };

    public Option<double?> LighterMassGeV { get; } = new("--m4") { Description = "Mass in GeV of a lighter HNL N4 coupled by --v-45 (two-HNL model; --mn is then N5)." };

    public Option<double> V45 { get; } = new("--v-45") { Description = "|V_45| (modulus) between N5 and N4 (with --m4).", DefaultValueFactory = _ => 0.0 };

    public Option<string> Charge { get; } = new Option<string>("--charge-convention")
    {
        Description = "Electric charge multiplying epsilon: 'alpha0' (e = sqrt(4 pi alpha(0)), default) or 'darknews' (e = g s_W).",
        DefaultValueFactory = _ => "alpha0",
    }.AcceptOnlyFromAmong("alpha0", DarkNewsCharge);

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { MassGeV, ZPrimeMassGeV, Epsilon, Epsilon2, AlphaDark, GaugeCoupling, VMu2, VE2, VTau2, VN2, UE2, UMu2, UTau2, Majorana, LighterMassGeV, V45, Charge })
            command.Options.Add(option);
    }

    /// <summary>The model point given on the command line; bad values throw naming the option.</summary>
    /// <exception cref="ArgumentException">A value is out of range, or --epsilon and --epsilon2 (or --alpha-d and --g-d) are both or neither given.</exception>
    public DarkPhotonModel Parse(ParseResult parse)
    {
        double mass = MassBounds.Check(parse.GetValue(MassGeV), "--mn");
        double mz = MassBounds.Check(parse.GetValue(ZPrimeMassGeV), "--mzprime");
        double epsilon = (parse.GetValue(Epsilon), parse.GetValue(Epsilon2)) switch
        {
            (double e, null) => Check.InOpenRange(e, 0, 1, "--epsilon"),
            (null, double e2) => Math.Sqrt(Check.InOpenRange(e2, 0, 1, "--epsilon2")),
            (null, null) => throw new ArgumentException("give the kinetic mixing with --epsilon or --epsilon2"),
            _ => throw new ArgumentException("give either --epsilon or --epsilon2, not both"),
        };
        double alphaD = (parse.GetValue(AlphaDark), parse.GetValue(GaugeCoupling)) switch
        {
            (double a, null) => Check.InRange(a, double.Epsilon, 4 * Math.PI, "--alpha-d"),
            (null, double g) => DarkPhotonModel.AlphaDarkFromGaugeCoupling(Check.InRange(g, double.Epsilon, 4 * Math.PI, "--g-d")),
            (null, null) => throw new ArgumentException("give the dark coupling with --alpha-d or --g-d"),
            _ => throw new ArgumentException("give either --alpha-d or --g-d, not both"),
        };
        double vmu = Check.InRange(parse.GetValue(VMu2), 0, 1, "--v-mu-n2");
        double ve = Check.InRange(parse.GetValue(VE2), 0, 1, "--v-e-n2");
        double vtau = Check.InRange(parse.GetValue(VTau2), 0, 1, "--v-tau-n2");
        double vn = parse.GetValue(VN2) is double given ? Check.InRange(given, 0, 1, "--v-n2") : Math.Min(1, ve + vmu + vtau);
        var heavy = new HeavyNeutralLepton
        {
            MassGeV = mass,
            VertexE2 = ve,
            VertexMu2 = vmu,
            VertexTau2 = vtau,
            DecayVertex2 = vn,
            MixingE2 = Check.InRange(parse.GetValue(UE2), 0, 1, "--u-e-n2"),
            MixingMu2 = Check.InRange(parse.GetValue(UMu2), 0, 1, "--u-mu-n2"),
            MixingTau2 = Check.InRange(parse.GetValue(UTau2), 0, 1, "--u-tau-n2"),
        };
        double v45 = Check.InRange(parse.GetValue(V45), 0, 1, "--v-45");
        IReadOnlyList<HeavyNeutralLepton> hnls;
        if (parse.GetValue(LighterMassGeV) is double m4)
        {
            Check.InOpenRange(m4, 0, mass, "--m4");
            hnls = [new HeavyNeutralLepton { MassGeV = m4 }, heavy with { TransitionVertices2 = [v45 * v45] }];
        }
        else if (v45 > 0)
            throw new ArgumentException("--v-45 needs --m4 (the mass of the lighter HNL)");
        else
            hnls = [heavy];
        return new DarkPhotonModel
        {
            Hnls = hnls,
            ZPrimeMassGeV = mz,
            Epsilon = epsilon,
            AlphaDark = alphaD,
            IsMajorana = parse.GetValue(Majorana),
            Charge = parse.GetValue(Charge) == DarkNewsCharge ? ChargeConvention.DarkNews : ChargeConvention.ThomsonLimit,
        };
    }

    /// <summary>Index of the HNL that --mn names (the heaviest).</summary>
    public static int PrimaryIndex(DarkPhotonModel model) => model.Hnls.Count - 1;
}
