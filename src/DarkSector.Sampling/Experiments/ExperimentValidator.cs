namespace DarkSector.Sampling.Experiments;

/// <summary>Checks that an experiment's description is complete and consistent; every problem is reported, not
/// only the first.</summary>
internal static class ExperimentValidator
{
    /// <summary>The problems found (empty if none).</summary>
    public static IReadOnlyList<string> Validate(IExperiment experiment, string exportedId)
    {
        var problems = new List<string>();
        ExperimentInfo? info = null;
        IReadOnlyList<BeamFlux>? beams = null;
        IReadOnlyList<AnalysisDefinition>? analyses = null;
        Geometry.Detector? detector = null;
        try { info = experiment.Info; detector = experiment.Detector; beams = experiment.Beams; analyses = experiment.Analyses; _ = experiment.Defaults; }
        catch (Exception e) { problems.Add($"a property threw {e.GetType().Name}: {e.Message}"); }
        if (info is null) problems.Add("Info is null");
        else if (info.Id != exportedId) problems.Add($"Info.Id = '{info.Id}' differs from the exported id '{exportedId}'");
        if (detector is null) problems.Add("Detector is null");
        if (beams is null) problems.Add("Beams is null");
        if (analyses is null) problems.Add("Analyses is null");
        if (detector is not null && analyses is not null && analyses.Count > 0
            && !detector.Volumes.Any(v => v.Role.HasFlag(Geometry.VolumeRole.Fiducial)))
            problems.Add($"detector '{detector.Name}' has analyses but no volume with the Fiducial role");
        if (beams is not null && analyses is not null)
        {
            var modes = beams.Select(b => b.Mode).ToHashSet(StringComparer.Ordinal);
            foreach (var group in analyses.GroupBy(a => a.Id).Where(g => g.Count() > 1))
                problems.Add($"analysis id '{group.Key}' is used {group.Count()} times");
            foreach (var analysis in analyses)
                foreach (var exposure in analysis.Exposures)
                    if (!modes.Contains(exposure.Mode))
                        problems.Add($"analysis '{analysis.Id}' uses beam mode '{exposure.Mode}' that has no flux (modes: {string.Join(", ", modes)})");
        }
        if (info is not null && analyses is not null) problems.AddRange(FigureProblems(experiment, info.Id, analyses));
        return problems;
    }

    /// <summary>Problems of the declared figures (single and combined): an experiment id other than the plugin's, an
    /// unknown analysis, a repeated id.</summary>
    private static IEnumerable<string> FigureProblems(IExperiment experiment, string id, IReadOnlyList<AnalysisDefinition> analyses)
    {
        IReadOnlyList<PublishedFigure> figures;
        IReadOnlyList<CombinedFigure> combined;
        try { figures = experiment.Figures; _ = experiment.CompositeFigures; combined = experiment.CombinedFigures ?? []; }
        catch (Exception e) { return [$"Figures threw {e.GetType().Name}: {e.Message}"]; }
        var problems = new List<string>();
        foreach (var c in combined)
        {
            if (c.ExperimentId != id || c.Plane.ExperimentId != id)
                problems.Add($"combined figure '{c.Id}' must be declared for, and scan the plane of, '{id}' (it names '{c.ExperimentId}' and '{c.Plane.ExperimentId}')");
            if (c.Others.Any(o => o.ExperimentId == id)) problems.Add($"combined figure '{c.Id}' names '{id}' again among the others");
        }
        figures = [.. figures ?? [], .. combined.Select(c => c.Plane with { Id = c.Id })];
        foreach (var figure in figures)
        {
            if (figure.ExperimentId != id) problems.Add($"figure '{figure.Id}' names experiment '{figure.ExperimentId}', not '{id}'");
            if (figure.Analysis is string analysis && analyses.All(a => a.Id != analysis))
                problems.Add($"figure '{figure.Id}' uses analysis '{analysis}' that {id} does not have (analyses: {string.Join(", ", analyses.Select(a => a.Id))})");
        }
        foreach (var group in figures.GroupBy(f => f.Id).Where(g => g.Count() > 1))
            problems.Add($"figure id '{group.Key}' is used {group.Count()} times");
        return problems;
    }
}
