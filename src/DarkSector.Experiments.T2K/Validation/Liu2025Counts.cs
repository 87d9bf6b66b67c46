namespace DarkSector.Experiments.T2K.Validation;

/// <summary>The result of <see cref="Liu2025Pipeline.Counts"/>.</summary>
/// <param name="PhotonCountsPerTpc">Expected N → νγ decays passing the cuts, × efficiency, in TPC1, TPC2, TPC3.</param>
/// <param name="PairBranchingRatio">BR(N → ν e⁺e⁻) of the options (theirs or DarkSector's).</param>
/// <param name="Efficiency">The efficiency applied.</param>
/// <param name="Ctau0Cm">c τ₀ of N in cm (total width of the options' normalisation).</param>
public sealed record Liu2025Counts(IReadOnlyList<double> PhotonCountsPerTpc, double PairBranchingRatio, double Efficiency, double Ctau0Cm)
{
    /// <summary>Sum over the three TPCs.</summary>
    public double PhotonTotal => PhotonCountsPerTpc.Sum();

    /// <summary>e⁺e⁻ events: <see cref="PhotonTotal"/> × <see cref="PairBranchingRatio"/>.</summary>
    public double PairTotal => PhotonTotal * PairBranchingRatio;
}
