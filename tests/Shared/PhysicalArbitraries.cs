using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Fluent;

namespace DarkSector.Tests;

/// <summary>An HNL (or dark-photon) mass in GeV, log-uniform in [1e-3, 1] (the MiniBooNE-excess range and below).</summary>
public readonly record struct Mass(double GeV);

/// <summary>A beam-neutrino energy in GeV, log-uniform in [0.05, 20] (BNB to DUNE).</summary>
public readonly record struct Energy(double GeV);

/// <summary>A dimensionless coupling (mixing², ε, α_D, or a dipole in GeV⁻¹), log-uniform in [1e-12, 1].</summary>
public readonly record struct Coupling(double Value);

/// <summary>A polar angle in radians, uniform in [0, π].</summary>
public readonly record struct Angle(double Radians);

/// <summary>A random-number seed, uniform in [0, 10⁶].</summary>
public readonly record struct Seed(int Value);

/// <summary>A boost velocity β with |β| uniform in [0, 0.99] and isotropic direction.</summary>
public readonly record struct Velocity(ThreeVector Beta);

/// <summary>
/// The FsCheck arbitraries for physical inputs, registered once per test project by <see cref="PropertySettingsAttribute"/>:
/// a <c>[Property]</c> method taking <see cref="Mass"/>, <see cref="Energy"/>, <see cref="Coupling"/>, <see cref="Angle"/>,
/// <see cref="Seed"/>, <see cref="Velocity"/> or <see cref="FourMomentum"/> parameters draws them from these ranges.
/// Shrinking moves scalars toward the lower edge of their range (on a log scale where the range is logarithmic).
/// </summary>
public static class PhysicalArbitraries
{
    /// <summary>Log-uniform in [low, high] with 1e-6 granularity in the exponent.</summary>
    public static Gen<double> LogUniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(i => low * Math.Pow(high / low, i / 1_000_000.0));

    /// <summary>Uniform in [low, high] with 1e-6 granularity.</summary>
    public static Gen<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(i => low + (high - low) * i / 1_000_000.0);

    /// <summary>Isotropic unit vectors.</summary>
    public static Gen<ThreeVector> UnitVectors =>
        from u1 in Uniform(0, 1) from u2 in Uniform(0, 1) select Directions.Isotropic(u1, u2);

    /// <summary>Shrinks x toward low: low itself, then the (geometric if logarithmic) midpoints.</summary>
    private static IEnumerable<double> Toward(double low, double x, bool logarithmic)
    {
        if (x <= low) yield break;
        yield return low;
        double mid = logarithmic ? Math.Sqrt(low * x) : 0.5 * (low + x);
        if (mid > low && mid < x) yield return mid;
    }

    /// <summary>HNL masses.</summary>
    public static Arbitrary<Mass> Masses() =>
        Arb.From(LogUniform(1e-3, 1).Select(m => new Mass(m)), m => Toward(1e-3, m.GeV, true).Select(v => new Mass(v)));

    /// <summary>Neutrino energies.</summary>
    public static Arbitrary<Energy> Energies() =>
        Arb.From(LogUniform(0.05, 20).Select(e => new Energy(e)), e => Toward(0.05, e.GeV, true).Select(v => new Energy(v)));

    /// <summary>Couplings.</summary>
    public static Arbitrary<Coupling> Couplings() =>
        Arb.From(LogUniform(1e-12, 1).Select(c => new Coupling(c)), c => Toward(1e-12, c.Value, true).Select(v => new Coupling(v)));

    /// <summary>Polar angles.</summary>
    public static Arbitrary<Angle> Angles() =>
        Arb.From(Uniform(0, Math.PI).Select(a => new Angle(a)), a => Toward(0, a.Radians, false).Select(v => new Angle(v)));

    /// <summary>Seeds.</summary>
    public static Arbitrary<Seed> Seeds() =>
        Arb.From(Gen.Choose(0, 1_000_000).Select(s => new Seed(s)), s => Toward(0, s.Value, false).Select(v => new Seed((int)v)));

    /// <summary>Boost velocities.</summary>
    public static Arbitrary<Velocity> Velocities() =>
        Arb.From(from b in Uniform(0, 0.99) from n in UnitVectors select new Velocity(b * n));

    /// <summary>On-shell four-momenta with mass in [0, 2] GeV and |p| up to 10 GeV, isotropic.</summary>
    public static Arbitrary<FourMomentum> Momenta() =>
        Arb.From(from m in Uniform(0, 2) from p in Uniform(0, 10) from n in UnitVectors select FourMomentum.FromMassAndMomentum(m, p * n));
}
