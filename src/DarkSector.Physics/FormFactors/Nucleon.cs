namespace DarkSector.Physics.FormFactors;

/// <summary>A free nucleon, for the nucleon form factors.</summary>
public enum Nucleon
{
    /// <summary>The proton.</summary>
    Proton,

    /// <summary>The neutron.</summary>
    Neutron,
}
