using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Validation;

namespace DarkSector.Reporting.Validation;

/// <summary>The rows <c>darksector validate</c> computes: the core's model quantities (<see cref="CoreValidation"/>, experiment
/// id "core") first, then every row the discovered plugins declare (<see cref="IValidationSource"/>); or those of one experiment.</summary>
public static class ValidationRows
{
    /// <summary>The rows of <paramref name="catalog"/>'s plugins and the core, or only those of <paramref name="experiment"/>.</summary>
    /// <param name="catalog">The discovered experiments.</param>
    /// <param name="experiment">An experiment id ("core": the model quantities), or null for every row.</param>
    /// <exception cref="ArgumentException">An id that is neither "core" nor discovered (the message names --experiment and the known ids).</exception>
    public static IReadOnlyList<ValidationRow> Of(ExperimentCatalog catalog, string? experiment = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (experiment is not null && experiment != CoreValidation.Experiment && !catalog.Ids.Contains(experiment))
            throw new ArgumentException($"--experiment: unknown experiment '{experiment}'; known: {CoreValidation.Experiment} (model quantities), {string.Join(", ", catalog.Ids)}");
        return [.. (experiment is null || experiment == CoreValidation.Experiment ? CoreValidation.Rows : [])
            .Concat(catalog.LoadAll().Where(e => experiment is null || e.Info.Id == experiment).OfType<IValidationSource>().SelectMany(s => s.ValidationRows))];
    }
}
