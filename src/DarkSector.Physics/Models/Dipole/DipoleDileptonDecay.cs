using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// N → ν ℓ⁻ ℓ⁺ through a virtual photon in the dipole portal: the fully differential, spin-dependent rate and a
/// map from the five-dimensional unit hypercube onto phase space with its weight (for VEGAS or weighted generation),
/// plus the dilepton mass spectrum and the total width.
/// </summary>
/// <remarks>
/// <para>Amplitude M = (2d e/s) ū(k) σ^μν q_ν P_R u(p) · ū(p₁) γ_μ v(p₂), q = p₁ + p₂, s = q². For the spin state
/// ρ = (p̸ + m)(1 + γ5 P S̸)/2 the chiral projection leaves P_R ρ P_L = ñ̸ P_L/2 with ñ = p + κ m P S (κ of
/// <see cref="DecayingHnl"/>), and current conservation (q·J = 0) reduces the trace to (derived here)
/// |M|² = (32 d² e²/s) [(k·p₁)(ñ·p₁) + (k·p₂)(ñ·p₂)] + (32 d² e² m_ℓ²/s²) [(q·ñ)(m² − s) − s (k·ñ)],
/// summed over lepton spins, d² = Σ_α|d_αN|². A Majorana N adds the ν̄ channel (κ → −κ): the spin terms cancel
/// and |M|² doubles. Integrated over the lepton angles this reproduces <see cref="DipoleDecays.DileptonSpectrum"/>
/// (tested), an independent derivation through the Kroll–Wada factorisation.</para>
/// <para>Phase space: dΓ = |M|²/(2m) dΦ₃, dΦ₃ = (ds/2π) dΦ₂(m → ν γ*) dΦ₂(√s → ℓℓ), dΦ₂ = |p*|/(16π² M) dΩ.
/// Map: s = 4m_ℓ² cosh²(y), y = u₀ y_max (smooth weights, the 1/s photon pole absorbed by ds = 2s tanh y dy); the
/// γ* direction in the N rest frame (cosθ = 2u₁ − 1, φ = 2πu₂, fixed axes) and the ℓ⁻ direction in the γ* rest
/// frame (cosθ* = 2u₃ − 1, φ* = 2πu₄, axes of the N rest frame, reached by a pure boost).</para>
/// <para>Immutable; thread-safe; sampling does not allocate.</para>
/// </remarks>
public sealed class DipoleDileptonDecay
{
    private readonly double _m, _ml, _d2, _yMax, _prefactor;
    private readonly DecayingHnl _state;
    private readonly bool _majorana;

    /// <summary>Creates the decay for HNL mass <paramref name="hnlMassGeV"/> into leptons of mass <paramref name="leptonMassGeV"/>.</summary>
    /// <param name="hnlMassGeV">m_N in GeV; &gt; 2 m_ℓ.</param>
    /// <param name="leptonMassGeV">m_ℓ in GeV; &gt; 0.</param>
    /// <param name="sumD2GeVm2">Σ_α|d_αN|² in GeV⁻²; ≥ 0.</param>
    /// <param name="state">Which state decays (Majorana, or Dirac N / N̄ for the spin correlation).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or the channel is closed.</exception>
    public DipoleDileptonDecay(double hnlMassGeV, double leptonMassGeV, double sumD2GeVm2, DecayingHnl state)
    {
        _m = Check.Positive(hnlMassGeV);
        _ml = Check.Positive(leptonMassGeV);
        _d2 = Check.NonNegative(sumD2GeVm2);
        if (!(hnlMassGeV > 2 * leptonMassGeV))
            throw new ArgumentOutOfRangeException(nameof(hnlMassGeV), hnlMassGeV,
                $"hnlMassGeV = {Check.Format(hnlMassGeV)} must be > 2 m_l = {Check.Format(2 * leptonMassGeV)} (channel closed)");
        if (!Enum.IsDefined(state)) throw new ArgumentOutOfRangeException(nameof(state), state, $"state = {state} is not a DecayingHnl value");
        _state = state;
        _majorana = state == DecayingHnl.Majorana;
        _yMax = Math.Acosh(hnlMassGeV / (2 * leptonMassGeV));
        _prefactor = 32 * _d2 * 4 * Math.PI * PhysicalConstants.Alpha * (_majorana ? 2.0 : 1.0);
        WidthGeV = DipoleDecays.DileptonWidthUnchecked(_m, _d2, _ml, _majorana);
    }

    /// <summary>Total width Γ(N → ν ℓ⁺ℓ⁻) in GeV (independent of the polarisation).</summary>
    public double WidthGeV { get; }

    /// <summary>The physical range of s = m_ℓℓ² in GeV²: (4m_ℓ², m_N²).</summary>
    public (double Min, double Max) InvariantMassSquaredRange => (4 * _ml * _ml, _m * _m);

    /// <summary>dΓ/ds in GeV⁻¹ at s = m_ℓℓ² (GeV²); 0 outside the physical range.</summary>
    public double DifferentialWidth(double s) =>
        DipoleDecays.PhotonWidthUnchecked(_m, 0.0, _d2, _majorana) * DipoleDecays.DileptonSpectrumUnchecked(_m, _ml, Check.Finite(s));

