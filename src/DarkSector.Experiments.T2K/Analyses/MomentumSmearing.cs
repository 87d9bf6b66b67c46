using DarkSector.Physics.Kinematics;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>Gaussian smearing of a track's momentum magnitude and direction (analysis II reconstruction).</summary>
/// <remarks>
/// <para>|p| → |p|(1 + σ_p ξ₁) and the direction tilted by independent Gaussian
/// deflections σ_θ ξ₂, σ_θ ξ₃ along two axes perpendicular to p (small-angle approximation), with ξ standard normals;
/// the energy follows from the mass. Resolutions (an assumption, documented): σ_p/p = 8% and σ_θ = 2° = 0.0349 rad,
/// representative of electron tracks in the ND280 TPCs (momentum resolution better than 10% at 1 GeV/c, Abgrall et al.,
/// NIM A 637 (2011) 25); the seed paper does not state its values.</para>
/// <para>Stateless; randomness only from the caller's generator.</para>
/// </remarks>
internal static class MomentumSmearing
{
    /// <summary>Fractional momentum resolution.</summary>
    public const double FractionalMomentumResolution = 0.08;

    /// <summary>Angular resolution per transverse axis, rad (2°).</summary>
    public const double AngularResolutionRad = 2.0 * Math.PI / 180.0;

    /// <summary>The smeared four-momentum of a particle of mass <paramref name="massGeV"/>, given three standard normal deviates.</summary>
    public static FourMomentum Smear(FourMomentum p, double massGeV, double xi1, double xi2, double xi3)
    {
        double magnitude = p.P;
        if (!(magnitude > 0)) return p;
        var u = p.P3 / magnitude;
        // two unit vectors perpendicular to u
        var helper = Math.Abs(u.Z) < 0.9 ? ThreeVector.UnitZ : new ThreeVector(1, 0, 0);
        var a = u.Cross(helper).Unit();
        var b = u.Cross(a);
        var direction = (u + AngularResolutionRad * xi2 * a + AngularResolutionRad * xi3 * b).Unit();
        double smeared = Math.Abs(magnitude * (1 + FractionalMomentumResolution * xi1));
        return FourMomentum.FromMassAndMomentum(massGeV, smeared * direction);
    }
}
