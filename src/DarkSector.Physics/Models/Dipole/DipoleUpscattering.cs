using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Models.Dipole;

/// <summary>
/// Primakoff upscattering ν_α + T → N + T through the dipole portal (photon exchange, physics.md §2.2): coherent on a
/// nucleus, or elastic on a free proton (Dirac and Pauli form factors) or neutron (mostly magnetic), for one
/// helicity selection of N. Neutrinos and antineutrinos have the same cross sections (see <see cref="ProducedHelicity"/>).
/// </summary>
/// <remarks>
/// <para>dσ/dQ² = |d_αN|² (ħc)² K(E, Q²) with K the kernel documented on the internal DipolePrimakoffKernel: coherent
/// hadron tensor Z²F(Q²)²(P₁ + P₂)^μ(P₁ + P₂)^ν (spin-0 nucleus, charge form factor of physics.md §3), nucleon tensor
/// (F₁² + τF₂²)PP − (F₁ + F₂)²(qq + Q²g) with F₁, F₂ of <see cref="NucleonFormFactors"/>. The cross section is
/// exactly proportional to |d_αN|²: that is the analytic reweighting factor of this model.</para>
/// <para>σ(E) integrates dσ/dQ² in ln Q² (<see cref="Q2Integration"/>), which resolves the 1/Q² photon pole down to
/// Q²_min ≈ m_N⁴/4E². For repeated σ(E) lookups tabulate with <see cref="CrossSectionTable"/>.</para>
/// <para>Coherent scattering treats the nucleus as spin 0 (exact for C12, O16, Ar40, Pb208; for odd nuclei the
/// magnetic term of order Q²/M² is neglected). Pauli blocking of the nucleon-elastic parts is not applied.</para>
/// <para>The upscattering ν → N is the same for a Dirac and a Majorana N (one term of the operator contributes).
/// Immutable; thread-safe; <see cref="DifferentialCm2PerGeV2"/> allocates nothing.</para>
/// </remarks>
public sealed class DipoleUpscattering : IUpscatteringCrossSection
{
    private readonly INuclearFormFactor? _formFactor;
    private readonly Nucleon _nucleon;
    private readonly double _z2, _d2Cm2, _mass, _targetMass;

    private DipoleUpscattering(string process, double targetMass, double hnlMass, double d, HelicityPart part,
        INuclearFormFactor? formFactor, int z, Nucleon nucleon)
    {
        Process = process;
        Kinematics = new UpscatteringKinematics(targetMass, hnlMass);
        Part = part;
        _formFactor = formFactor;
        _nucleon = nucleon;
        _z2 = (double)z * z;
        _d2Cm2 = d * d * PhysicalConstants.HbarC2GeV2Cm2;
        _mass = hnlMass;
        _targetMass = targetMass;
    }

