using DarkSector.Experiments.T2K.Fluxes;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;
using DarkSector.Sampling.Flux;
using MathNet.Numerics.Integration;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// A deterministic re-implementation of the ND280 dipole pipeline of Liu, Kamp, Argüelles 2025 (arXiv:2412.15051; code
/// github.com/mingshauliu/Dipole-HNL-T2K) with each of their choices behind a switch (<see cref="Liu2025Options"/>):
/// expected N → νγ decays in each TPC fiducial box, the quantity of their <c>stats/signal_strengths_nd280.csv</c>.
/// </summary>
/// <remarks>
/// <para>N = POT · ε(m) · A_fid · Σ_targets ∫dE φ(E) ∫dQ² dσ/dQ² · [cos θ_N &gt; c] · f_γ · Σ_segments n_t ∫dz P_decay(z; λ),
/// with φ the T2K 2016 FHC ν_μ flux at ND280 (per GeV per cm² per POT; <see cref="T2KBeams"/>), E ∈ (threshold, 20 GeV]
/// (their generation range), σ DarkSector's Primakoff cross section at d = μ_tr/2 on every nuclide of SIREN's materials:
/// coherent plus Z × proton-elastic, as DarkNews (neutron-elastic is off in DarkNews, <c>GenLauncher.py</c> 543),
/// spin-summed (both helicities). f_γ is the fraction of photons with E_γ &gt; 2 m_e for an isotropic decay
/// (E_γ uniform in [(E_N − p_N)/2, (E_N + p_N)/2]). λ = (p_N/m) ħc/Γ_tot with E_N = E − Q²/2M.</para>
/// <para>Geometry: the material column along the beam axis of SIREN's ND280-v1 model (<see cref="SirenNd280Geometry"/>),
/// the N taken parallel to the beam (|θ_N| &lt; 45 mrad after the cut), so a laterally uniform layer contributes
/// A_fid × its column whatever the angle (translation invariance); a layer smaller than the box would be overcounted
/// (only the FGD scintillator, 1.843 m against the box's 1.96 m in y). With their generation volume, production farther
/// than 5 m from the axis is not generated: an N at angle θ from depth D reaches the box only if D·θ ≲ 5 m, applied as a
/// linear ramp over the box's half-width.</para>
/// <para>P_decay for production in [z₁, z₂] and a box [a, b] (closed forms, derived here): in front of the box, physical
/// λ e^{−(a−z₂)/λ}(1 − e^{−(z₂−z₁)/λ})(1 − e^{−(b−a)/λ}), their (no survival) (z₂ − z₁)(1 − e^{−(b−a)/λ}); inside,
/// both (z₂ − z₁) − λ(e^{−(b−z₂)/λ} − e^{−(b−z₁)/λ}). Numerical integration: E in 50 MeV midpoints (the flux binning); ln Q² from Q²_min to
/// min(Q²_max, Q²(θ_cut)) by 6 panels of 8-point Gauss–Legendre. Immutable; thread-safe.</para>
/// </remarks>
public sealed class Liu2025Pipeline
{
    /// <summary>POT of their MC (their counts are per 3.6e21 POT, <c>stats/stats_mult.py</c>).</summary>
    public const double TheirMonteCarloPot = 3.6e21;

    /// <summary>POT of the T2K neutrino-mode data (Abe et al. 2019) their limit scales to.</summary>
    public const double FhcDataPot = 1.234e21;

    /// <summary>Their upper generation energy in GeV (<c>TabulatedFluxDistribution(m4, 20, ...)</c>).</summary>
    public const double MaxEnergyGeV = 20;

    private const double EnergyStepGeV = 0.05;
    private const int Panels = 6, Order = 8;
    private static readonly GaussLegendreRule Rule = new(-1, 1, Order);

    private readonly SirenNd280Geometry _geometry;
    private readonly EnergySpectrum _flux;
    private readonly IReadOnlyList<ColumnSegment> _column;
    private readonly (Nucleus Nucleus, INuclearFormFactor? FormFactor)[] _targets;

    /// <summary>Creates the pipeline for a geometry and a ν_μ flux (per GeV per cm² per POT).</summary>
    public Liu2025Pipeline(SirenNd280Geometry geometry, EnergySpectrum flux)
    {
        _geometry = geometry ?? throw new ArgumentNullException(nameof(geometry));
        _flux = flux ?? throw new ArgumentNullException(nameof(flux));
        _column = geometry.Column();
        _targets = [.. _column.SelectMany(s => s.Material.Components.Select(c => c.Nucleus)).DistinctBy(n => n.Name)
            .Select(n => (n, n.IsNucleon ? null : (INuclearFormFactor?)new TabulatedFormFactor(NuclearFormFactors.Default(n))))];
    }

    /// <summary>SIREN's ND280-v1 with the T2K 2016 FHC ν_μ flux.</summary>
    public static Liu2025Pipeline Embedded { get; } = new(SirenNd280Geometry.Embedded,
        T2KBeams.All().First(b => b.Mode == T2KBeams.Fhc && b.Flavour == Sampling.Experiments.NeutrinoFlavour.MuonNeutrino).Spectrum);

