namespace DarkSector.Sampling.Reweighting;

/// <summary>How <see cref="LocalLinearKernelReweighter"/> combines the mass points inside the kernel into the signal at the
/// query point.</summary>
public enum KernelRegression
{
    /// <summary>Local-linear regression (Fan &amp; Gijbels, <i>Local Polynomial Modelling and Its Applications</i>, 1996,
    /// §3.1): the weights reproduce any linear function of the mass coordinates exactly, so the bias is of second order in
    /// the bandwidth, at the box edges and for an uneven design too.</summary>
    LocalLinear,

    /// <summary>Local-linear in ln μ: the local-linear fit first gives the level a and slopes b_k (per half-width) of
    /// Σ_b Y_p; each point's estimate is then tilted to the query, Y_p exp(−β·x_p) with β = b/a (the local logarithmic
    /// slope, clamped to ±5 per half-width) and x_p = (u_p − ū)/h, and the tilted values are fitted local-linearly
    /// again. A signal exponential in log m (a power law in m, like the steep fall of a decay-in-volume probability) is
    /// then reproduced exactly, and the remaining bias is second order in the deviation from it. The MC error treats β
    /// as fixed. What <c>scan --sample</c> and <c>closure</c> use.</summary>
    LogLinear,

    /// <summary>The Nadaraya–Watson local mean Σ_p K_p Y_p / Σ_p K_p (Nadaraya 1964, Watson 1964): first-order biased
    /// where the design inside the kernel is not symmetric about the query (box edges, random mass points). For
    /// comparison, and the fallback where the local-linear design is singular.</summary>
    LocalConstant,
}