    /// <summary>
    /// Spin-summed |M|² (GeV⁻⁰, dimensionless) at momenta given in the N rest frame, for polarisation vector
    /// <paramref name="polarization"/> = P·ŝ (|P| ≤ 1) in that frame.
    /// </summary>
    internal double MatrixElementSquared(FourMomentum neutrino, FourMomentum minus, FourMomentum plus, ThreeVector polarization)
    {
        // ñ = p + κ m P S with p = (m, 0) and S = (0, ŝ) in the rest frame.
        double kappa = _majorana ? 0.0 : (int)_state;
        var nTilde = new FourMomentum(_m, kappa * _m * polarization.X, kappa * _m * polarization.Y, kappa * _m * polarization.Z);
        var q = minus + plus;
        double s = q.MassSquared;
        double ml2 = _ml * _ml;
        double bracket1 = neutrino.Dot(minus) * nTilde.Dot(minus) + neutrino.Dot(plus) * nTilde.Dot(plus);
        double bracket2 = q.Dot(nTilde) * (_m * _m - s) - s * neutrino.Dot(nTilde);
        return _prefactor * (bracket1 / s + ml2 * bracket2 / (s * s));
    }

    /// <summary>
    /// Maps a point of the unit hypercube onto N → ν ℓ⁻ ℓ⁺ in the N rest frame and returns the momenta with the
    /// weight dΓ/d⁵u (GeV), whose mean over uniform points is <see cref="WidthGeV"/>.
    /// </summary>
    /// <param name="u">Five numbers in [0, 1]: y, the γ* direction (2), the ℓ⁻ direction in the γ* frame (2).</param>
    /// <param name="polarization">P·ŝ in the N rest frame, |P| ≤ 1 (zero vector: unpolarised).</param>
    /// <exception cref="ArgumentException">Fewer than five numbers, or |P| &gt; 1.</exception>
    public DileptonDecaySample SampleInRestFrame(ReadOnlySpan<double> u, ThreeVector polarization)
    {
        if (u.Length < 5) throw new ArgumentException($"u has {u.Length} numbers; 5 are needed", nameof(u));
        if (!(polarization.NormSquared <= 1 + 1e-12))
            throw new ArgumentOutOfRangeException(nameof(polarization), polarization, $"|polarization| = {Check.Format(polarization.Norm)} must be <= 1");
        return SampleUnchecked(u[0], u[1], u[2], u[3], u[4], polarization);
    }

    /// <summary>
    /// As <see cref="SampleInRestFrame"/>, for an HNL with lab four-momentum <paramref name="parent"/>: the
    /// polarisation P is along the flight direction (helicity), and the momenta are returned in the lab.
    /// </summary>
    /// <param name="parent">Lab four-momentum of N (mass m_N, moving).</param>
    /// <param name="u">Five numbers in [0, 1].</param>
    /// <param name="helicityPolarization">P in [−1, 1] along the flight direction.</param>
    public DileptonDecaySample SampleInLab(FourMomentum parent, ReadOnlySpan<double> u, double helicityPolarization)
    {
        Check.InRange(helicityPolarization, -1, 1);
        var axis = parent.PSquared > 0 ? parent.P3.Unit() : ThreeVector.UnitZ;
        var rest = SampleInRestFrame(u, helicityPolarization * axis);
        var frame = RestFrame.Of(parent);
        return rest with
        {
            Neutrino = frame.ToLab(rest.Neutrino),
            LeptonMinus = frame.ToLab(rest.LeptonMinus),
            LeptonPlus = frame.ToLab(rest.LeptonPlus),
        };
    }

    internal DileptonDecaySample SampleUnchecked(double u0, double u1, double u2, double u3, double u4, ThreeVector polarization)
    {
        double y = u0 * _yMax;
        double ch = Math.Cosh(y), th = Math.Tanh(y);
        double s0 = 4 * _ml * _ml;
        double s = Math.Min(s0 * ch * ch, _m * _m);
        double rootS = Math.Sqrt(s);
        double dsdu = 2 * s * th * _yMax;

        // γ* and ν back to back in the N rest frame.
        double pStar = (_m * _m - s) / (2 * _m);
        var n1 = Directions.FromAngles(2 * u1 - 1, 2 * Math.PI * u2);
        var photon = new FourMomentum(Math.Sqrt(pStar * pStar + s), pStar * n1);
        var neutrino = new FourMomentum(pStar, -pStar * n1);

        // ℓ⁻ ℓ⁺ back to back in the γ* rest frame, then boosted with the γ* velocity.
        double pl = 0.5 * rootS * th;                       // β_ℓ = tanh y
        var n2 = Directions.FromAngles(2 * u3 - 1, 2 * Math.PI * u4);
        double el = 0.5 * rootS;
        var beta = photon.P3 / photon.E;
        var minus = new FourMomentum(el, pl * n2).Boost(beta);
        var plus = new FourMomentum(el, -pl * n2).Boost(beta);

        double m2 = MatrixElementSquared(neutrino, minus, plus, polarization);
        // dΓ/d⁵u = |M|²/(2m) · (1/2π) ds/du₀ · p*/(16π² m) · 4π · p_ℓ/(16π² √s) · 4π
        double weight = m2 * dsdu * pStar * pl / (64 * Math.PI * Math.PI * Math.PI * _m * _m * rootS);
        return new DileptonDecaySample(neutrino, minus, plus, pl > 0 && pStar > 0 ? weight : 0.0);
    }
}
