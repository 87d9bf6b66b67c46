namespace DarkSector.Physics.FormFactors;

/// <summary>Parametrisation of the neutron electric Sachs form factor G_E^n.</summary>
public enum NeutronElectricModel
{
    /// <summary>G_E^n = −μ_n τ G_D/(1 + 5.6 τ) (S. Galster et al., Nucl. Phys. B 32, 221 (1971)).</summary>
    Galster,

    /// <summary>G_E^n = 0 (the pure dipole model of physics.md §3).</summary>
    Zero,
}
