using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;

namespace DarkSector.Sampling.Tests.Generation;

/// <summary>Toy dσ/dQ² = c·exp(−Q²/Λ²) on the physical range: σ(E) = c Λ² [exp(−Q²_min/Λ²) − exp(−Q²_max/Λ²)].</summary>
internal sealed class ToyCrossSection(double targetMassGeV, double hnlMassGeV, double c, double lambda2) : IUpscatteringCrossSection
{
    public string Process => "toy";

    public UpscatteringKinematics Kinematics { get; } = new(targetMassGeV, hnlMassGeV);

    public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2)
    {
        var (min, max) = Kinematics.Q2Range(energyGeV);
        return q2GeV2 >= min && q2GeV2 <= max && max > min ? c * Math.Exp(-q2GeV2 / lambda2) : 0.0;
    }

    public double TotalCm2(double energyGeV)
    {
        var (min, max) = Kinematics.Q2Range(energyGeV);
        return max > min ? c * lambda2 * (Math.Exp(-min / lambda2) - Math.Exp(-max / lambda2)) : 0.0;
    }
}

/// <summary>Toy N → ν γ (massless) with dΓ/dΩ* ∝ 1 + a Π·n̂_γ: weight 1 + a Π·n̂_γ for isotropic n̂_γ has unit mean.</summary>
internal sealed class ToyPhotonDecay(double hnlMassGeV, double asymmetry, string name = "nu_gamma") : IHnlDecaySampler
{
    public DecayChannelInfo Channel { get; } = new(name, [14, 22]);

    public int UniformCount => 2;

    public double Sample(ReadOnlySpan<double> uniforms, ThreeVector polarization, Span<FourMomentum> products)
    {
        var n = Directions.Isotropic(uniforms[0], uniforms[1]);
        double half = hnlMassGeV / 2;
        products[0] = new FourMomentum(half, -half * n.X, -half * n.Y, -half * n.Z);
        products[1] = new FourMomentum(half, half * n.X, half * n.Y, half * n.Z);
        return 1 + asymmetry * polarization.Dot(n);
    }
}