    /// <summary>Coherent upscattering on <paramref name="nucleus"/> with the charge form factor <paramref name="formFactor"/>.</summary>
    /// <param name="parameters">The model point (m_N, d_αN).</param>
    /// <param name="flavor">Incoming neutrino flavour α.</param>
    /// <param name="nucleus">A nucleus with A ≥ 2.</param>
    /// <param name="formFactor">Its charge form factor F(Q²) with F(0) = 1, e.g. <see cref="NuclearFormFactors.Default"/>.</param>
    /// <param name="part">Which helicity of N to count.</param>
    /// <exception cref="ArgumentException">A free nucleon was given (use <see cref="NucleonElastic"/>), or an undefined enum value.</exception>
    public static DipoleUpscattering Coherent(DipoleParameters parameters, NeutrinoFlavor flavor, Nucleus nucleus, INuclearFormFactor formFactor, HelicityPart part = HelicityPart.Total)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(nucleus);
        ArgumentNullException.ThrowIfNull(formFactor);
        if (nucleus.IsNucleon)
            throw new ArgumentException($"{nucleus.Name} is a free nucleon: use NucleonElastic for proton or neutron targets", nameof(nucleus));
        CheckPart(part);
        return new DipoleUpscattering("coherent", nucleus.MassGeV, parameters.MassGeV, parameters.Coupling(flavor), part, formFactor, nucleus.Z, default);
    }

    /// <summary>Elastic upscattering on a free <paramref name="nucleon"/> with its Dirac and Pauli form factors.</summary>
    /// <param name="parameters">The model point (m_N, d_αN).</param>
    /// <param name="flavor">Incoming neutrino flavour α.</param>
    /// <param name="nucleon">Proton or neutron.</param>
    /// <param name="part">Which helicity of N to count.</param>
    /// <exception cref="ArgumentException">An undefined enum value.</exception>
    public static DipoleUpscattering NucleonElastic(DipoleParameters parameters, NeutrinoFlavor flavor, Nucleon nucleon, HelicityPart part = HelicityPart.Total)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        CheckPart(part);
        if (!Enum.IsDefined(nucleon)) throw new ArgumentException($"nucleon = {nucleon} is not Proton or Neutron", nameof(nucleon));
        double mass = nucleon == Nucleon.Proton ? PhysicalConstants.ProtonMassGeV : PhysicalConstants.NeutronMassGeV;
        string name = nucleon == Nucleon.Proton ? "proton-elastic" : "neutron-elastic";
        return new DipoleUpscattering(name, mass, parameters.MassGeV, parameters.Coupling(flavor), part, null, 0, nucleon);
    }

    /// <summary>
    /// Helicity (±1) of the produced HNL for a helicity selection: flipping gives h = +1 from ν_L and h = −1 from ν̄_R;
    /// conserving keeps the neutrino's helicity. For <see cref="HelicityPart.Total"/> there is no single value.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="part"/> is <see cref="HelicityPart.Total"/> or undefined.</exception>
    public static int ProducedHelicity(HelicityPart part, bool antineutrino)
    {
        int incoming = antineutrino ? +1 : -1;
        return part switch
        {
            HelicityPart.Flipping => -incoming,
            HelicityPart.Conserving => incoming,
            _ => throw new ArgumentException($"part = {part}: only Flipping or Conserving select one helicity", nameof(part)),
        };
    }

    /// <inheritdoc/>
    public string Process { get; }

    /// <inheritdoc/>
    public UpscatteringKinematics Kinematics { get; }

    /// <summary>The helicity selection of N.</summary>
    public HelicityPart Part { get; }

    /// <inheritdoc/>
    public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2)
    {
        var (min, max) = Kinematics.Q2Range(energyGeV);
        if (!(q2GeV2 >= min && q2GeV2 <= max) || !(max > min)) return 0.0;
        double cP, cG;
        if (_formFactor is { } ff)
        {
            double f = ff.Evaluate(q2GeV2);
            cP = _z2 * f * f;
            cG = 0.0;
        }
        else
        {
            double f1 = NucleonFormFactors.DiracF1(_nucleon, q2GeV2), f2 = NucleonFormFactors.PauliF2(_nucleon, q2GeV2);
            double tau = q2GeV2 / (4 * _targetMass * _targetMass);
            cP = f1 * f1 + tau * f2 * f2;
            cG = (f1 + f2) * (f1 + f2);
        }
        // |M|² ≥ 0; the clamp only removes rounding noise where it vanishes (at Q²_min for the flipping part).
        return _d2Cm2 * Math.Max(0.0, DipolePrimakoffKernel.DifferentialPerD2(energyGeV, q2GeV2, _mass, _targetMass, cP, cG, Part));
    }

    /// <inheritdoc/>
    /// <remarks>Adaptive Gauss–Kronrod in ln Q² to a relative error estimate of 1e-7 (<see cref="Q2Integration"/>).</remarks>
    public double TotalCm2(double energyGeV) => Q2Integration.TotalCm2(this, energyGeV);

    private static void CheckPart(HelicityPart part)
    {
        if (!Enum.IsDefined(part)) throw new ArgumentException($"part = {part} is not Total, Flipping or Conserving", nameof(part));
    }
}
