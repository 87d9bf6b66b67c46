namespace DarkSector.Sampling.Reweighting.Kernels;

/// <summary>How a d-dimensional kernel is built from the per-axis scaled distances u_k = d_k / h_k.</summary>
public enum KernelForm
{
    /// <summary>Product of 1-D kernels, Π_k K₁(u_k): support a box for Epanechnikov (the seed paper's "uncorrelated" kernel).</summary>
    Product,

    /// <summary>Radial kernel K(|u|) in the scaled distance: support an ellipsoid for Epanechnikov. Identical to
    /// <see cref="Product"/> for the Gaussian.</summary>
    Spherical,
}
