using DarkSector.Physics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Inference;
using DarkSector.Sampling.Simulation;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Inference;

public sealed class VisibleBranchingRatioTests
{
    // A Dirac HNL of 100 MeV with an on-shell 30 MeV Z' and active mixing |U_μN|² = 1e-2: the open channels are
    // N → ν Z' (Z' → e⁺e⁻ only: Z' → μμ and Z' → ν N are closed), the SM N → ν e⁺e⁻ and N → ν ν ν̄ (N → ν μμ is closed).
    private static DarkPhotonModel Mixed(double decayVertex2) => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 1e-6, DecayVertex2 = decayVertex2, MixingMu2 = 1e-2 }],
        ZPrimeMassGeV = 0.03,
        Epsilon = 1e-3,
        AlphaDark = 0.4,
    };

    [Fact] // closed form: BR_vis = [Γ(ν Z') BR(Z' → ee) + Γ_SM(ν ee)] / [Γ(ν Z') + Γ_SM(ν ee) + Γ(ν ν ν̄)], BR(Z' → ee) = 1 here,
           // Γ(ν Z') = α_D |V_N|² m³/(4 m_Z'²)(1 − r)²(1/2 + r), r = m_Z'²/m² (physics.md §2.1), Γ_SM(ν_μ ee) = G_F² m⁵ |U_μ|²
           // (g_L² + g_R²)/(192π³) with g_L = −1/2 + s_W², g_R = s_W² (no W for α = μ ≠ e; Bondarenko et al. 2018, eq. 3.6) and
           // Γ(ν ν ν̄) = G_F² m⁵ |U_μ|²/(192π³) (eq. 3.5). The closed forms drop m_e: the SM ee width's leading correction is
           // −8 (m_e/m)² ≈ −2e-4 of it, so 1e-3 relative. |V_N|² = 1e-20 makes the Z' and SM parts comparable, so both count.
    public void OnShellZPrime_WithActiveMixing_CountsTheStandardModelPairs()
    {
        double m = 0.1, mz = 0.03, vn = 1e-20, u2 = 1e-2, r = mz * mz / (m * m);
        double zPrime = 0.4 * vn * m * m * m / (4 * mz * mz) * (1 - r) * (1 - r) * (0.5 + r);
        double fermi = PhysicalConstants.FermiConstantGeVm2 * PhysicalConstants.FermiConstantGeVm2 * Math.Pow(m, 5) * u2 / (192 * Math.Pow(Math.PI, 3));
        double sw2 = PhysicalConstants.SinThetaW2;
        double pairs = fermi * ((-0.5 + sw2) * (-0.5 + sw2) + sw2 * sw2);
        double expected = (zPrime + pairs) / (zPrime + pairs + fermi);
        double br = VisibleBranchingRatio.DarkPhotonElectronPair(Mixed(vn));
        Assert.Equal(1.0, br / expected, 3);
        Assert.True(pairs / (zPrime + pairs) > 0.1, "the SM pairs are a sizeable part of the visible decays at this point");
        Assert.Equal(pairs / (zPrime + pairs + fermi), VisibleBranchingRatio.StandardModelShare(Mixed(vn))!.Value, 3);
        Assert.Equal(br, new DarkPhotonSignal(Mixed(vn)).VisibleBranchingRatio);   // the signal uses this definition
    }

    [Fact] // off shell (the heavy benchmark, m_Z' = 1.25 GeV > m_N): the three-body channel holds the Z' and the SM parts, so
           // BR_vis is BR("nu_e_e") of the decay table; without mixing it is the whole Z' share
    public void OffShellZPrime_IsTheThreeBodyBranchingRatio()
    {
        var model = DarkPhotonModel.SingleHnl(0.1, 1.25, Math.Sqrt(4.6e-4), 0.4, vertexMu2: 2.2e-7, decayVertex2: 1);
        Assert.Equal(DarkPhotonDecays.Hnl(model).BranchingRatio("nu_e_e"), VisibleBranchingRatio.DarkPhotonElectronPair(model), 14);
        Assert.Null(VisibleBranchingRatio.StandardModelShare(model));
    }

    [Property(MaxTest = 30)] // a probability, and adding active mixing never lowers BR_vis below the SM-free Z' share times the width ratio
           // Γ_tot(U = 0)/Γ_tot(U): the Z' part is unchanged, only the SM widths are added
    public Property IsAProbability_AndMixingOnlyAddsWidth() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 7)), Arb.From(Gen.Choose(0, 4)), (a, b) =>
    {
        double vn = Math.Pow(10, -22 + a), u2 = Math.Pow(10, -6 + b);
        var without = Mixed(vn) with { Hnls = [Mixed(vn).Hnls[0] with { MixingMu2 = 0 }] };
        var with = Mixed(vn) with { Hnls = [Mixed(vn).Hnls[0] with { MixingMu2 = u2 }] };
        double brWithout = VisibleBranchingRatio.DarkPhotonElectronPair(without), brWith = VisibleBranchingRatio.DarkPhotonElectronPair(with);
        double widthRatio = DarkPhotonDecays.Hnl(without).TotalWidthGeV / DarkPhotonDecays.Hnl(with).TotalWidthGeV;
        return brWith is >= 0 and <= 1 && brWithout is >= 0 and <= 1 && brWith >= brWithout * widthRatio * (1 - 1e-12);
    });
}
