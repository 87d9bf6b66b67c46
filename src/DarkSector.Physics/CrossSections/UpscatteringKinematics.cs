using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.CrossSections;

/// <summary>
/// Kinematics of 2 → 2 upscattering of a massless neutrino on a target at rest, ν(E) + T(M) → N(m) + T(M):
/// threshold energy and the physical range of Q² = −t at a given neutrino energy.
/// </summary>
/// <remarks>
/// With s = M² + 2ME and CM momenta p1* = (s − M²)/(2√s), p3* = λ^{1/2}(s, m², M²)/(2√s):
/// Q²_{min,max} = (p1* ∓ p3*)² − m⁴/(4s) (PDG Kinematics, eq. 49.34 with m1 = 0, m2 = m4 = M).
/// p1* − p3* is evaluated as m²(2s + 2M² − m²)/(4s(p1* + p3*)), free of cancellation for m ≪ E.
/// Threshold: √s = m + M, i.e. E_th = m + m²/(2M). Immutable; thread-safe.
/// </remarks>
public readonly record struct UpscatteringKinematics
{
    /// <summary>Creates the kinematics for target mass <paramref name="targetMassGeV"/> and produced mass <paramref name="producedMassGeV"/>.</summary>
    /// <param name="targetMassGeV">M in GeV; &gt; 0.</param>
    /// <param name="producedMassGeV">m in GeV; ≥ 0.</param>
    public UpscatteringKinematics(double targetMassGeV, double producedMassGeV)
    {
        TargetMassGeV = Check.Positive(targetMassGeV);
        ProducedMassGeV = Check.NonNegative(producedMassGeV);
    }

    /// <summary>Target mass M in GeV.</summary>
    public double TargetMassGeV { get; }

    /// <summary>Mass m of the produced (heavy) lepton in GeV.</summary>
    public double ProducedMassGeV { get; }

    /// <summary>Threshold neutrino energy E_th = m + m²/(2M) in GeV.</summary>
    public double ThresholdEnergyGeV => ProducedMassGeV + ProducedMassGeV * ProducedMassGeV / (2 * TargetMassGeV);

    /// <summary>The physical Q² interval [Q²_min, Q²_max] in GeV² at neutrino energy <paramref name="energyGeV"/>; empty (Min = Max = 0) below threshold.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="energyGeV"/> not finite.</exception>
    public (double Min, double Max) Q2Range(double energyGeV)
    {
        if (!(Check.Finite(energyGeV) > ThresholdEnergyGeV)) return (0.0, 0.0);
        double bigM = TargetMassGeV, m = ProducedMassGeV, m2 = m * m;
        double s = bigM * bigM + 2 * bigM * energyGeV;
        double rootS = Math.Sqrt(s);
        double p1 = (s - bigM * bigM) / (2 * rootS);
        double p3 = Math.Sqrt(Math.Max(0.0, Kallen.Lambda(s, m2, bigM * bigM))) / (2 * rootS);
        double difference = m2 * (2 * s + 2 * bigM * bigM - m2) / (4 * s * (p1 + p3));
        double offset = m2 * m2 / (4 * s);
        double min = Math.Max(0.0, difference * difference - offset);
        double max = (p1 + p3) * (p1 + p3) - offset;
        return (min, max);
    }

    /// <summary>Recoil kinetic energy of the target T = Q²/(2M) in GeV.</summary>
    public double RecoilKineticEnergyGeV(double q2GeV2) => q2GeV2 / (2 * TargetMassGeV);
}
