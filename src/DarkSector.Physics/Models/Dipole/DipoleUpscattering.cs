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
/// (F₁² + τF₂²)PP − (F₁ + F₂)²(qq + Q²g) with F₁, F₂ of <see cref="NucleonFormFactors"/> (G_E^n = 0) (the shared
/// <see cref="ElasticHadronicTensor"/>). The cross section is
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
    private readonly double _charge, _d2Cm2, _mass, _targetMass;

    private DipoleUpscattering(string process, double targetMass, double hnlMass, double d, UpscatteringHelicity part,
        INuclearFormFactor? formFactor, int z, Nucleon nucleon)
    {
        Process = process;
        Kinematics = new UpscatteringKinematics(targetMass, hnlMass);
        Helicity = part;
        _formFactor = formFactor;
        _nucleon = nucleon;
        _charge = z;
        _d2Cm2 = d * d * PhysicalConstants.HbarC2GeV2Cm2;
        _mass = hnlMass;
        _targetMass = targetMass;
    }

    /// <summary>Coherent upscattering on <paramref name="nucleus"/> with the charge form factor <paramref name="formFactor"/>.</summary>
    /// <param name="parameters">The model point (m_N, d_αN).</param>
    /// <param name="flavor">Incoming neutrino flavour α.</param>
    /// <param name="nucleus">A nucleus with A ≥ 2.</param>
    /// <param name="formFactor">Its charge form factor F(Q²) with F(0) = 1; the physics.md §3 default
    /// (<see cref="NuclearFormFactors.Default"/>) if null. For event generation pass a <see cref="TabulatedFormFactor"/>.</param>
    /// <param name="part">Which helicity of N to count.</param>
    /// <exception cref="ArgumentException">A free nucleon was given (use <see cref="NucleonElastic"/>), or an undefined enum value.</exception>
    public static DipoleUpscattering Coherent(DipoleParameters parameters, LeptonFlavour flavor, Nucleus nucleus, INuclearFormFactor? formFactor = null, UpscatteringHelicity part = UpscatteringHelicity.Both)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(nucleus);
        if (nucleus.IsNucleon)
            throw new ArgumentException($"{nucleus.Name} is a free nucleon: use NucleonElastic for proton or neutron targets", nameof(nucleus));
        CheckPart(part);
        return new DipoleUpscattering("coherent", nucleus.MassGeV, parameters.MassGeV, parameters.Coupling(flavor), part,
            formFactor ?? NuclearFormFactors.Default(nucleus), nucleus.Z, default);
    }

    /// <summary>
    /// Elastic upscattering on one free <paramref name="nucleon"/> with its Dirac and Pauli form factors (dipole
    /// G_E^p, G_M; for the neutron G_E^n = 0, i.e. magnetic only, physics.md §2.1/§2.2); per nucleon.
    /// </summary>
    /// <param name="parameters">The model point (m_N, d_αN).</param>
    /// <param name="flavor">Incoming neutrino flavour α.</param>
    /// <param name="nucleon">Proton or neutron.</param>
    /// <param name="part">Which helicity of N to count.</param>
    /// <exception cref="ArgumentException">An undefined enum value.</exception>
    public static DipoleUpscattering NucleonElastic(DipoleParameters parameters, LeptonFlavour flavor, Nucleon nucleon, UpscatteringHelicity part = UpscatteringHelicity.Both)
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
    /// conserving keeps the neutrino's helicity. For <see cref="UpscatteringHelicity.Both"/> there is no single value.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="part"/> is <see cref="UpscatteringHelicity.Both"/> or undefined.</exception>
    public static int ProducedHelicity(UpscatteringHelicity part, bool antineutrino)
    {
        int incoming = antineutrino ? +1 : -1;
        return part switch
        {
            UpscatteringHelicity.Flipping => -incoming,
            UpscatteringHelicity.Conserving => incoming,
            _ => throw new ArgumentException($"part = {part}: only Flipping or Conserving select one helicity", nameof(part)),
        };
    }

    /// <inheritdoc/>
    public string Process { get; }

    /// <inheritdoc/>
    public UpscatteringKinematics Kinematics { get; }

    /// <summary>The helicity selection of N.</summary>
    public UpscatteringHelicity Helicity { get; }

    /// <inheritdoc/>
    public double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2)
    {
        // Physical region without square roots: E₂ = E − Q²/2M ≥ m and |cos θ_lab| ≤ 1, where
        // Q² = 2E(E₂ − |k₂| cos θ) − m², i.e. (2E E₂ − m² − Q²)² ≤ 4E²(E₂² − m²). Equivalent to Q²_min ≤ Q² ≤ Q²_max.
        double e2 = energyGeV - q2GeV2 / (2 * _targetMass), m2 = _mass * _mass;
        if (!(q2GeV2 > 0) || !(e2 > _mass)) return 0.0;
        double c = 2 * energyGeV * e2 - m2 - q2GeV2;
        if (c * c > 4 * energyGeV * energyGeV * (e2 * e2 - m2)) return 0.0;
        var hadrons = _formFactor is { } ff
            ? ElasticHadronicTensor.SpinZero(_charge * ff.Evaluate(q2GeV2))
            : ElasticHadronicTensor.SpinHalf(NucleonFormFactors.DiracF1(_nucleon, q2GeV2, NeutronElectricModel.Zero),
                NucleonFormFactors.PauliF2(_nucleon, q2GeV2, NeutronElectricModel.Zero), q2GeV2, _targetMass);
        // |M|² ≥ 0; the clamp only removes rounding noise where it vanishes (at Q²_min for the flipping part).
        return _d2Cm2 * Math.Max(0.0, DipolePrimakoffKernel.DifferentialPerD2(energyGeV, q2GeV2, _mass, _targetMass, hadrons, Helicity));
    }

    /// <inheritdoc/>
    /// <remarks>Adaptive Gauss–Kronrod in ln Q² to a relative error estimate of 1e-7 (<see cref="Q2Integration"/>).</remarks>
    public double TotalCm2(double energyGeV) => Q2Integration.TotalCm2(this, energyGeV);

    private static void CheckPart(UpscatteringHelicity part)
    {
        if (!Enum.IsDefined(part)) throw new ArgumentException($"part = {part} is not Total, Flipping or Conserving", nameof(part));
    }
}
