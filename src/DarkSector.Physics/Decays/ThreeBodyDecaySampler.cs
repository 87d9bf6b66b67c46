using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Decays;

/// <summary>
/// Draws the full kinematics of a three-body decay N → f ℓ⁻ ℓ⁺ through a (possibly on-shell) vector mediator from
/// caller-supplied uniform numbers, with the exact spin-resolved matrix element, and returns an event weight whose
/// mean is the partial width.
/// </summary>
/// <remarks>
/// <para>Phase space: dΦ3 = (dq²/2π) dΦ2(N → f V*) dΦ2(V* → ℓ⁻ℓ⁺), dΦ2 = p*/(4π M) du du' for an isotropic direction
/// (PDG Kinematics §49.4). Five uniforms: u0 → q² = (p2 + p3)², u1, u2 → direction of V* in the N rest frame,
/// u3, u4 → direction of ℓ⁻ in the V* rest frame. Off-shell mediator heavier than the phase space: q² is drawn with
/// density ∝ 1/(q² − M_V²)², which cancels the propagator; contact interaction: q² uniform. On-shell mediator
/// (two-body N → f V followed by V → ℓℓ): q² = M_V² and the narrow-width limit ∫ dq²/(2π) |D|² = 1/(2 M_V Γ_V).</para>
/// <para>Weight w = |M|²(Π) · |D|² · dq²/du0 · p1* p2* / (2m · 2π · 16π² · m · √q²) in GeV; E[w] = Γ for any
/// polarisation Π (the Π-dependent part integrates to zero), and the weighted distribution is the differential width.
/// Four-vectors are in the N rest frame; boost them with <see cref="FourMomentum.Boost"/>. Polarisation Π is the N spin
/// expectation (|Π| ≤ 1) in its rest frame, e.g. h·p̂_N for helicity h = ±1 from production; Π = 0 for unpolarised.</para>
/// <para>Immutable; allocation-free; thread-safe (no random state: the caller owns the stream).</para>
/// </remarks>
public sealed class ThreeBodyDecaySampler
{
    /// <summary>Number of uniforms <see cref="Sample"/> consumes.</summary>
    public const int UniformCount = 5;

    private readonly ThreeBodyMatrixElement _me;
    private readonly double _onShellFactor;          // 1/(2 M Γ_V) · 2π for the on-shell mode; 0 otherwise
    private readonly bool _mapped;
    private readonly double _y0, _y1;

    internal ThreeBodyDecaySampler(ThreeBodyMatrixElement matrixElement, double mediatorWidthGeV = 0)
    {
        if (!(matrixElement.MaxQ2 > matrixElement.MinQ2))
            throw new DarkSectorException($"three-body decay of mass {Check.Format(matrixElement.ParentMass)} GeV into {Check.Format(matrixElement.DaughterMass)} + 2 x {Check.Format(matrixElement.LeptonMass)} GeV is kinematically closed");
        _me = matrixElement;
        double m2 = matrixElement.MediatorMass * matrixElement.MediatorMass;
        bool onShell = !matrixElement.IsContact && m2 > matrixElement.MinQ2 && m2 < matrixElement.MaxQ2;
        if (onShell)
        {
            if (!(mediatorWidthGeV > 0)) throw new ArgumentOutOfRangeException(nameof(mediatorWidthGeV), mediatorWidthGeV, "an on-shell mediator needs its total width > 0");
            _onShellFactor = 2 * Math.PI / (2 * matrixElement.MediatorMass * mediatorWidthGeV);
            WidthGeV = Math.PI / (matrixElement.MediatorMass * mediatorWidthGeV) * matrixElement.DifferentialWidthWithoutPropagator(m2);
        }
        else
        {
            // 1/(M² − q²) mapping for a pole above the phase space; a pole exactly at the endpoint (m_N = m_Z' for a
            // massless daughter) is sampled uniformly: there p_1 ∝ (M² − q²) and |M|² ∝ (M² − q²) cancel the propagator.
            _mapped = !matrixElement.IsContact && m2 > matrixElement.MaxQ2;
            if (_mapped)
            {
                _y0 = 1.0 / (m2 - matrixElement.MinQ2);
                _y1 = 1.0 / (m2 - matrixElement.MaxQ2);
            }
            WidthGeV = Q2Integration.Integrate(new Differential(matrixElement), matrixElement.MinQ2, matrixElement.MaxQ2, 1e-10);
        }
    }

