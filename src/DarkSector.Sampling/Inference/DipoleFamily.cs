using DarkSector.Physics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Inference;

/// <summary>The dipole-portal family: one Dirac HNL N coupled to ν_μ by the transition dipole d_μN.</summary>
/// <remarks>
/// Parameters: m-n (HNL mass, GeV), d-mu (|d_μN|, GeV⁻¹, the convention of <see cref="DipoleParameters"/>: Γ(N → ν γ) =
/// |d|² m³/(4π)), ctau0-cm. With d_μN the only coupling, production (Primakoff upscattering of ν_μ) ∝ |d_μN|² and every
/// decay width ∝ |d_μN|², so the visible branching ratio depends on m_N alone and c τ₀ ∝ 1/|d_μN|²
/// (physics.md, dipole portal). The visible channels follow the analysis (<see cref="DipoleAnalysisSignal"/>).
/// </remarks>
/// <param name="normalisation">The normalisation of σ and Γ (<c>--dipole-convention</c>; Kamp2023 by default).</param>
/// <param name="nature">Dirac (default) or Majorana N (<see cref="DipoleParameters.IsMajorana"/>: widths and the photon's
/// angular asymmetry).</param>
public sealed class DipoleFamily(DipoleNormalisation normalisation = DipoleNormalisation.Kamp2023, HnlNature nature = HnlNature.Dirac) : ModelFamily
{
    /// <inheritdoc/>
    public override HnlNature? Nature => nature;

    /// <inheritdoc/>
    public override ModelFamily WithNature(HnlNature nature) => new DipoleFamily(normalisation, nature);

    /// <summary>The normalisation of σ and Γ of every point of this family.</summary>
    public DipoleNormalisation Normalisation => normalisation;

    private static readonly FamilyParameter[] Schema =
    [
        new("m-n", "m_N", "GeV", double.Epsilon, double.PositiveInfinity, ParameterKind.Mass, AxisScale.Logarithmic),
        new("d-mu", "d_μN", "GeV⁻¹", double.Epsilon, double.PositiveInfinity, ParameterKind.Coupling, AxisScale.Logarithmic),
        ProperDecayLengthParameter,
    ];

    /// <inheritdoc/>
    public override string Name => "dipole";

    /// <inheritdoc/>
    public override IReadOnlyList<FamilyParameter> Parameters => Schema;

    /// <summary>|d_μN|².</summary>
    public override double ProductionCouplings(IReadOnlyDictionary<string, double> values)
    {
        double d = Required(values, "d-mu");
        return d * d;
    }

    /// <inheritdoc/>
    protected override ISignalModel Model(IReadOnlyDictionary<string, double> values, AnalysisDefinition analysis)
    {
        var parameters = new DipoleParameters
        {
            MassGeV = Check.Positive(Required(values, "m-n"), "m-n"),
            DMuonGeVm1 = Check.Positive(Required(values, "d-mu"), "d-mu"),
            Normalisation = normalisation,
            IsMajorana = nature == HnlNature.Majorana,
        };
        return DipoleAnalysisSignal.For(parameters, analysis);
    }
}
