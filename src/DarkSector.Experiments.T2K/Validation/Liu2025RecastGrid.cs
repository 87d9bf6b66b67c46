namespace DarkSector.Experiments.T2K.Validation;

/// <summary>The 2019 FHC e⁺e⁻ signal on their 10 × 10 grid (row-major, mass fastest): from their published counts, from
/// the pipeline with their flaw (asis) and with every correction (darksector) (<see cref="Liu2025Recast.Grid"/>).</summary>
/// <param name="MassesGeV">m = geomspace(0.01, 2, 10) GeV.</param>
/// <param name="DGeVm1">d = μ_tr/2 for μ_tr = geomspace(1e-7, 1e-5, 10) GeV⁻¹.</param>
/// <param name="Published">From their published counts × their pair BR.</param>
/// <param name="AsIs">The pipeline as they ran it.</param>
/// <param name="Corrected">The pipeline with every correction.</param>
public sealed record Liu2025RecastGrid(IReadOnlyList<double> MassesGeV, IReadOnlyList<double> DGeVm1, IReadOnlyList<double> Published,
    IReadOnlyList<double> AsIs, IReadOnlyList<double> Corrected);