    /// <summary>The geometry.</summary>
    public SirenNd280Geometry Geometry => _geometry;

    /// <summary>
    /// Expected N → ν γ decays in each TPC fiducial box (TPC1, TPC2, TPC3) at <paramref name="pot"/>, with the cuts and the
    /// efficiency of <paramref name="options"/>, for a Dirac N coupled to ν_μ with d = <paramref name="dGeVm1"/> (= μ_tr/2).
    /// </summary>
    /// <param name="massGeV">m_N in GeV, &gt; 0.</param>
    /// <param name="dGeVm1">d_μN in GeV⁻¹ (their μ_tr/2), &gt; 0.</param>
    /// <param name="options">The switches.</param>
    /// <param name="pot">Protons on target, &gt; 0 (their MC: <see cref="TheirMonteCarloPot"/>).</param>
    public Liu2025Counts Counts(double massGeV, double dGeVm1, Liu2025Options options, double pot = TheirMonteCarloPot)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check.Positive(massGeV, nameof(massGeV));
        Check.Positive(dGeVm1, nameof(dGeVm1));
        Check.Positive(pot, nameof(pot));
        var model = new DipoleParameters { MassGeV = massGeV, DMuonGeVm1 = dGeVm1, Normalisation = options.Normalisation };
        var table = DipoleDecays.Table(model);
        double ctau = table.CTau0Cm, m = massGeV;
        var boxes = _geometry.FiducialBoxes;
        var counts = new double[boxes.Count];
        double cutCos = options.MinCosNBeam;

