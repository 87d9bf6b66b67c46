using DarkSector.Physics.Kinematics;
using FsCheck;
using FsCheck.Fluent;

namespace DarkSector.Physics.Tests.Kinematics;

/// <summary>FsCheck generators for kinematic property tests.</summary>
internal static class KinematicsArbitraries
{
    /// <summary>A double uniform in [low, high] with 1e-6 granularity.</summary>
    public static Gen<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(i => low + (high - low) * i / 1_000_000.0);

    /// <summary>Isotropic unit vectors.</summary>
    public static Gen<ThreeVector> UnitVectors =>
        from u1 in Uniform(0, 1) from u2 in Uniform(0, 1) select Directions.Isotropic(u1, u2);

    /// <summary>On-shell momenta with mass in [0, 2] GeV and |p| up to 10 GeV.</summary>
    public static Gen<FourMomentum> Momenta =>
        from m in Uniform(0, 2) from p in Uniform(0, 10) from n in UnitVectors
        select FourMomentum.FromMassAndMomentum(m, p * n);

    /// <summary>Boost velocities with |β| up to 0.99.</summary>
    public static Gen<ThreeVector> Velocities =>
        from b in Uniform(0, 0.99) from n in UnitVectors select b * n;
}
