namespace DarkSector.Reporting.Tables;

/// <summary>One block of a report's text form: a line (<see cref="ReportLine"/>) or a table (<see cref="ReportTable"/>).</summary>
public abstract record ReportBlock;
