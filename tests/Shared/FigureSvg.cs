using System.Xml.Linq;

namespace DarkSector.Tests;

/// <summary>Reads a figure's SVG: parses it as XML and collects its text (each &lt;text&gt; element's value).</summary>
internal static class FigureSvg
{
    public static readonly XNamespace Namespace = "http://www.w3.org/2000/svg";

    /// <summary>The text elements' values of the SVG document <paramref name="svg"/> (throws unless well-formed XML with an svg root).</summary>
    public static IReadOnlyList<string> Texts(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Namespace + "svg", root.Name);
        return root.Descendants(Namespace + "text").Select(t => t.Value).ToArray();
    }

    /// <summary>The document's &lt;title&gt;.</summary>
    public static string Title(string svg) => XDocument.Parse(svg).Root!.Element(Namespace + "title")?.Value ?? "";
}
