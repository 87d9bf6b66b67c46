namespace DarkSector.Reporting.Tables;

/// <summary>A table of a report's text form: column headers and rows of formatted cells (invariant culture).</summary>
/// <param name="Headers">Column headers.</param>
/// <param name="Rows">Rows, each with one cell per header.</param>
/// <param name="RightAligned">Whether the cells are right-aligned (numbers).</param>
public sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, bool RightAligned = false) : ReportBlock;
