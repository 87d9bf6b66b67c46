namespace DarkSector.Physics.Models.DarkPhoton;

/// <summary>Which value of the electric charge e multiplies ε in the Z' coupling e·ε·J_EM.</summary>
public enum ChargeConvention
{
    /// <summary>Library default: e = √(4π α(0)) ≈ 0.30282, the Thomson-limit charge (physics.md §1), appropriate for Q² ≪ m_Z².</summary>
    ThomsonLimit,

    /// <summary>
    /// DarkNews (arXiv:2207.04137) convention: e = g·s_W with g = (8 G_F m_W²/√2)^{1/2}, m_W = 80.37912 GeV and the
    /// on-shell s_W² = 0.22343, e ≈ 0.30862. Rates scale with e², so it gives (0.30862/0.30282)² ≈ 1.0387 × the default.
    /// </summary>
    DarkNews,
}
