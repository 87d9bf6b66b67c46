namespace DarkSector.Cli.Commands.Reproduce;

/// <summary>A published exclusion (or preferred-region) figure that <c>darksector reproduce</c> recomputes with
/// <c>scan</c>: the scan arguments are the published model slice with grid sizes and event counts chosen so that the
/// run takes about a minute on two cores.</summary>
/// <param name="Id">Identifier on the command line.</param>
/// <param name="Source">The publication and figure.</param>
/// <param name="Description">What the figure shows.</param>
/// <param name="ScanArguments">Arguments of <c>scan</c> (without --out and --plot); empty for a figure made of
/// <see cref="Parts"/>.</param>
internal sealed record PublishedFigure(string Id, string Source, string Description, IReadOnlyList<string> ScanArguments)
{
    /// <summary>Scans of a composite figure (e.g. one per experiment and plane), each written as
    /// <c>{Id}-{part.Id}.json/.svg</c>, with a summary <c>{Id}.json</c> of the lower edges side by side; empty for a
    /// single scan.</summary>
    public IReadOnlyList<PublishedFigure> Parts { get; init; } = [];

    /// <summary>For a composite figure: per plane (the last word of a part id), the figure id of today's limit drawn
    /// dashed on the overlay when its JSON is in the output folder.</summary>
    public IReadOnlyDictionary<string, string> References { get; init; } = new Dictionary<string, string>();

    /// <summary>The same scan under other assumptions (e.g. the paper's), run first, written as <c>{Id}-{variant}.json</c>
    /// and drawn dashed on the figure (<c>scan --overlay</c>).</summary>
    public IReadOnlyList<FigureVariant> Variants { get; init; } = [];
}

/// <summary>A variant of a published figure's scan: <paramref name="ExtraArguments"/> appended to its scan arguments.</summary>
/// <param name="Id">Suffix of the variant's files.</param>
/// <param name="Label">Legend label of its contour.</param>
/// <param name="ExtraArguments">Scan arguments that make the variant (e.g. --processes coherent).</param>
internal sealed record FigureVariant(string Id, string Label, IReadOnlyList<string> ExtraArguments);
