using System.CommandLine;
using DarkSector.Physics;
using DarkSector.Physics.Models.Dipole;

namespace DarkSector.Cli.Commands.Options;

/// <summary>
/// The dipole-portal model options shared by every command that takes a dipole model point (decay, xsec, and later
/// generate, rate, limit): <c>--mn --d-e --d-mu --d-tau --d-tau-scaled --majorana --m4 --d-45 --coupling-convention
/// --dipole-convention</c>.
/// </summary>
/// <remarks><c>--coupling-convention</c> says how to read the numbers given (d, or DarkNews' μ_tr = 2d);
/// <c>--dipole-convention</c> which normalisation the rates follow (<see cref="DipoleNormalisation"/>: kamp2023, the
/// default, or darknews), applied to σ, Γ and the branching ratios together by the library.</remarks>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command).</remarks>
internal sealed class DipoleOptions
{
    /// <summary>The value of <c>--coupling-convention</c> that reads the couplings as DarkNews' μ_tr = 2d.</summary>
    public const string MuTrConvention = "mu-tr";

    public Option<double> MassGeV { get; } = new("--mn", "--m-n")
    {
        Description = "HNL mass m_N in GeV (the decaying N5 when --m4 is given; --m-n, the scan axis name, is the same).",
        Required = true,
    };

    public Option<double> DElectron { get; } = new("--d-e") { Description = "Dipole coupling |d_eN| in GeV^-1.", DefaultValueFactory = _ => 0.0 };

    public Option<double> DMuon { get; } = new("--d-mu") { Description = "Dipole coupling |d_muN| in GeV^-1.", DefaultValueFactory = _ => 0.0 };

    public Option<double> DTau { get; } = new("--d-tau") { Description = "Dipole coupling |d_tauN| in GeV^-1.", DefaultValueFactory = _ => 0.0 };

    public Option<bool> DTauScaled { get; } = new("--d-tau-scaled")
    {
        Description = "Set d_tauN = (m_tau/m_mu) d_muN (overrides --d-tau).",
    };

    public Option<bool> Majorana { get; } = new("--majorana") { Description = "Majorana HNL (default: Dirac)." };

    public Option<double?> LighterMassGeV { get; } = new("--m4")
    {
        Description = "Mass in GeV of a lighter HNL N4 reached by the transition dipole --d-45 (two-HNL model; --mn is then N5).",
    };

    public Option<double> D45 { get; } = new("--d-45") { Description = "Transition dipole |d_45| in GeV^-1 (with --m4).", DefaultValueFactory = _ => 0.0 };

    public Option<string> Convention { get; } = new Option<string>("--coupling-convention")
    {
        Description = "How to read the numbers given to --d-e/--d-mu/--d-tau/--d-45: 'd' (the coefficient of L = d nubar sigma F N) or 'mu-tr' "
            + "(DarkNews mu_tr = 2d; halved on input). Independent of --dipole-convention, which chooses the width formula (docs/conventions.md).",
        DefaultValueFactory = _ => "d",
    }.AcceptOnlyFromAmong("d", MuTrConvention);

    public Option<string> Normalisation { get; } = NormalisationOption();

    /// <summary>A new <c>--dipole-convention</c> option (kamp2023 by default, or darknews), for every command that takes the dipole family.</summary>
    /// <remarks>A bad value gives one line naming the option and the allowed values (exit code 2).</remarks>
    public static Option<string> NormalisationOption()
    {
        var option = new Option<string>("--dipole-convention")
        {
            Description = "Normalisation of sigma and Gamma together: 'kamp2023' (default; one Lagrangian, Gamma(N -> nu gamma) = d^2 m^3/4pi, "
                + "Kamp et al. eq. 5) or 'darknews' (DarkNews/SIREN with d = mu_tr/2: same sigma, Gamma = d^2 m^3/8pi).",
            DefaultValueFactory = _ => DipoleConvention.Kamp2023Name,
        };
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is null || !DipoleConvention.Names.Contains(value))
                result.AddError($"--dipole-convention: '{value}' is not allowed; allowed values: {string.Join(", ", DipoleConvention.Names)}");
        });
        return option;
    }

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { MassGeV, DElectron, DMuon, DTau, DTauScaled, Majorana, LighterMassGeV, D45, Convention, Normalisation })
            command.Options.Add(option);
    }

    /// <summary>The model point given on the command line; bad values throw naming the option.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public DipoleParameters Parse(ParseResult parse)
    {
        Func<double, double> asD = parse.GetValue(Convention) == MuTrConvention ? DipoleConvention.DFromMuTr : d => d;
        double mass = MassBounds.Check(parse.GetValue(MassGeV), "--mn");
        double de = asD(Check.NonNegative(parse.GetValue(DElectron), "--d-e"));
        double dmu = asD(Check.NonNegative(parse.GetValue(DMuon), "--d-mu"));
        double dtau = asD(Check.NonNegative(parse.GetValue(DTau), "--d-tau"));
        double d45 = asD(Check.NonNegative(parse.GetValue(D45), "--d-45"));
        DipoleLighterHnl? lighter = null;
        if (parse.GetValue(LighterMassGeV) is double m4)
        {
            Check.InOpenRange(m4, 0, mass, "--m4");
            lighter = new DipoleLighterHnl { MassGeV = m4, D45GeVm1 = d45 };
        }
        else if (d45 > 0)
            throw new ArgumentException("--d-45 needs --m4 (the mass of the lighter HNL)");
        var parameters = new DipoleParameters
        {
            MassGeV = mass,
            DElectronGeVm1 = de,
            DMuonGeVm1 = dmu,
            DTauGeVm1 = dtau,
            IsMajorana = parse.GetValue(Majorana),
            LighterHnl = lighter,
            Normalisation = DipoleConvention.Parse(parse.GetValue(Normalisation)!),
        };
        return parse.GetValue(DTauScaled) ? parameters.WithTauScaledFromMuon() : parameters;
    }
}
