using System.Globalization;
using System.Reflection;
using OxyPlot;

namespace DarkSector.Reporting.Plotting;

/// <summary>Colours as the plot API takes them: "#rrggbb", "#aarrggbb" or an OxyPlot colour name ("gold", "black").</summary>
public static class Colors
{
    /// <summary>The colour named by <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">Neither hexadecimal nor a known name.</exception>
    public static OxyColor Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text[0] == '#' && uint.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint value))
        {
            return text.Length switch
            {
                7 => OxyColor.FromUInt32(0xFF000000u | value),
                9 => OxyColor.FromUInt32(value),
                _ => throw new ArgumentException($"colour '{text}' is not #rrggbb or #aarrggbb", nameof(text)),
            };
        }
        var field = typeof(OxyColors).GetField(text, BindingFlags.Public | BindingFlags.Static | BindingFlags.IgnoreCase);
        return field?.GetValue(null) is OxyColor named ? named : throw new ArgumentException($"colour '{text}' is unknown", nameof(text));
    }
}
