using DarkSector.Experiments.MicroBooNE.Analyses;
using DarkSector.Experiments.MicroBooNE.Fluxes;
using DarkSector.Experiments.MicroBooNE.Geometry;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.Projections;

/// <summary>The sensitivity analyses of a liquid-argon projection: e⁺e⁻ pairs and single photons with zero background,
/// and e⁺e⁻ pairs with MicroBooNE's background scaled.</summary>
/// <remarks>
/// <para>Selection (documented starting assumption): MicroBooNE's, reused unchanged through its public
/// <see cref="PairSelection"/> — the smooth 20–40% efficiency map in the true shower energy and angle
/// (<see cref="SmoothPairEfficiency"/>; MicroBooNE 2025 quote 20–40%, experiments.md) and the three topologies of
/// <see cref="TopologyRules"/> — with each detector's own fiducial boxes. Coherent upscattering only (no hadronic
/// activity), as MicroBooNE's search.</para>
/// <para>Background model: <b>zero-background counting</b>. The observed counts (Asimov data) and the background are 0
/// in every bin and the likelihood is Poisson, so −2Δln L = 2 s: at 95% CL with 2 dof (Δχ² = 5.99) a point is
/// excluded when it predicts s ≥ 3.0 selected events. This is the optimistic limit of a background-free search after
/// the quoted efficiency; MicroBooNE's own e⁺e⁻ selection kept 69.7 background events for 85 t and 6.87e20 POT, so the
/// reach quoted with these analyses is an upper bound on what a real search achieves (a background-limited search
/// needs s ≳ 2.45·√b events, more with systematic uncertainties).</para>
/// <para>"ee-counting" (default): N → ν e⁺e⁻ (or N₅ → N₄ e⁺e⁻) decaying in the fiducial volume, binned in the three
/// topologies per beam mode. "photon-counting": N → ν γ with the photon converting in the fiducial volume (9/7 X₀ of
/// the argon, ≈ 18 cm) — the dipole portal's dominant channel — one bin per beam mode. "ee-scaled-background": the
/// conservative alternative, MicroBooNE's e⁺e⁻ background and uncertainties scaled (<see cref="BackgroundScale"/>).</para>
/// </remarks>
internal static class ProjectionAnalyses
{
    /// <summary>Analysis ids.</summary>
    public const string PairCounting = "ee-counting", PhotonCounting = "photon-counting", PairScaledBackground = "ee-scaled-background";

    /// <summary>The analyses for the given exposures (one binning block per beam mode) and fiducial solids; the first
    /// is the default.</summary>
    /// <param name="exposures">Default exposure per beam mode.</param>
    /// <param name="fiducial">The fiducial solids.</param>
    /// <param name="backgroundScale">Per exposure: the factor R that scales MicroBooNE's e⁺e⁻ background
    /// (<see cref="BackgroundScale"/>).</param>
    public static IReadOnlyList<AnalysisDefinition> All(IReadOnlyList<BeamExposure> exposures, IReadOnlyList<Solid> fiducial, IReadOnlyList<double> backgroundScale)
    {
        int blocks = exposures.Count;
        var blocked = exposures.Select((e, i) => e with { Block = i }).ToArray();
        var selection = new PairSelection(fiducial: fiducial);
        string[] topologyLabels = ["one-shower", "shower-track", "two-showers"];
        var topologies = new Binning("topology", "", [-0.5, 0.5, 1.5, 2.5], blocks)
        {
            Labels = Enumerable.Range(0, blocks).SelectMany(b => topologyLabels.Select(l => blocks > 1 ? $"{blocked[b].Mode} {l}" : l)).ToArray(),
        };
        var single = new Binning("topology", "", [-0.5, 0.5], blocks)
        {
            Labels = blocked.Select(e => blocks > 1 ? $"{e.Mode} one-shower" : "one-shower").ToArray(),
        };
        return
        [
            new AnalysisDefinition(PairCounting, "e+e- decays in the fiducial volume, MicroBooNE topologies and efficiency, zero-background counting (sensitivity only)",
                SignalTopology.DecayInFiducial, blocked, selection, topologies, Zero(topologies.Count), PoissonLikelihood.Instance) { CoherentOnly = true },
            new AnalysisDefinition(PhotonCounting, "single photons (N -> nu gamma) converting in the fiducial volume, MicroBooNE efficiency map, zero-background counting (sensitivity only)",
                SignalTopology.PhotonConversionInFiducial, blocked, selection, single, Zero(single.Count), PoissonLikelihood.Instance) { CoherentOnly = true },
            ScaledBackground(blocked, selection, topologies, backgroundScale),
        ];
    }

