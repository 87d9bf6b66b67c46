namespace DarkSector.Physics.Kinematics;

/// <summary>Four-momentum (E, px, py, pz) in GeV with metric (+, −, −, −).</summary>
/// <remarks>Immutable value type; thread-safe. Beam along +z (physics.md §4).</remarks>
public readonly record struct FourMomentum(double E, double Px, double Py, double Pz)
{
    /// <summary>Creates a four-momentum from energy and three-momentum.</summary>
    public FourMomentum(double e, ThreeVector p) : this(e, p.X, p.Y, p.Z) { }

    /// <summary>A particle of mass <paramref name="massGeV"/> at rest.</summary>
    public static FourMomentum AtRest(double massGeV) => new(massGeV, 0, 0, 0);

    /// <summary>The on-shell four-momentum of mass <paramref name="massGeV"/> and three-momentum <paramref name="p"/>.</summary>
    public static FourMomentum FromMassAndMomentum(double massGeV, ThreeVector p) =>
        new(Math.Sqrt(massGeV * massGeV + p.NormSquared), p);

    /// <summary>The three-momentum in GeV.</summary>
    public ThreeVector P3 => new(Px, Py, Pz);

    /// <summary>|p|² in GeV².</summary>
    public double PSquared => Px * Px + Py * Py + Pz * Pz;

    /// <summary>|p| in GeV.</summary>
    public double P => Math.Sqrt(PSquared);

    /// <summary>Transverse momentum to the beam axis in GeV.</summary>
    public double Pt => Math.Sqrt(Px * Px + Py * Py);

    /// <summary>Invariant mass squared E² − |p|² in GeV² (may be slightly negative by rounding).</summary>
    public double MassSquared => E * E - PSquared;

    /// <summary>Invariant mass √max(0, m²) in GeV.</summary>
    public double Mass => Math.Sqrt(Math.Max(0.0, MassSquared));

    /// <summary>Velocity vector p/E (units of c).</summary>
    public ThreeVector Beta => P3 / E;

    /// <summary>Lorentz factor E/m; infinite for a massless particle.</summary>
    public double Gamma => E / Mass;

    /// <summary>βγ = |p|/m, the factor that turns c·τ0 into the mean lab decay length (physics.md §4).</summary>
    public double BetaGamma => P / Mass;

    /// <summary>Minkowski product a·b = E_a E_b − p_a·p_b.</summary>
    public double Dot(FourMomentum other) => E * other.E - (Px * other.Px + Py * other.Py + Pz * other.Pz);

    /// <summary>
    /// The same momentum seen in a frame moving with velocity −<paramref name="beta"/>, i.e. boosted by
    /// <paramref name="beta"/> (|β| &lt; 1): a particle at rest acquires velocity β.
    /// </summary>
    /// <remarks>General pure boost: p' = p + [(γ−1)(β·p)/β² + γE] β, E' = γ(E + β·p) (Jackson eq. 11.19).</remarks>
    public FourMomentum Boost(ThreeVector beta)
    {
        double b2 = beta.NormSquared;
        if (b2 == 0) return this;
        double gamma = 1.0 / Math.Sqrt(1.0 - b2);
        double bp = beta.X * Px + beta.Y * Py + beta.Z * Pz;
        double coefficient = (gamma - 1.0) * bp / b2 + gamma * E;
        return new FourMomentum(gamma * (E + bp), Px + coefficient * beta.X, Py + coefficient * beta.Y, Pz + coefficient * beta.Z);
    }

    /// <summary>Sum.</summary>
    public static FourMomentum operator +(FourMomentum a, FourMomentum b) => new(a.E + b.E, a.Px + b.Px, a.Py + b.Py, a.Pz + b.Pz);

    /// <summary>Difference.</summary>
    public static FourMomentum operator -(FourMomentum a, FourMomentum b) => new(a.E - b.E, a.Px - b.Px, a.Py - b.Py, a.Pz - b.Pz);

    /// <summary>Negation of all four components.</summary>
    public static FourMomentum operator -(FourMomentum a) => new(-a.E, -a.Px, -a.Py, -a.Pz);

    /// <summary>Scaling of all four components.</summary>
    public static FourMomentum operator *(double s, FourMomentum a) => new(s * a.E, s * a.Px, s * a.Py, s * a.Pz);
}
