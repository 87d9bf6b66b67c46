using DarkSector.Physics.Kinematics;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>
/// Selection of the dipole-portal search in the TPCs (Liu-Kamp-Argüelles 2025): N → ν e⁺e⁻ decays with a pair
/// opening angle below 90° and the N within cos θ &gt; 0.992 of the beam, with the analysis-I efficiency.
/// </summary>
/// <remarks>Cuts: cos∠(e⁺, e⁻) &gt; cos 90° = 0; cos∠(N, beam) &gt; 0.992 (beam along +z); flat efficiency 10%
/// (same tagging efficiency as analysis I). Zero background, Poisson limit at 95% CL. Stateless; thread-safe.</remarks>
internal static class DipoleTpcCuts
{
    /// <summary>Minimum cosine of the pair opening angle (90°).</summary>
    public const double MinCosOpening = 0;

    /// <summary>Minimum cosine of the N direction to the beam.</summary>
    public const double MinCosParentBeam = 0.992;

    /// <summary>Flat efficiency (as analysis I).</summary>
    public const double Efficiency = TpcEeCuts.Efficiency;

    /// <summary>Whether the decay passes the cuts.</summary>
    /// <param name="ePlus">Positron four-momentum, GeV.</param>
    /// <param name="eMinus">Electron four-momentum, GeV.</param>
    /// <param name="parent">Four-momentum of the heavy neutral lepton, GeV.</param>
    public static bool Passes(FourMomentum ePlus, FourMomentum eMinus, FourMomentum parent) =>
        ePlus.P3.CosAngleTo(eMinus.P3) > MinCosOpening && parent.P3.CosTheta > MinCosParentBeam;
}
