namespace DarkSector.Physics.Models.DarkPhoton;

/// <summary>
/// A model point of the dark-photon portal (physics.md §2.1): L ⊃ (m_Z'²/2) Z'Z' + Z'_μ (e ε J_EM^μ + g_D J_D^μ),
/// with one or more heavy neutral leptons N_4, N_5, … (Dirac or Majorana) and their Z' vertices.
/// </summary>
/// <remarks>
/// Units GeV. Immutable; every property is validated on <c>init</c> (also under <c>with</c>): m_Z' &gt; 0,
/// ε in (0, 1), α_D in (0, 4π], at least one HNL, HNL masses strictly ascending, and HNL j carrying at most j
/// transition vertices |V_jk|² (one per lighter HNL). Convenience constructors:
/// <see cref="SingleHnl"/> (one HNL with |V_μN|², |V_N|²) and <see cref="TwoHnls"/> (|V_μ4|, |V_μ5|, |V_45|).
/// Dirac/Majorana convention: partial widths of a Majorana N are twice the Dirac ones in the light-daughter limit
/// (both N → ν X and N → ν̄ X̄ open); upscattering ν_L → N is the same for both (see the decay and cross-section types).
/// Thread-safe.
/// </remarks>
public sealed record DarkPhotonModel
{
    /// <summary>The HNLs in ascending mass order (N_4 first); at least one.</summary>
    public required IReadOnlyList<HeavyNeutralLepton> Hnls
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = value.ToArray();
            if (copy.Length == 0) throw new ArgumentException($"{nameof(Hnls)} must hold at least one heavy neutral lepton", nameof(Hnls));
            for (int j = 0; j < copy.Length; j++)
            {
                ArgumentNullException.ThrowIfNull(copy[j], $"{nameof(Hnls)}[{j}]");
                if (j > 0 && !(copy[j].MassGeV > copy[j - 1].MassGeV))
                    throw new ArgumentException($"{nameof(Hnls)} masses must ascend: N{j + 4} mass {Check.Format(copy[j].MassGeV)} GeV is not above N{j + 3} mass {Check.Format(copy[j - 1].MassGeV)} GeV", nameof(Hnls));
                if (copy[j].TransitionVertices2.Count > j)
                    throw new ArgumentException($"N{j + 4} has {copy[j].TransitionVertices2.Count} transition vertices, but only {j} lighter HNLs exist", nameof(Hnls));
            }
            field = copy;
        }
    }

    /// <summary>Dark photon mass m_Z' in GeV; finite and &gt; 0.</summary>
    public required double ZPrimeMassGeV { get; init => field = Check.Positive(value, nameof(ZPrimeMassGeV)); }

    /// <summary>Kinetic mixing ε; in (0, 1).</summary>
    public required double Epsilon { get; init => field = Check.InOpenRange(value, 0, 1, nameof(Epsilon)); }

    /// <summary>Dark fine-structure constant α_D = g_D²/(4π); in (0, 4π].</summary>
    public required double AlphaDark
    {
        get;
        init
        {
            Check.Positive(value, nameof(AlphaDark));
            field = Check.InRange(value, 0, 4 * Math.PI, nameof(AlphaDark));
        }
    }

    /// <summary>α_D = g_D²/(4π) of a dark gauge coupling g_D (the definition of <see cref="AlphaDark"/>; physics.md §2.1).</summary>
    /// <param name="gaugeCoupling">g_D, finite and ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or negative.</exception>
    public static double AlphaDarkFromGaugeCoupling(double gaugeCoupling)
    {
        Check.NonNegative(gaugeCoupling, nameof(gaugeCoupling));
        return gaugeCoupling * gaugeCoupling / (4 * Math.PI);
    }

    /// <summary>True for Majorana HNLs, false for Dirac.</summary>
    public bool IsMajorana { get; init; }

    /// <summary>Which electric charge multiplies ε; <see cref="ChargeConvention.ThomsonLimit"/> by default.</summary>
    public ChargeConvention Charge
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Charge), value, $"{nameof(Charge)} = {value} is not a defined convention");
    }

    /// <summary>ε².</summary>
    public double Epsilon2 => Epsilon * Epsilon;

    /// <summary>g_D = √(4π α_D).</summary>
    public double DarkCoupling => Math.Sqrt(4 * Math.PI * AlphaDark);

    /// <summary>The electric charge e of the selected <see cref="Charge"/> convention.</summary>
    public double ElectricCharge => Charge == ChargeConvention.DarkNews ? PhysicalConstants.DarkNewsElementaryCharge : PhysicalConstants.ElementaryCharge;

    /// <summary>The effective fine-structure constant e²/(4π) of the selected convention.</summary>
    public double AlphaEm => ElectricCharge * ElectricCharge / (4 * Math.PI);

    /// <summary>One HNL N_4 produced from ν_μ with |V_μN|² and decaying with |V_N|² (the T2K/MicroBooNE "single" case).</summary>
    /// <param name="massGeV">m_N in GeV; &gt; 0.</param>
    /// <param name="zPrimeMassGeV">m_Z' in GeV; &gt; 0.</param>
    /// <param name="epsilon">ε in (0, 1).</param>
    /// <param name="alphaDark">α_D in (0, 4π].</param>
    /// <param name="vertexMu2">|V_μN|² in [0, 1].</param>
    /// <param name="decayVertex2">|V_N|² in [0, 1].</param>
    /// <param name="isMajorana">Majorana (true) or Dirac (false).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    public static DarkPhotonModel SingleHnl(double massGeV, double zPrimeMassGeV, double epsilon, double alphaDark,
        double vertexMu2, double decayVertex2, bool isMajorana = false) => new()
    {
        Hnls = [new HeavyNeutralLepton { MassGeV = massGeV, VertexMu2 = vertexMu2, DecayVertex2 = decayVertex2 }],
        ZPrimeMassGeV = zPrimeMassGeV,
        Epsilon = epsilon,
        AlphaDark = alphaDark,
        IsMajorana = isMajorana,
    };

    /// <summary>
    /// Two HNLs N_4 &lt; N_5 produced from ν_μ with |V_μ4|, |V_μ5| (moduli, not squares) and coupled to each other by
    /// |V_45| (the MicroBooNE "dual" case); the light-neutrino decay vertices are |V_N|² = |V_μN|².
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its range.</exception>
    /// <exception cref="ArgumentException">m_5 ≤ m_4.</exception>
    public static DarkPhotonModel TwoHnls(double mass4GeV, double mass5GeV, double zPrimeMassGeV, double epsilon, double alphaDark,
        double vertexMu4, double vertexMu5, double vertex45, bool isMajorana = false)
    {
        Check.InRange(vertexMu4, 0, 1);
        Check.InRange(vertexMu5, 0, 1);
        Check.InRange(vertex45, 0, 1);
        return new()
        {
            Hnls =
            [
                new HeavyNeutralLepton { MassGeV = mass4GeV, VertexMu2 = vertexMu4 * vertexMu4, DecayVertex2 = vertexMu4 * vertexMu4 },
                new HeavyNeutralLepton { MassGeV = mass5GeV, VertexMu2 = vertexMu5 * vertexMu5, DecayVertex2 = vertexMu5 * vertexMu5, TransitionVertices2 = [vertex45 * vertex45] },
            ],
            ZPrimeMassGeV = zPrimeMassGeV,
            Epsilon = epsilon,
            AlphaDark = alphaDark,
            IsMajorana = isMajorana,
        };
    }

    /// <summary>The HNL N_{index+4} (index 0 is N_4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such HNL.</exception>
    public HeavyNeutralLepton Hnl(int index)
    {
        if (index < 0 || index >= Hnls.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index = {index} is outside [0, {Hnls.Count - 1}] (the model has {Hnls.Count} HNLs)");
        return Hnls[index];
    }
}
