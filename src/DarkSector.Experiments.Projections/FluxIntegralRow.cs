using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Experiments.Projections;

/// <summary>
/// The flux-normalisation rows of ICARUS and the DUNE ND for <c>darksector validate</c>: the integral of one embedded
/// beam against the upstream table's own integral, i.e. the sum over its histogram bins (value × bin width), computed
/// once from the copy in data/darknews/fluxes and written into the row with the recipe in its source.
/// </summary>
/// <remarks>The plugin integrates the same nodes with the trapezoid rule between bin centres, which leaves out half of
/// the first and the last bin: 0.2% of the BNB ν_μ flux, 0.5% of the LBNF ones (their first bin, 0–0.25 GeV, is not
/// small). Hence the 1% tolerance: a wrong unit (a missing 1/0.05 or (47/60)²) or a wrong column is off by factors.</remarks>
internal static class FluxIntegralRow
{
    /// <summary>The row for the beam of <paramref name="mode"/> and <paramref name="flavour"/> of <paramref name="experiment"/>.</summary>
    public static ValidationRow Create(IExperiment experiment, string mode, NeutrinoFlavour flavour, string label, double upstream, string source) => new()
    {
        Id = $"{experiment.Info.Id}/flux {label} integral",
        Experiment = experiment.Info.Id,
        Quantity = $"integral of the {label} flux at {experiment.Info.Name} (nu / cm^2 / POT)",
        Published = upstream,
        PublishedUncertainty = 0.0005 * upstream, // the reference is rounded to 4 significant digits
        Source = source,
        Assumptions = "ours: trapezoid between the table's bin centres over the embedded copy of the same file",
        RelativeTolerance = 0.01,
        ToleranceReason = "the trapezoid between bin centres drops half of the first and last bins (0.2% BNB, 0.5% LBNF) against the histogram sum",
        Compute = _ => new ValidationValue(experiment.Beams.Single(b => b.Mode == mode && b.Flavour == flavour).Spectrum.Integral, 0),
    };
}
