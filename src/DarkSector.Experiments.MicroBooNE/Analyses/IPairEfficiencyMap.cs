namespace DarkSector.Experiments.MicroBooNE.Analyses;

/// <summary>Selection efficiency of an e⁺e⁻ pair as a function of its true energy and angle (replaceable).</summary>
public interface IPairEfficiencyMap
{
    /// <summary>The efficiency in [0, 1].</summary>
    /// <param name="pairEnergyGeV">E_e⁺ + E_e⁻ in GeV; ≥ 0.</param>
    /// <param name="pairAngleRad">Angle of the pair momentum to the beam in rad; in [0, π].</param>
    double Efficiency(double pairEnergyGeV, double pairAngleRad);
}
