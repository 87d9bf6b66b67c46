namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// One parameter point of the dipole portal ("neutrissimo") model: an HNL N of mass m_N coupled to the active
/// neutrinos through transition magnetic moments d_αN (GeV⁻¹), Dirac or Majorana, optionally with a lighter HNL N_4
/// reached through a transition dipole d_45 (then the HNL of mass m_N plays the role of N_5).
/// </summary>
/// <remarks>
/// <para><b>Coupling convention</b> (physics.md §2.2; Brdar, Greljo, Kopp, Opferkuch, arXiv:2007.15563;
/// Kamp et al., arXiv:2206.07100): L ⊃ d_αN · ν̄_α σ_μν F^μν P_R N + h.c., with a left-handed ν_α. With this
/// normalisation Γ(N → ν γ) = (Σ_α |d_αN|²) m_N³/(4π) for a Dirac N. A Majorana N also decays into ν̄ γ through the
/// hermitian-conjugate term at the same rate, so its total width is twice that (the factor 2 of DarkNews'
/// <c>gamma_Ni_to_Nj_gamma</c>). DarkNews and SIREN use the transition magnetic moment μ_tr = 2d
/// (see <see cref="DipoleConvention"/>); in the massless limit μ_tr is the neutrino magnetic moment μ_ν of
/// ν–e scattering (Vogel and Engel 1989).</para>
/// <para>Only |d_αN| enters every rate computed here (no interference between flavours), so the couplings are
/// magnitudes ≥ 0. The record cannot hold an invalid value: every init accessor validates, including under
/// <c>with</c>. Immutable; thread-safe.</para>
/// </remarks>
public sealed record DipoleParameters
{
    /// <summary>HNL mass m_N in GeV; finite and &gt; 0 (and above the mass of <see cref="LighterHnl"/> if given).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite, not positive, or not above the lighter HNL's mass.</exception>
    public required double MassGeV
    {
        get;
        init
        {
            field = Check.Positive(value, nameof(MassGeV));
            if (LighterHnl is { } lighter) CheckOrdering(field, lighter.MassGeV);
        }
    }

    /// <summary>|d_eN| in GeV⁻¹; finite and ≥ 0. Default 0.</summary>
    public double DElectronGeVm1 { get; init => field = Check.NonNegative(value, nameof(DElectronGeVm1)); }

    /// <summary>|d_μN| in GeV⁻¹; finite and ≥ 0. Default 0.</summary>
    public double DMuonGeVm1 { get; init => field = Check.NonNegative(value, nameof(DMuonGeVm1)); }

    /// <summary>|d_τN| in GeV⁻¹; finite and ≥ 0. Default 0. See <see cref="WithTauScaledFromMuon"/>.</summary>
    public double DTauGeVm1 { get; init => field = Check.NonNegative(value, nameof(DTauGeVm1)); }

    /// <summary>True for a Majorana HNL, false (default) for a Dirac HNL.</summary>
    public bool IsMajorana { get; init; }

    /// <summary>
    /// The published normalisation the rates follow (<see cref="DipoleNormalisation"/>): <see cref="DipoleNormalisation.Kamp2023"/>
    /// (default, one Lagrangian for σ and Γ) or <see cref="DipoleNormalisation.DarkNews"/> (same σ, widths halved).
    /// Applied by <see cref="DipoleDecays"/> to every width, so branching ratios are the same in both.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined enum value.</exception>
    public DipoleNormalisation Normalisation
    {
        get;
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(Normalisation), value, $"Normalisation = {value} is not Kamp2023 or DarkNews");
    }

    /// <summary>Optional lighter HNL N_4 with the transition dipole d_45 (N_5 → N_4 γ); null for the one-HNL model.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Its mass is not below <see cref="MassGeV"/>.</exception>
    public DipoleLighterHnl? LighterHnl
    {
        get;
        init
        {
            if (value is not null && MassGeV > 0) CheckOrdering(MassGeV, value.MassGeV);
            field = value;
        }
    }

    /// <summary>Σ_α |d_αN|² in GeV⁻²: the combination that sets the decay widths into active neutrinos.</summary>
    public double SumD2GeVm2 => DElectronGeVm1 * DElectronGeVm1 + DMuonGeVm1 * DMuonGeVm1 + DTauGeVm1 * DTauGeVm1;

    /// <summary>|d_αN| in GeV⁻¹ of the given active flavour.</summary>
    public double Coupling(LeptonFlavour flavor) => flavor switch
    {
        LeptonFlavour.Electron => DElectronGeVm1,
        LeptonFlavour.Muon => DMuonGeVm1,
        LeptonFlavour.Tau => DTauGeVm1,
        _ => throw new ArgumentOutOfRangeException(nameof(flavor), flavor, $"flavor = {flavor} is not one of Electron, Muon, Tau"),
    };

    /// <summary>
    /// The same point with d_τN = (m_τ/m_μ)·d_μN, the scaling of a dipole generated with a lepton-mass insertion
    /// (physics.md §2.2 option; Kamp et al. 2023).
    /// </summary>
    public DipoleParameters WithTauScaledFromMuon() =>
        this with { DTauGeVm1 = PhysicalConstants.TauMassGeV / PhysicalConstants.MuonMassGeV * DMuonGeVm1 };

    private static void CheckOrdering(double heavyMassGeV, double lighterMassGeV)
    {
        if (!(lighterMassGeV < heavyMassGeV))
            throw new ArgumentOutOfRangeException(nameof(LighterHnl), lighterMassGeV,
                $"LighterHnl.MassGeV = {Check.Format(lighterMassGeV)} must be < MassGeV = {Check.Format(heavyMassGeV)}");
    }
}
