using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DarkSector.Physics.Tests.Invariants;

/// <summary>
/// Exact coupling powers at fixed masses (1e-12 relative: only the rounding of the prefactor) and the CP relations that
/// hold: the dipole portal's σ and Γ ∝ d² (physics.md §2.2); Γ(Majorana N → ν γ + ν̄ γ) = 2 Γ(Dirac N → ν γ) (the CP
/// conjugate channel at equal rate); the dark photon's Γ(Z' → ℓℓ) ∝ ε², Γ(N → ν Z') ∝ α_D |V_N|² (physics.md §2.1);
/// and Dirac and Majorana N upscatter identically (a massless ν_L couples only to P_L N).
/// </summary>
public class CouplingScalingTests
{
    private static readonly Nucleus Carbon = Nuclei.Get("C12");

    private static bool Ratio(double value, double reference, double expected) => Math.Abs(value / reference / expected - 1) <= 1e-12;

    [Property] // σ_coherent(d) / σ_coherent(d0) = (d/d0)² at random m_N, E, Q²
    public Property DipoleCrossSection_ScalesAsDipoleSquared(Mass mass, Energy energy, Coupling d, Angle where)
    {
        var reference = new DipoleParameters { MassGeV = mass.GeV, DMuonGeVm1 = 1e-6 };
        var a = DipoleUpscattering.Coherent(reference, LeptonFlavour.Muon, Carbon);
        var b = DipoleUpscattering.Coherent(reference with { DMuonGeVm1 = d.Value }, LeptonFlavour.Muon, Carbon);
        double e = Math.Max(energy.GeV, 1.5 * a.Kinematics.ThresholdEnergyGeV);
        var (lo, hi) = a.Kinematics.Q2Range(e);
        double q2 = lo + (hi - lo) * where.Radians / Math.PI;
        double sa = a.DifferentialCm2PerGeV2(e, q2);
        return (sa == 0 || Ratio(b.DifferentialCm2PerGeV2(e, q2), sa, d.Value * d.Value / 1e-12)).ToProperty();
    }

    [Property] // Γ(N → νγ) = κ_M d² m³/(4π): ∝ d² exactly; Majorana = 2 × Dirac (CP-conjugate ν̄γ channel); Γ(N → ν ℓℓ) ∝ d²
    public Property DipoleWidths_ScaleAsDipoleSquared_AndMajoranaDoubles(Mass mass, Coupling d)
    {
        var dirac = new DipoleParameters { MassGeV = mass.GeV, DMuonGeVm1 = 1e-6 };
        var scaled = dirac with { DMuonGeVm1 = d.Value };
        double g0 = DipoleDecays.PhotonWidthGeV(dirac);
        double ee0 = DipoleDecays.DileptonWidthGeV(dirac, PhysicalConstants.ElectronMassGeV);
        return (Ratio(DipoleDecays.PhotonWidthGeV(scaled), g0, d.Value * d.Value / 1e-12)
                && Ratio(DipoleDecays.PhotonWidthGeV(dirac with { IsMajorana = true }), g0, 2)
                && Math.Abs(g0 - mass.GeV * mass.GeV * mass.GeV * 1e-12 / (4 * Math.PI)) <= 1e-12 * g0
                && (ee0 == 0 || Ratio(DipoleDecays.DileptonWidthGeV(scaled, PhysicalConstants.ElectronMassGeV), ee0, d.Value * d.Value / 1e-12)))
            .ToProperty();
    }

    [Property] // Γ(Z' → e e) ∝ ε²; Γ(N → ν Z') ∝ α_D |V_N|² (light Z', m_Z' < m_N)
    public Property DarkPhotonWidths_ScaleWithCouplings(Mass zPrime, Coupling epsilon2, Coupling alphaD, Coupling vertex)
    {
        double eps = Math.Sqrt(Math.Min(epsilon2.Value, 0.25)), alpha = Math.Min(alphaD.Value, 1);
        var reference = DarkPhotonModel.SingleHnl(1.5, zPrime.GeV, 0.01, 0.25, 1e-6, 1e-6);
        var scaled = DarkPhotonModel.SingleHnl(1.5, zPrime.GeV, eps, alpha, 1e-6, vertex.Value);
        double zee0 = DarkPhotonDecays.ZPrime(reference).Width("e_e"), nz0 = DarkPhotonDecays.Hnl(reference).Width("nu_Zprime");
        return ((zee0 == 0 || Ratio(DarkPhotonDecays.ZPrime(scaled).Width("e_e"), zee0, eps * eps / 1e-4))
                && Ratio(DarkPhotonDecays.Hnl(scaled).Width("nu_Zprime"), nz0, alpha / 0.25 * vertex.Value / 1e-6))
            .Label($"Z'ee {DarkPhotonDecays.ZPrime(scaled).Width("e_e") / zee0} vs {eps * eps / 1e-4}; nuZ' {DarkPhotonDecays.Hnl(scaled).Width("nu_Zprime") / nz0} vs {alpha / 0.25 * vertex.Value / 1e-6}");
    }

    [Property] // dark-photon upscattering: Dirac and Majorana N give identical dσ/dQ² (exactly)
    public Property DarkPhotonUpscattering_IsTheSameForDiracAndMajorana(Mass mass, Energy energy, Angle where)
    {
        var dirac = DarkPhotonModel.SingleHnl(mass.GeV, 1.25, 0.01, 0.3, 1e-6, 1.0);
        var a = DarkPhotonUpscattering.Coherent(dirac, Carbon);
        var b = DarkPhotonUpscattering.Coherent(dirac with { IsMajorana = true }, Carbon);
        double e = Math.Max(energy.GeV, 1.5 * a.Kinematics.ThresholdEnergyGeV);
        var (lo, hi) = a.Kinematics.Q2Range(e);
        double q2 = lo + (hi - lo) * where.Radians / Math.PI;
        return (a.DifferentialCm2PerGeV2(e, q2) == b.DifferentialCm2PerGeV2(e, q2)).ToProperty();
    }
}
