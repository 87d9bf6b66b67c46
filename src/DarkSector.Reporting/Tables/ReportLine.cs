namespace DarkSector.Reporting.Tables;

/// <summary>A line of a report's text form, written as is (never wrapped).</summary>
/// <param name="Text">The line.</param>
public sealed record ReportLine(string Text) : ReportBlock;
