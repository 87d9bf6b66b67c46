namespace DarkSector.Physics.Models.DarkPhoton;

/// <summary>
/// One heavy neutral lepton N_j of a dark-photon model point: its mass, its Z' vertices in the mass basis and its
/// active mixing (physics.md §2.1).
/// </summary>
/// <remarks>
/// Vertices enter as squared magnitudes |V|² of the dark current J_D^μ = Σ_ij V_ij ν̄_i γ^μ ν_j (the coupling is
/// g_D V_ij). Production ν_α → N_j uses |V_αj|²; decays into a light neutrino use |V_N|² = Σ_{i light} |V_ij|²
/// (so |V_N|² ≥ |V_μN|² when the light states are the flavour states' mass partners); decays N_j → N_k use |V_jk|²
/// for each lighter HNL k. |U_αj|² is the active-heavy mixing that opens the SM Z and W channels.
/// Immutable; validated on every <c>init</c> (also under <c>with</c>): every |V|², |U|² in [0, 1], the mass &gt; 0.
/// </remarks>
public sealed record HeavyNeutralLepton
{
    /// <summary>Mass m_N in GeV; finite and &gt; 0.</summary>
    public required double MassGeV { get; init => field = Check.Positive(value, nameof(MassGeV)); }

    /// <summary>|V_eN|², the Z' vertex with ν_e (production from ν_e); in [0, 1].</summary>
    public double VertexE2 { get; init => field = Check.InRange(value, 0, 1, nameof(VertexE2)); }

    /// <summary>|V_μN|², the Z' vertex with ν_μ (production from ν_μ); in [0, 1].</summary>
    public double VertexMu2 { get; init => field = Check.InRange(value, 0, 1, nameof(VertexMu2)); }

    /// <summary>|V_τN|², the Z' vertex with ν_τ (production from ν_τ); in [0, 1].</summary>
    public double VertexTau2 { get; init => field = Check.InRange(value, 0, 1, nameof(VertexTau2)); }

    /// <summary>|V_N|² = Σ_{i light} |V_iN|², the decay vertex into a light neutrino; in [0, 1].</summary>
    public double DecayVertex2 { get; init => field = Check.InRange(value, 0, 1, nameof(DecayVertex2)); }

    /// <summary>|U_eN|², active mixing with ν_e (SM Z/W channels); in [0, 1].</summary>
    public double MixingE2 { get; init => field = Check.InRange(value, 0, 1, nameof(MixingE2)); }

    /// <summary>|U_μN|², active mixing with ν_μ (SM Z/W channels); in [0, 1].</summary>
    public double MixingMu2 { get; init => field = Check.InRange(value, 0, 1, nameof(MixingMu2)); }

    /// <summary>|U_τN|², active mixing with ν_τ (SM Z/W channels); in [0, 1].</summary>
    public double MixingTau2 { get; init => field = Check.InRange(value, 0, 1, nameof(MixingTau2)); }

    /// <summary>|V_jk|² with each lighter HNL k = 0 … j−1 of the model (in mass order); each in [0, 1]. Empty by default.</summary>
    public IReadOnlyList<double> TransitionVertices2
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = value.ToArray();
            for (int i = 0; i < copy.Length; i++) Check.InRange(copy[i], 0, 1, $"{nameof(TransitionVertices2)}[{i}]");
            field = copy;
        }
    } = [];

    /// <summary>|V_αN|² for flavour <paramref name="flavor"/>.</summary>
    public double Vertex2(LeptonFlavour flavor) => flavor switch
    {
        LeptonFlavour.Electron => VertexE2,
        LeptonFlavour.Muon => VertexMu2,
        _ => VertexTau2,
    };

    /// <summary>|U_αN|² for flavour <paramref name="flavor"/>.</summary>
    public double Mixing2(LeptonFlavour flavor) => flavor switch
    {
        LeptonFlavour.Electron => MixingE2,
        LeptonFlavour.Muon => MixingMu2,
        _ => MixingTau2,
    };
}
