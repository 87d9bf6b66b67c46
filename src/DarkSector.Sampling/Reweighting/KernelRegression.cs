namespace DarkSector.Sampling.Reweighting;

/// <summary>How <see cref="LocalLinearKernelReweighter"/> combines the mass points inside the kernel into the signal at the
/// query point.</summary>
public enum KernelRegression
{
    /// <summary>Local-linear regression (Fan &amp; Gijbels, <i>Local Polynomial Modelling and Its Applications</i>, 1996,
    /// §3.1): the weights reproduce any linear function of the mass coordinates exactly, so the bias is of second order in
    /// the bandwidth, at the box edges and for an uneven design too. The default.</summary>
    LocalLinear,

    /// <summary>The Nadaraya–Watson local mean Σ_p K_p Y_p / Σ_p K_p (Nadaraya 1964, Watson 1964): first-order biased
    /// where the design inside the kernel is not symmetric about the query (box edges, random mass points). For
    /// comparison, and the fallback where the local-linear design is singular.</summary>
    LocalConstant,
}