    /// <summary>Parent mass m_N in GeV.</summary>
    public double ParentMassGeV => _me.ParentMass;

    /// <summary>Neutral daughter mass m_f in GeV (0 for a light neutrino).</summary>
    public double DaughterMassGeV => _me.DaughterMass;

    /// <summary>Charged lepton mass m_ℓ in GeV.</summary>
    public double LeptonMassGeV => _me.LeptonMass;

    /// <summary>True when the mediator is on shell (two-body decay followed by V → ℓℓ in the narrow-width limit).</summary>
    public bool IsOnShell => _onShellFactor > 0;

    /// <summary>The partial width Γ in GeV that the mean weight estimates (integral of the same matrix element over the
    /// Dalitz plane, relative accuracy ~1e-10).</summary>
    public double WidthGeV { get; }

    /// <summary>An upper bound (maximum over 4·10⁴ scanned points and fully polarised N, times 1.2) of the weight, for accept-reject.</summary>
    /// <remarks>Computed on first use (deterministic, ~10 ms); thread-safe.</remarks>
    public double MaxWeight
    {
        get
        {
            double value = Volatile.Read(ref _maxWeight);
            if (value == 0) Volatile.Write(ref _maxWeight, value = EstimateMaxWeight());
            return value;
        }
    }

    private double _maxWeight;

    /// <summary>dΓ/dq² in GeV⁻¹ of the unpolarised decay at dilepton mass squared q² (GeV²), integrated over the other
    /// Dalitz variable; 0 outside [4m_ℓ², (m_N − m_f)²]. Off-shell and contact modes only (on shell q² = m_V² is fixed).</summary>
    public double DifferentialWidth(double q2GeV2) => IsOnShell ? 0.0 : _me.DifferentialWidth(q2GeV2);

