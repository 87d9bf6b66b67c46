using DarkSector.Experiments.MINERvA.Fluxes;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Likelihoods;

namespace DarkSector.Experiments.MINERvA.Analyses;

/// <summary>The three ν-e samples of Kamp et al. as single-photon searches: "le-fhc" (3.43e20 POT), "me-fhc" (1.16e21 POT),
/// "me-rhc" (1.22e21 POT), each with a nominal 30% background normalisation uncertainty, and "-conservative" variants
/// with 100% (experiments.md, MINERvA); "combined" (the default: listed first) and "combined-conservative" (the three
/// as one analysis, one bin each); "-ee" variants (nominal) for e⁺e⁻ signals.</summary>
/// <remarks>
/// <para>Signal: N → ν γ with the photon converting in the fiducial volume (<see cref="SignalTopology.PhotonConversionInFiducial"/>),
/// selected by <see cref="NueShowerSelection"/> (dE/dx acceptance 93% FHC, 91% RHC); one counting bin, the high-dE/dx
/// sideband (<see cref="DEdxSideband"/>, digitised: approximate).</para>
/// <para>Data: LE-FHC from minerva_LE/dEdX_paper_*; ME-FHC from minerva_ME/Official_ME_dEdX_*; ME-RHC from
/// minerva_ME/dEdX_thesis_* — <b>assumption</b>: the provenance calls these "a thesis version" without naming the beam
/// mode; they are taken as the ME antineutrino-mode sample (their counts are about a quarter of the ME-FHC ones, as
/// expected for RHC). Replace when a documented RHC histogram is available.</para>
/// <para>Likelihood: <see cref="EffectiveLikelihood"/> with η = 0.3 (or 1.0): the fractional uncertainty applies to
/// the total prediction s + b, which equals a background normalisation uncertainty where s ≪ b (near the limit).
/// Combination of the three: <see cref="Combination"/>.</para>
/// <para>"le-fhc-ee", "me-fhc-ee", "me-rhc-ee": the same samples for e⁺e⁻ signals (dark photon, seesaw, dipole
/// N → ν e⁺e⁻) with the decay in the fiducial volume (<see cref="SignalTopology.DecayInFiducial"/>); the pair is one
/// shower when its opening angle is below <see cref="NueShowerSelection.OverlapAngleRad"/>, and the same dE/dx
/// acceptance is assumed (two overlapping electrons also deposit about twice a MIP).</para>
/// </remarks>
internal static class MINERvAAnalyses
{
    /// <summary>Nominal and conservative background normalisation uncertainties.</summary>
    public const double NominalBackgroundUncertainty = 0.3, ConservativeBackgroundUncertainty = 1.0;

    /// <summary>dE/dx sideband acceptance in neutrino and antineutrino mode.</summary>
    public const double DEdxAcceptanceFhc = 0.93, DEdxAcceptanceRhc = 0.91;

    /// <summary>Exposures, POT.</summary>
    public const double LeFhcPot = 3.43e20, MeFhcPot = 1.16e21, MeRhcPot = 1.22e21;

