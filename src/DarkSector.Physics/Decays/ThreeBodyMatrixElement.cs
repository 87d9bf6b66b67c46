using DarkSector.Physics.Kinematics;

namespace DarkSector.Physics.Decays;

/// <summary>
/// Spin-resolved |M|² of a fermion decay N(P, spin s) → f(k1) ℓ⁻(p2) ℓ⁺(p3) through a vector mediator of mass M_V
/// (or a contact interaction) coupling with chirality <see cref="Heavy"/> to the N–f line and <see cref="Lepton"/>
/// to the lepton pair. Model independent: the dark-photon, SM Z/W (Fierzed) and dark-seesaw channels are instances.
/// </summary>
/// <remarks>
/// <para>Amplitude M = C · [ū_f γ^μ (c_L P_L + c_R P_R) u_N] · D(q²) · [ū_ℓ γ_μ (g_L P_L + g_R P_R) v_ℓ], q = p2 + p3,
/// D = 1/(q² − M_V²) (or 1 for a contact interaction, whose 1/M² is inside C). The q^μq^ν/M_V² part of the
/// propagator is dropped: it vanishes for a vector lepton current and is O(m_ℓ m_N/M_V²) otherwise.</para>
/// <para>Derived here from the traces with the spin projector u ū = (P̸ + m)(1 + γ5 s̸)/2 (s = (0, Π) in the N rest
/// frame, |Π| ≤ 1 for a partially polarised N): with P_∓ = (P ∓ m s)/2,
/// |M|² = 16 C² D² { c_L² [g_L²(k1·p2)(P₋·p3) + g_R²(k1·p3)(P₋·p2) + g_L g_R m_ℓ²(k1·P₋)]
///                  + c_R² [g_R²(k1·p2)(P₊·p3) + g_L²(k1·p3)(P₊·p2) + g_L g_R m_ℓ²(k1·P₊)]
///                  − ½ c_L c_R m_N m_f [(g_L² + g_R²)(p2·p3) + 4 g_L g_R m_ℓ²] }.
/// Checks (tests): Π = 0 and a contact V−A ⊗ (g_L, g_R) interaction reproduce the SM width
/// G_F² m⁵ (g_L² + g_R²)/(192π³); the heavy-mediator dark-photon width α α_D ε² |V|² m⁵/(48π M⁴) (physics.md §2.1);
/// the term linear in Π integrates to zero over angles; for a Majorana pair (c_R = −c_L, m_f = 0) |M|² is independent of Π.</para>
/// <para>The last term is kept only for vector lepton couplings (g_L = g_R), the only case with m_f ≠ 0 here (dark-photon
/// N_j → N_k ℓℓ); for g_L ≠ g_R it omits an ε-tensor piece ∝ m_f. Immutable; allocation-free; thread-safe.</para>
/// </remarks>
internal readonly struct ThreeBodyMatrixElement
{
    public ThreeBodyMatrixElement(double parentMass, double daughterMass, double leptonMass, ChiralCouplings heavy, ChiralCouplings lepton,
        double coupling2, double mediatorMass)
    {
        ParentMass = parentMass;
        DaughterMass = daughterMass;
        LeptonMass = leptonMass;
        Heavy = heavy;
        Lepton = lepton;
        Coupling2 = coupling2;
        MediatorMass = mediatorMass;
    }

    public double ParentMass { get; }
    public double DaughterMass { get; }
    public double LeptonMass { get; }
    public ChiralCouplings Heavy { get; }
    public ChiralCouplings Lepton { get; }

    /// <summary>C², the product of all couplings squared (GeV⁻⁴ for a contact interaction).</summary>
    public double Coupling2 { get; }

    /// <summary>M_V in GeV; 0 or ∞ (<see cref="double.PositiveInfinity"/>) means a contact interaction (D = 1).</summary>
    public double MediatorMass { get; }

    public bool IsContact => MediatorMass == 0 || double.IsPositiveInfinity(MediatorMass);

    public double MinQ2 => 4 * LeptonMass * LeptonMass;

    public double MaxQ2 => (ParentMass - DaughterMass) * (ParentMass - DaughterMass);

    /// <summary>|D(q²)|².</summary>
    public double Propagator2(double q2)
    {
        if (IsContact) return 1.0;
        double d = q2 - MediatorMass * MediatorMass;
        return 1.0 / (d * d);
    }

    /// <summary>|M|² without the propagator, N at rest with polarisation Π, momenta in the N rest frame.</summary>
    public double Reduced(in FourMomentum k1, in FourMomentum p2, in FourMomentum p3, ThreeVector polarization)
    {
        double m = ParentMass, ml2 = LeptonMass * LeptonMass;
        double cl2 = Heavy.Left * Heavy.Left, cr2 = Heavy.Right * Heavy.Right;
        double gl2 = Lepton.Left * Lepton.Left, gr2 = Lepton.Right * Lepton.Right, glgr = Lepton.Left * Lepton.Right;
        double k1p2 = k1.Dot(p2), k1p3 = k1.Dot(p3);
        double half = 0.5 * m;
        // X·p for X = P∓ = (m/2)(1, ∓Π):  P₋·p = (m/2)(E + Π·p),  P₊·p = (m/2)(E − Π·p).
        double pip2 = polarization.X * p2.Px + polarization.Y * p2.Py + polarization.Z * p2.Pz;
        double pip3 = polarization.X * p3.Px + polarization.Y * p3.Py + polarization.Z * p3.Pz;
        double pik1 = polarization.X * k1.Px + polarization.Y * k1.Py + polarization.Z * k1.Pz;
        double minusP2 = half * (p2.E + pip2), minusP3 = half * (p3.E + pip3), minusK1 = half * (k1.E + pik1);
        double plusP2 = half * (p2.E - pip2), plusP3 = half * (p3.E - pip3), plusK1 = half * (k1.E - pik1);
        double left = gl2 * k1p2 * minusP3 + gr2 * k1p3 * minusP2 + glgr * ml2 * minusK1;
        double right = gr2 * k1p2 * plusP3 + gl2 * k1p3 * plusP2 + glgr * ml2 * plusK1;
        double result = cl2 * left + cr2 * right;
        if (DaughterMass > 0 && Heavy.Left * Heavy.Right != 0)
            result -= 0.5 * Heavy.Left * Heavy.Right * m * DaughterMass * ((gl2 + gr2) * p2.Dot(p3) + 4 * glgr * ml2);
        return 16 * Coupling2 * result;
    }

    /// <summary>Spin-averaged |M|² (without propagator) from Dalitz variables s12 = (k1+p2)², s23 = q².</summary>
    public double ReducedUnpolarized(double s12, double s23)
    {
        double m = ParentMass, m1 = DaughterMass, ml2 = LeptonMass * LeptonMass;
        double s13 = m * m + m1 * m1 + 2 * ml2 - s12 - s23;
        double k1p2 = 0.5 * (s12 - m1 * m1 - ml2), k1p3 = 0.5 * (s13 - m1 * m1 - ml2);
        double pp3 = 0.5 * (m * m + ml2 - s12), pp2 = 0.5 * (m * m + ml2 - s13);
        double k1p = 0.5 * (m * m + m1 * m1 - s23), p2p3 = 0.5 * (s23 - 2 * ml2);
        double cl2 = Heavy.Left * Heavy.Left, cr2 = Heavy.Right * Heavy.Right;
        double gl2 = Lepton.Left * Lepton.Left, gr2 = Lepton.Right * Lepton.Right, glgr = Lepton.Left * Lepton.Right;
        double result = (cl2 * gl2 + cr2 * gr2) * k1p2 * pp3 + (cl2 * gr2 + cr2 * gl2) * k1p3 * pp2 + (cl2 + cr2) * glgr * ml2 * k1p
                        - Heavy.Left * Heavy.Right * m * m1 * ((gl2 + gr2) * p2p3 + 4 * glgr * ml2);
        return 8 * Coupling2 * result;
    }

    /// <summary>dΓ/dq² in GeV⁻¹ of the unpolarised decay, integrated exactly over s12.</summary>
    /// <remarks>dΓ = |M|²/(256 π³ m³) ds12 ds23 (PDG Kinematics eq. 49.22); |M|² is quadratic in s12 at fixed s23, so the
    /// 3-point Gauss-Legendre rule over the s12 range (PDG eq. 49.23 with the roles of the pairs exchanged) is exact.</remarks>
    public double DifferentialWidth(double q2) => Propagator2(q2) * DifferentialWidthWithoutPropagator(q2);

    /// <summary>dΓ/dq² with |D(q²)|² set to 1 (for the narrow-width limit).</summary>
    public double DifferentialWidthWithoutPropagator(double q2)
    {
        double m = ParentMass, m1 = DaughterMass, ml = LeptonMass;
        if (!(q2 > MinQ2 && q2 < MaxQ2)) return 0.0;
        double rootQ2 = Math.Sqrt(q2);
        double e2 = 0.5 * rootQ2, e1 = (m * m - q2 - m1 * m1) / (2 * rootQ2);
        double p2 = Math.Sqrt(Math.Max(0, e2 * e2 - ml * ml)), p1 = Math.Sqrt(Math.Max(0, e1 * e1 - m1 * m1));
        double sum = e1 + e2;
        double low = sum * sum - (p1 + p2) * (p1 + p2), high = sum * sum - (p1 - p2) * (p1 - p2);
        double center = 0.5 * (low + high), halfWidth = 0.5 * (high - low);
        const double node = 0.774596669241483377035853079956; // √(3/5)
        double integral = halfWidth * (8.0 / 9.0 * ReducedUnpolarized(center, q2)
                                       + 5.0 / 9.0 * (ReducedUnpolarized(center - node * halfWidth, q2) + ReducedUnpolarized(center + node * halfWidth, q2)));
        return integral / (256 * Math.PI * Math.PI * Math.PI * m * m * m);
    }
}
