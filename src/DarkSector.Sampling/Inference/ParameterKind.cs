namespace DarkSector.Sampling.Inference;

/// <summary>What a model parameter does to a simulation: a mass changes the kinematics (a new simulation, or a kernel in
/// a joint sample); a coupling changes only rates and the lifetime (exact reweighting of one simulation).</summary>
public enum ParameterKind
{
    /// <summary>Changes the kinematics (e.g. m_N, m_Z').</summary>
    Mass,

    /// <summary>Changes rates, branching ratios or the lifetime only (e.g. |V_μN|², ε, d_μN, c τ₀).</summary>
    Coupling,
}
