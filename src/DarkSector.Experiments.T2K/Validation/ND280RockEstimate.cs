using DarkSector.Experiments.T2K.Geometry;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// Independent hand-quadrature estimate of the selected events from N produced in ND280's upstream rock, to check the
/// simulation's rock term (issue 18).
/// </summary>
/// <remarks>
/// <para>N = Σ_exposures POT ∫ dE φ(E) Σ_k c_k σ_k(E) · A · Σ_TPC ∫_rock dz e^{−(z_T − z)/λ} (1 − e^{−ℓ/λ}) · BR · ε_cut · ε_reco,
/// with c_k σ_k the rock's upscattering probability per cm (Si28 and O16 at their number densities in SiO2, every
/// process: coherent, proton, neutron), A = 170 × 196 cm² the TPC fiducial cross section, z_T and ℓ = 56 cm the start
/// and length of each TPC fiducial box, the rock from z = −6522.5 to −1522.5 cm, λ = (p_N/m_N) c τ₀ with p_N =
/// √(E² − m_N²) (N carries the neutrino's energy: coherent Q² ≪ E²), ε_cut the distance-independent cut efficiency and
/// ε_reco = 0.1.</para>
/// <para>Why A alone: the rock is a source uniform over 24 m × 24 m, much wider than the spread of N directions over
/// 65 m (θ ≲ 0.1 rad gives ≲ 6.5 m), so the number of N lines crossing the fiducial area equals the column times A,
/// whatever their angles (N lines that leave through the sides are replaced by lines entering from them). The z
/// integral is analytic: λ [e^{−(z_T − z_b)/λ} − e^{−(z_T − z_a)/λ}]. The energy integral is a trapezoid over the flux
/// table's energies. The collinear approximation holds for coherent scattering (Q² ≲ (0.2 GeV)², θ_N ≲ 0.2 GeV/E);
/// nucleon-elastic N at Q² up to ~1 GeV² leave at θ ~ 0.5 rad, and those made more than ~12 m/θ upstream would have
/// to come from outside the 24 m wide slab, which the estimate does not see. Neglected: the cos(pair, beam) cut's dependence on where N was made (in ε_cut), the material
/// between the rock and the TPCs (absorbs nothing here).</para>
/// </remarks>
internal static class ND280RockEstimate
{
    /// <summary>The estimate for the processes in <paramref name="kinds"/>, in events for the analysis's exposures: all upscattering in the rock (the 24 m × 24 m ×
    /// 50 m slab), N decaying in the TPC fiducial boxes (times BR), and selected (times the cut and 10% efficiencies).</summary>
    public static (double Upscattered, double DecaysInFiducial, double Selected) Events(IExperiment experiment, AnalysisDefinition analysis, DarkPhotonModel model, double cutEfficiency,
        UpscatteringProcessKinds kinds = UpscatteringProcessKinds.All)
    {
        var signal = new DarkPhotonSignal(model);
        double mass = signal.HnlMassGeV, ctau = signal.ProperDecayLengthCm;
        var (box, rock) = ND280Layout.UpstreamRock();
        var nuclei = rock.Components.Select(c => c.Nucleus).ToArray();
        var density = nuclei.Select(rock.TargetsPerCm3).ToArray();
        double zA = ND280Layout.RockFaceZCm - ND280Layout.RockLengthCm, zB = ND280Layout.RockFaceZCm;
        double fiducialLength = 56, area = 170.0 * 196.0;
        double[] tpcStarts = [256, 392, 529];   // TPC fiducial boxes (ND280Layout: TPC begin + 5 cm)
        double efficiency = cutEfficiency * 0.1;
        double total = 0, upscattered = 0;
        double rockVolume = box.VolumeCm3;
        foreach (var exposure in analysis.Exposures)
            foreach (var beam in experiment.Beams.Where(b => b.Mode == exposure.Mode))
            {
                if (signal.For(beam.Flavour, nuclei, density) is not SignalProcesses processes) continue;
                var energies = beam.Spectrum.Energies;
                double previous = 0, sum = 0, previousRate = 0, rate = 0;
                for (int i = 0; i < energies.Length; i++)
                {
                    double e = energies[i];
                    double integrand = 0, rateIntegrand = 0;
                    if (e > mass)
                    {
                        double perCm = processes.Model.Processes.Where(p => (UpscatteringProcessNames.OfTarget(p.Target.PdgCode) & kinds) != 0)
                            .Sum(p => p.Multiplicity * p.CrossSection.TotalCm2(e));
                        double lambda = Math.Sqrt(e * e - mass * mass) / mass * ctau;
                        double geometry = tpcStarts.Sum(zT => lambda * (Math.Exp(-(zT - zB) / lambda) - Math.Exp(-(zT - zA) / lambda))
                            * (1 - Math.Exp(-fiducialLength / lambda)));
                        integrand = beam.Spectrum.Values[i] * perCm * geometry;
                        rateIntegrand = beam.Spectrum.Values[i] * perCm;
                    }
                    if (i > 0)
                    {
                        sum += 0.5 * (integrand + previous) * (e - energies[i - 1]);
                        rate += 0.5 * (rateIntegrand + previousRate) * (e - energies[i - 1]);
                    }
                    (previous, previousRate) = (integrand, rateIntegrand);
                }
                total += exposure.Amount * sum * area * signal.VisibleBranchingRatio;
                upscattered += exposure.Amount * rate * rockVolume;
            }
        return (upscattered, total, total * efficiency);
    }
}