    /// <summary>R = (M_fid · POT · Φ) / (M_µB · POT_µB · Φ_µB): a detector's e⁺e⁻ background relative to MicroBooNE's,
    /// scaling with the fiducial argon mass, the exposure and the ν_μ + ν̄_μ flux integral Φ (per cm² per POT).</summary>
    /// <remarks>MicroBooNE: its selection's fiducial volume (the 84.97 t active volume), 6.87e20 POT and its BNB flux
    /// (<see cref="MicroBooNEAnalyses"/>, <see cref="BnbFlux"/>). An assumption: the background
    /// (mostly NC π⁰, experiments.md) per ν_μ interaction is taken as MicroBooNE's, which ignores its energy dependence
    /// — crude for the DUNE ND's 2–4 GeV beam.</remarks>
    public static double BackgroundScale(double fiducialMassKg, double pot, double muonFluxIntegral)
    {
        double microBooNEMassKg = new PairSelection().Fiducial[0].VolumeCm3 * BoosterSiteMaterials.ArgonDensityGPerCm3 * 1e-3;
        double microBooNEFlux = BnbFlux.All()
            .Where(b => b.Flavour is NeutrinoFlavour.MuonNeutrino or NeutrinoFlavour.MuonAntineutrino).Sum(b => b.Spectrum.Integral);
        return fiducialMassKg * pot * muonFluxIntegral / (microBooNEMassKg * MicroBooNEAnalyses.ExposurePot * microBooNEFlux);
    }

    /// <summary>"ee-scaled-background": the e⁺e⁻ topologies with MicroBooNE's constrained background per topology × R
    /// in each block, its uncertainties × R (uncorrelated, absolute: the relative uncertainties stay MicroBooNE's
    /// 25%/51%/48%), the combined Neyman-Pearson χ² and Asimov data equal to that background.</summary>
    private static AnalysisDefinition ScaledBackground(BeamExposure[] blocked, PairSelection selection, Binning topologies, IReadOnlyList<double> scale)
    {
        int perBlock = MicroBooNEAnalyses.Background.Length, n = blocked.Length * perBlock;
        var background = new double[n];
        var covariance = new double[n, n];
        for (int b = 0; b < blocked.Length; b++)
            for (int i = 0; i < perBlock; i++)
            {
                int k = b * perBlock + i;
                background[k] = scale[b] * MicroBooNEAnalyses.Background[i];
                covariance[k, k] = Math.Pow(scale[b] * MicroBooNEAnalyses.BackgroundError[i], 2);
            }
        return new AnalysisDefinition(PairScaledBackground,
            "e+e- topologies with MicroBooNE's background and uncertainties scaled by fiducial mass x POT x nu_mu flux (sensitivity only, Asimov data)",
            SignalTopology.DecayInFiducial, blocked, selection, topologies, new AnalysisData(background, background),
            new CombinedNeymanPearsonChiSquare(covariance, SystematicCovarianceKind.Absolute)) { CoherentOnly = true };
    }

    /// <summary>Zero observed (the Asimov data of a background-free search) and zero background in <paramref name="bins"/> bins.</summary>
    private static AnalysisData Zero(int bins) => new(new double[bins], new double[bins]);
}