    /// <summary>
    /// Draws one decay from <see cref="UniformCount"/> uniforms and returns its weight in GeV (E[w] = <see cref="WidthGeV"/>).
    /// </summary>
    /// <param name="uniforms">At least <see cref="UniformCount"/> numbers in [0, 1).</param>
    /// <param name="polarization">N spin expectation Π in its rest frame; |Π| ≤ 1.</param>
    /// <param name="daughter">Neutral daughter f, N rest frame.</param>
    /// <param name="leptonMinus">ℓ⁻, N rest frame.</param>
    /// <param name="leptonPlus">ℓ⁺, N rest frame.</param>
    /// <exception cref="ArgumentException">Fewer than <see cref="UniformCount"/> uniforms.</exception>
    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization,
        out FourMomentum daughter, out FourMomentum leptonMinus, out FourMomentum leptonPlus)
    {
        if (uniforms.Length < UniformCount)
            throw new ArgumentException($"uniforms has {uniforms.Length} numbers, {UniformCount} are needed", nameof(uniforms));
        double m = _me.ParentMass, m1 = _me.DaughterMass, ml = _me.LeptonMass;
        double q2, jacobianTimesPropagator;
        if (_onShellFactor > 0)
        {
            q2 = _me.MediatorMass * _me.MediatorMass;
            jacobianTimesPropagator = _onShellFactor;
        }
        else if (_mapped)
        {
            double y = _y0 + (_y1 - _y0) * uniforms[0];
            q2 = _me.MediatorMass * _me.MediatorMass - 1.0 / y;
            jacobianTimesPropagator = _y1 - _y0;
        }
        else
        {
            q2 = _me.MinQ2 + (_me.MaxQ2 - _me.MinQ2) * uniforms[0];
            jacobianTimesPropagator = (_me.MaxQ2 - _me.MinQ2) * _me.Propagator2(q2);
        }
        double p1 = Math.Sqrt(Math.Max(0, Kallen.Lambda(m * m, m1 * m1, q2))) / (2 * m);
        double rootQ2 = Math.Sqrt(q2);
        double p2Star = Math.Sqrt(Math.Max(0, 0.25 * q2 - ml * ml));
        var n1 = Directions.Isotropic(uniforms[1], uniforms[2]);
        var n2 = Directions.Isotropic(uniforms[3], uniforms[4]);
        double eq = Math.Sqrt(q2 + p1 * p1);
        daughter = new FourMomentum(Math.Sqrt(m1 * m1 + p1 * p1), -p1 * n1.X, -p1 * n1.Y, -p1 * n1.Z);
        var beta = (p1 / eq) * n1;
        // Both leptons are boosted by β: γ and (γ − 1)/β² once (the same arithmetic as FourMomentum.Boost, so the same bits).
        double b2 = beta.NormSquared;
        if (b2 == 0)
        {
            leptonMinus = new FourMomentum(0.5 * rootQ2, p2Star * n2.X, p2Star * n2.Y, p2Star * n2.Z);
            leptonPlus = new FourMomentum(0.5 * rootQ2, -p2Star * n2.X, -p2Star * n2.Y, -p2Star * n2.Z);
        }
        else
        {
            double gamma = 1.0 / Math.Sqrt(1.0 - b2);
            leptonMinus = Boost(new FourMomentum(0.5 * rootQ2, p2Star * n2.X, p2Star * n2.Y, p2Star * n2.Z), beta, b2, gamma);
            leptonPlus = Boost(new FourMomentum(0.5 * rootQ2, -p2Star * n2.X, -p2Star * n2.Y, -p2Star * n2.Z), beta, b2, gamma);
        }
        double phaseSpace = p1 * p2Star / (2 * m * 2 * Math.PI * 16 * Math.PI * Math.PI * m * rootQ2);
        return _me.Reduced(daughter, leptonMinus, leptonPlus, polarization) * jacobianTimesPropagator * phaseSpace;
    }

    /// <summary>
    /// Accept-reject on top of <see cref="Sample"/>: uses uniforms[0..4] for the kinematics and uniforms[5] to accept
    /// with probability w/<see cref="MaxWeight"/>. Accepted events are distributed as the differential width
    /// (exactly, as long as no weight exceeds <see cref="MaxWeight"/>).
    /// </summary>
    /// <returns>True if accepted (the outputs are an unweighted event).</returns>
    /// <exception cref="ArgumentException">Fewer than 6 uniforms.</exception>
    public bool SampleUnweighted(ReadOnlySpan<double> uniforms, ThreeVector polarization,
        out FourMomentum daughter, out FourMomentum leptonMinus, out FourMomentum leptonPlus)
    {
        if (uniforms.Length < UniformCount + 1)
            throw new ArgumentException($"uniforms has {uniforms.Length} numbers, {UniformCount + 1} are needed", nameof(uniforms));
        double w = Sample(uniforms, polarization, out daughter, out leptonMinus, out leptonPlus);
        return uniforms[UniformCount] * MaxWeight < w;
    }

    /// <summary><see cref="FourMomentum.Boost"/> with β² and γ given (β ≠ 0).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static FourMomentum Boost(in FourMomentum p, ThreeVector beta, double b2, double gamma)
    {
        double bp = beta.X * p.Px + beta.Y * p.Py + beta.Z * p.Pz;
        double coefficient = (gamma - 1.0) * bp / b2 + gamma * p.E;
        return new FourMomentum(gamma * (p.E + bp), p.Px + coefficient * beta.X, p.Py + coefficient * beta.Y, p.Pz + coefficient * beta.Z);
    }

    private double EstimateMaxWeight()
    {
        // Deterministic scan: a Halton-like low-discrepancy sequence over the 5 uniforms, N polarised along ±z.
        Span<double> u = stackalloc double[UniformCount];
        ReadOnlySpan<int> primes = [2, 3, 5, 7, 11];
        double max = 0;
        for (int i = 1; i <= 20000; i++)
        {
            for (int d = 0; d < UniformCount; d++) u[d] = RadicalInverse(i, primes[d]);
            max = Math.Max(max, Sample(u, ThreeVector.UnitZ, out _, out _, out _));
            max = Math.Max(max, Sample(u, -ThreeVector.UnitZ, out _, out _, out _));
        }
        return 1.2 * max;
    }

    private static double RadicalInverse(int index, int radix)
    {
        double inverse = 1.0 / radix, factor = inverse, result = 0;
        while (index > 0)
        {
            result += (index % radix) * factor;
            index /= radix;
            factor *= inverse;
        }
        return result;
    }

    private readonly struct Differential(ThreeBodyMatrixElement me) : IQ2Integrand
    {
        public double Evaluate(double q2GeV2) => me.DifferentialWidth(q2GeV2);
    }
}
