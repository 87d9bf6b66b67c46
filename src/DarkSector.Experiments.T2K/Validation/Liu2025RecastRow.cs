namespace DarkSector.Experiments.T2K.Validation;

/// <summary>One grid point and step of the Liu-Kamp-Argüelles 2025 recast (<see cref="Liu2025Recast.Rows"/>).</summary>
/// <param name="MassGeV">m_N, GeV.</param>
/// <param name="MuTrGeVm1">Their DarkNews μ_tr, GeV⁻¹.</param>
/// <param name="DGeVm1">d = μ_tr/2, GeV⁻¹.</param>
/// <param name="Step">The step id (<see cref="Liu2025Options.Steps"/>).</param>
/// <param name="Tpc">N → νγ decays in each of the three TPC fiducial boxes at their MC exposure (3.6e21 POT).</param>
/// <param name="Total">Their sum.</param>
/// <param name="Published">Their published counts per TPC when the point is on their grid, else null.</param>
/// <param name="PublishedTotal">Their sum, or null.</param>
/// <param name="EeFhc">The e⁺e⁻ signal at the 2019 FHC exposure (1.234e21 POT), which their limit compares with their threshold.</param>
public sealed record Liu2025RecastRow(double MassGeV, double MuTrGeVm1, double DGeVm1, string Step, IReadOnlyList<double> Tpc, double Total,
    IReadOnlyList<double>? Published, double? PublishedTotal, double EeFhc);