    /// <summary>All nine analyses.</summary>
    public static IReadOnlyList<AnalysisDefinition> All()
    {
        var list = new List<AnalysisDefinition>();
        foreach (var (suffix, eta) in new[] { ("", NominalBackgroundUncertainty), ("-conservative", ConservativeBackgroundUncertainty) })
        {
            list.Add(Build("le-fhc" + suffix, NuMIBeams.LeFhc, LeFhcPot, DEdxAcceptanceFhc, eta,
                DEdxSideband.Histogram("LE_data.dat"), DEdxSideband.TopOfStack("LE_MCbkg.dat", "LE_MCsignal.dat")));
            list.Add(Build("me-fhc" + suffix, NuMIBeams.MeFhc, MeFhcPot, DEdxAcceptanceFhc, eta,
                DEdxSideband.Histogram("ME_data.dat"), DEdxSideband.TopOfStack("ME_MCtotal.dat")));
            list.Add(Build("me-rhc" + suffix, NuMIBeams.MeRhc, MeRhcPot, DEdxAcceptanceRhc, eta,
                DEdxSideband.Histogram("ME_thesis_data.dat"), DEdxSideband.TopOfStack("ME_thesis_MCbkg.dat", "ME_thesis_MCsig.dat")));
        }
        list.Add(Combined("combined", list.Take(3).ToArray()));
        list.Add(Combined("combined-conservative", list.Skip(3).Take(3).ToArray()));
        // e⁺e⁻ signals (dark photon, seesaw, dipole N → ν e⁺e⁻): decay in the fiducial volume, the pair one shower when overlapping
        foreach (var a in list.Where(a => !a.Id.EndsWith("-conservative", StringComparison.Ordinal) && !a.Id.StartsWith("combined", StringComparison.Ordinal)).ToArray())
            list.Add(new AnalysisDefinition(a.Id + "-ee", a.Description.Replace("single photon (N -> nu gamma) converting in", "e+e- pair (one shower when overlapping) from a decay in", StringComparison.Ordinal),
                SignalTopology.DecayInFiducial, a.Exposures, a.Selection, a.Binning, a.Data, a.Likelihood));
        // the combination first: it is the default analysis of rate, scan and limit
        return [.. list.Where(a => a.Id == "combined"), .. list.Where(a => a.Id != "combined")];
    }

    /// <summary>The combined likelihood of analyses (sum of −2 ln L; independent samples).</summary>
    /// <exception cref="Physics.DarkSectorException">An analysis has no data.</exception>
    public static AnalysisCombination Combination(IEnumerable<AnalysisDefinition> analyses) =>
        new(analyses.Select(a => a.ToBinnedAnalysis()));

    /// <summary>
    /// The three samples as one analysis: bin b is the sideband of sample b (LE-FHC, ME-FHC, ME-RHC), filled from that
    /// sample's exposure (<see cref="BeamExposure.Block"/>); the per-bin effective likelihood is the sum of the three
    /// analyses' −2 ln L (independent samples), so scan and limit see the combination of the issue.
    /// </summary>
    /// <remarks>One selection serves the three blocks, with the FHC dE/dx acceptance; the RHC acceptance (91% instead of
    /// 93%) is a flat factor and enters as the fraction 0.91/0.93 of the ME-RHC POT, which changes every RHC rate by
    /// exactly that factor (the reported upscattering of that block included).</remarks>
    private static AnalysisDefinition Combined(string id, IReadOnlyList<AnalysisDefinition> three)
    {
        var exposures = three.Select((a, block) => a.Exposures[0] with
        {
            Amount = a.Exposures[0].Amount * ((NueShowerSelection)a.Selection).DEdxAcceptance / DEdxAcceptanceFhc,
            Block = block,
        }).ToArray();
        return new AnalysisDefinition(id,
            $"MINERvA LE-FHC + ME-FHC + ME-RHC nu-e samples combined (one high-dE/dx sideband bin each): single photon (N -> nu gamma) converting in the fiducial volume; "
                + $"background normalisation uncertainty {((EffectiveLikelihood)three[0].Likelihood).FractionalSystematic:P0}; digitised data (approximate)",
            SignalTopology.PhotonConversionInFiducial,
            exposures,
            new NueShowerSelection(DEdxAcceptanceFhc),
            new Binning("high dE/dx sideband", "", [double.MinValue, double.MaxValue], 3),
            new AnalysisData([.. three.Select(a => a.Data.Observed[0])], [.. three.Select(a => a.Data.Background[0])]),
            three[0].Likelihood);
    }

    private static AnalysisDefinition Build(string id, string mode, double pot, double dEdx, double eta, double[] data, double[] background) =>
        new(id, $"MINERvA {mode} nu-e sample, high-dE/dx sideband: single photon (N -> nu gamma) converting in the fiducial volume; "
                + $"background normalisation uncertainty {eta:P0}; digitised data (approximate)",
            SignalTopology.PhotonConversionInFiducial,
            [new BeamExposure(mode, pot)],
            new NueShowerSelection(dEdx),
            Binning.SingleBin("high dE/dx sideband"),
            new AnalysisData([DEdxSideband.Sideband(data)], [DEdxSideband.Sideband(background)]),
            new EffectiveLikelihood(eta));
}
