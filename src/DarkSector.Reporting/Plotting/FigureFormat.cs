namespace DarkSector.Reporting.Plotting;

/// <summary>The file formats a figure is written in, chosen by the file's extension.</summary>
public enum FigureFormat
{
    /// <summary>Scalable vector graphics (.svg): text stays text.</summary>
    Svg,

    /// <summary>Portable document format (.pdf), vector, fonts embedded.</summary>
    Pdf,

    /// <summary>Portable network graphics (.png), rendered at twice the nominal size.</summary>
    Png,
}