        foreach (var (nucleus, formFactor) in _targets)
        {
            var processes = new List<(DipoleUpscattering Process, double Multiplicity)>(2);
            if (formFactor is not null)
            {
                processes.Add((DipoleUpscattering.Coherent(model, LeptonFlavour.Muon, nucleus, formFactor), 1));
                processes.Add((DipoleUpscattering.NucleonElastic(model, LeptonFlavour.Muon, Nucleon.Proton), nucleus.Z));
            }
            else if (nucleus.Z == 1)
                processes.Add((DipoleUpscattering.NucleonElastic(model, LeptonFlavour.Muon, Nucleon.Proton), 1));
            var segments = _column.Select(s => (s.StartCm, s.EndCm, Density: s.Material.TargetsPerCm3(nucleus))).Where(s => s.Density > 0).ToArray();
            if (segments.Length == 0) continue;

            foreach (var (process, multiplicity) in processes)
            {
                double bigM = process.Kinematics.TargetMassGeV;
                double eMin = Math.Max(process.Kinematics.ThresholdEnergyGeV, _flux.MinEnergyGeV);
                double eMax = Math.Min(MaxEnergyGeV, _flux.MaxEnergyGeV);
                for (double e0 = eMin; e0 < eMax; e0 += EnergyStepGeV)
                {
                    double e1 = Math.Min(e0 + EnergyStepGeV, eMax), e = 0.5 * (e0 + e1);
                    double phi = _flux.Value(e) * (e1 - e0);
                    if (!(phi > 0)) continue;
                    var (q2Min, q2Max) = process.Kinematics.Q2Range(e);
                    if (!(q2Max > q2Min) || !(q2Min > 0)) continue;
                    double q2Cut = Q2AtCos(e, m, bigM, q2Min, q2Max, cutCos);
                    if (!(q2Cut > q2Min)) continue;
                    double zStart = options.TheirGenerationVolume ? -900 - Math.Min(3 * DecayLengthCm(e, m, ctau), 28_490) : double.NegativeInfinity;
                    double lnLo = Math.Log(q2Min), h = (Math.Log(q2Cut) - lnLo) / Panels;
                    for (int p = 0; p < Panels; p++)
                        for (int k = 0; k < Order; k++)
                        {
                            double q2 = Math.Exp(lnLo + h * (p + 0.5 + 0.5 * Rule.Abscissas[k]));
                            double w = phi * multiplicity * process.DifferentialCm2PerGeV2(e, q2) * q2 * 0.5 * h * Rule.Weights[k];
                            if (!(w > 0)) continue;
                            double eN = e - q2 / (2 * bigM);
                            double pN = Math.Sqrt(Math.Max(eN * eN - m * m, 0.0));
                            if (!(pN > 0)) continue;
                            double fGamma = Math.Clamp((0.5 * (eN + pN) - 2 * PhysicalConstants.ElectronMassGeV) / pN, 0, 1);
                            double lambda = pN / m * ctau;
                            double theta = Math.Acos(Math.Clamp(CosTheta(e, m, bigM, q2), -1, 1));
                            for (int b = 0; b < boxes.Count; b++)
                                counts[b] += w * fGamma * ColumnIntegral(segments, boxes[b], lambda, zStart, theta, options);
                        }
                }
            }
        }
        double efficiency = options.EfficiencyTable ? Liu2025Efficiency.Embedded.At(m) : TpcEeEfficiency;
        for (int b = 0; b < counts.Length; b++) counts[b] *= pot * efficiency * boxes[b].AreaCm2;
        double br = options.TheirPairBranchingRatio ? TheirPairBranchingRatio(m) : table.BranchingRatio(DipoleDecays.NuElectronElectron);
        return new Liu2025Counts(counts, br, efficiency, ctau);
    }

    /// <summary>DarkSector's flat selection efficiency of the TPC analyses (10%).</summary>
    public const double TpcEeEfficiency = 0.10;

    /// <summary>Their BR(N → ν e⁺e⁻) = α L(r)/(3π), r = m_e/m, α = 1/137, L(r) = (2 − r⁶/8) arccosh(1/r) − (24 − 10r² + r⁴)/8 · √(1 − 4r²)
    /// (<c>TS/elastic.ipynb</c>, function <c>BR</c>, m_e = 0.511 MeV).</summary>
    public static double TheirPairBranchingRatio(double massGeV)
    {
        double r = 0.511e-3 / Check.Positive(massGeV, nameof(massGeV));
        if (!(r < 0.5)) return 0;
        double r2 = r * r, r4 = r2 * r2, r6 = r4 * r2;
        double l = (2 - r6 * 0.125) * Math.Acosh(1 / r) - (24 - 10 * r2 + r4) * 0.125 * Math.Sqrt(1 - 4 * r2);
        return l / (137.0 * 3 * Math.PI);
    }

    /// <summary>
    /// The signal their limit needs: the z with |z − (b + z) ln(1 + z/b)| = ½ Φ⁻¹(1 − CL)² (<c>TS/elastic.ipynb</c>, <c>logLR</c>
    /// and <c>tar</c>), for background <paramref name="background"/> (0.563 events for the 2019 FHC TPC sample) at 95% CL.
    /// </summary>
    public static double TheirSignalThreshold(double background = 0.563, double target = 1.3527717270)
    {
        // target = 0.5 · Φ⁻¹(0.05)² = 0.5 · 1.6448536270² (95% CL).
        double lo = 0, hi = 100;
        for (int i = 0; i < 200; i++)
        {
            double z = 0.5 * (lo + hi);
            if ((background + z) * Math.Log(1 + z / background) - z < target) lo = z; else hi = z;
        }
        return 0.5 * (lo + hi);
    }

    /// <summary>SIREN's DecayRangeFunction::DecayLength with the neutrino energy: (√(E² − m²)/m) c τ₀, cm.</summary>
    private static double DecayLengthCm(double e, double m, double ctau) => Math.Sqrt(Math.Max(e * e - m * m, 0)) / m * ctau;

    /// <summary>cos θ_lab of N at (E, Q²) on a target of mass M at rest: (2E E₂ − m² − Q²)/(2E|k₂|), E₂ = E − Q²/2M.</summary>
    private static double CosTheta(double e, double m, double bigM, double q2)
    {
        double e2 = e - q2 / (2 * bigM);
        double k2 = Math.Sqrt(Math.Max(e2 * e2 - m * m, 1e-300));
        return (2 * e * e2 - m * m - q2) / (2 * e * k2);
    }

    /// <summary>The Q² where cos θ_N = <paramref name="cosCut"/> (cos θ falls monotonically with Q²), by bisection; Q²_max if never reached.</summary>
    private static double Q2AtCos(double e, double m, double bigM, double q2Min, double q2Max, double cosCut)
    {
        if (CosTheta(e, m, bigM, q2Max) >= cosCut) return q2Max;
        if (CosTheta(e, m, bigM, q2Min) < cosCut) return q2Min;
        double lo = Math.Log(q2Min), hi = Math.Log(q2Max);
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (CosTheta(e, m, bigM, Math.Exp(mid)) >= cosCut) lo = mid; else hi = mid;
        }
        return Math.Exp(0.5 * (lo + hi));
    }

    /// <summary>Σ_segments n ∫ dz P_decay (cm⁻²) for one box.</summary>
    private static double ColumnIntegral((double StartCm, double EndCm, double Density)[] segments, FiducialBox box, double lambda,
        double zStart, double theta, Liu2025Options options)
    {
        double a = box.StartCm, b = box.EndCm, sum = 0;
        double insideProbability = -double.ExpM1(-(b - a) / lambda);
        double halfWidth = 0.25 * (box.WidthXCm + box.WidthYCm);
        foreach (var (start, end, density) in segments)
        {
            double z1 = Math.Max(start, zStart);
            if (z1 >= b) break;
            if (end <= z1) continue;
            double value = 0;
            double before2 = Math.Min(end, a);
            if (before2 > z1)
                value += DecayWeights.Upstream(z1, before2, a, lambda, insideProbability, options.SurvivalToFiducial);
            double in1 = Math.Max(z1, a), in2 = Math.Min(end, b);
            if (in2 > in1)
                value += DecayWeights.Inside(in1, in2, b, lambda);
            if (options.TheirGenerationVolume)
            {
                // Generated only within 5 m of the axis: an N from depth D at angle θ reaches the box if D·θ ≲ 5 m.
                double depth = 0.5 * (a + b) - 0.5 * (z1 + end);
                value *= Math.Clamp((500 - depth * Math.Tan(theta) + halfWidth) / (2 * halfWidth), 0, 1);
            }
            sum += density * value;
        }
        return sum;
    }
}
