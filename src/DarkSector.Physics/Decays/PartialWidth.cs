namespace DarkSector.Physics.Decays;

/// <summary>One decay channel and its partial width.</summary>
/// <param name="Name">Channel name as the CLI prints it, e.g. "nu_e_e", "nu_Zprime", "nu_gamma", "N4_e_e".</param>
/// <param name="WidthGeV">Partial width Γ in GeV; ≥ 0.</param>
public sealed record PartialWidth(string Name, double WidthGeV);
