namespace DarkSector.Sampling.Reweighting;

/// <summary>How <see cref="LocalLinearKernelReweighter"/> combines the mass points inside the kernel into the signal at the
/// query point.</summary>
public enum KernelRegression
{
    /// <summary>Local-linear regression (Fan &amp; Gijbels, <i>Local Polynomial Modelling and Its Applications</i>, 1996,
    /// §3.1): the weights reproduce any linear function of the mass coordinates exactly, so the bias is of second order in
    /// the bandwidth, at the box edges and for an uneven design too.</summary>
    LocalLinear,

    /// <summary>Local-linear in ln μ: each point's estimate is tilted to the query, Y_p exp(−β·x_p) with x_p = (u_p − ū)/h
    /// and β the local logarithmic slope per half-width, found by iterating β ← β + b̃/ã (ã, b̃ the local-linear level and
    /// slopes of the tilted Σ_b Y_p; at most 50 steps, until |Δβ| &lt; 10⁻¹², β clamped to ±5), and the tilted values are
    /// fitted local-linearly. A signal exponential in log m (a power law in m, like the steep fall of a decay-in-volume probability) is
    /// then reproduced exactly, and the remaining bias is second order in the deviation from it. The MC error treats β
    /// as fixed. What <c>scan --sample</c> and <c>closure</c> use.</summary>
    LogLinear,

    /// <summary>The Nadaraya–Watson local mean Σ_p K_p Y_p / Σ_p K_p (Nadaraya 1964, Watson 1964): first-order biased
    /// where the design inside the kernel is not symmetric about the query (box edges, random mass points). For
    /// comparison, and the fallback where the local-linear design is singular.</summary>
    LocalConstant,
}
