using DarkSector.Physics.Kinematics;

namespace DarkSector.Experiments.T2K.Analyses;

/// <summary>
/// Analysis I selection (T2K heavy-neutrino search in the gaseous TPCs, PRD 100 (2019) 052006, as used by
/// Argüelles-Foppiani-Hostert 2023): cuts on the e⁺e⁻ pair and the flat reconstruction efficiency.
/// </summary>
/// <remarks>
/// <para>Cuts, with p = p₊ + p₋ the pair four-momentum (GeV) and the beam along +z:
/// E_ee = E₊ + E₋ &gt; 0.150 GeV; m_ee &lt; 0.7 GeV; |t| = |(E_ee − p_z)² − p_T²| &lt; 0.03 GeV²;
/// cos∠(e⁺, e⁻) &gt; 0; cos∠(pair, beam) &gt; 0.99. Passing events are kept with the flat efficiency 10%
/// (experiments.md, T2K analysis I). The beam direction is the detector's +z axis (experiments.md frame); the 2.04°
/// off-axis angle of ND280 concerns the flux, not this frame.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class TpcEeCuts
{
    /// <summary>Minimum pair energy, GeV.</summary>
    public const double MinPairEnergyGeV = 0.150;

    /// <summary>Maximum pair invariant mass, GeV.</summary>
    public const double MaxPairMassGeV = 0.7;

    /// <summary>Maximum |t| = |(E_ee − p_z)² − p_T²|, GeV².</summary>
    public const double MaxAbsTGeV2 = 0.03;

    /// <summary>Minimum cosine of the e⁺e⁻ opening angle.</summary>
    public const double MinCosOpening = 0;

    /// <summary>Minimum cosine of the pair direction to the beam.</summary>
    public const double MinCosPairBeam = 0.99;

    /// <summary>Flat reconstruction efficiency after the cuts.</summary>
    public const double Efficiency = 0.10;

    /// <summary>|t| of the pair, GeV²: |(E − p_z)² − p_T²|.</summary>
    public static double AbsT(FourMomentum pair)
    {
        double eMinusPz = pair.E - pair.Pz;
        return Math.Abs(eMinusPz * eMinusPz - (pair.Px * pair.Px + pair.Py * pair.Py));
    }

    /// <summary>Whether the pair passes all kinematic cuts (no efficiency).</summary>
    /// <param name="ePlus">Positron four-momentum, GeV.</param>
    /// <param name="eMinus">Electron four-momentum, GeV.</param>
    public static bool Passes(FourMomentum ePlus, FourMomentum eMinus)
    {
        var pair = ePlus + eMinus;
        return pair.E > MinPairEnergyGeV
            && pair.Mass < MaxPairMassGeV
            && AbsT(pair) < MaxAbsTGeV2
            && ePlus.P3.CosAngleTo(eMinus.P3) > MinCosOpening
            && pair.P3.CosTheta > MinCosPairBeam;
    }

    /// <summary>Selection probability: 0 if a cut fails, otherwise <see cref="Efficiency"/>.</summary>
    public static double Weight(FourMomentum ePlus, FourMomentum eMinus) => Passes(ePlus, eMinus) ? Efficiency : 0.0;
}
