using System.Globalization;

namespace DarkSector.Sampling.Reweighting;

/// <summary>One sampled parameter of a joint sample and its box: θ is drawn uniformly in ln θ over
/// [<see cref="Minimum"/>, <see cref="Maximum"/>] (e.g. m_N in GeV).</summary>
/// <remarks>Immutable; validated in the constructor (no init accessors, so <c>with</c> cannot bypass the check).</remarks>
public sealed record JointSampleAxis
{
    /// <summary>Creates an axis.</summary>
    /// <param name="name">Parameter name as the caller spells it (e.g. "m-n"); non-empty, one line.</param>
    /// <param name="minimum">Lower edge of the box, in the parameter's unit; finite, &gt; 0.</param>
    /// <param name="maximum">Upper edge; finite, &gt; <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentException">An empty or multi-line name, or an edge outside its range.</exception>
    public JointSampleAxis(string name, double minimum, double maximum)
    {
        JointSampleMetadata.CheckText(name, nameof(name));
        if (!double.IsFinite(minimum) || !(minimum > 0))
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, $"minimum of '{name}' = {Format(minimum)} must be finite and > 0");
        if (!double.IsFinite(maximum) || !(maximum > minimum))
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"maximum of '{name}' = {Format(maximum)} must be finite and > minimum = {Format(minimum)}");
        (Name, Minimum, Maximum) = (name, minimum, maximum);
    }

    /// <summary>Parameter name.</summary>
    public string Name { get; }

    /// <summary>Lower edge of the box (parameter unit).</summary>
    public double Minimum { get; }

    /// <summary>Upper edge of the box (parameter unit).</summary>
    public double Maximum { get; }

    /// <summary>Width of the box in ln θ: ln(max/min).</summary>
    public double LogWidth => Math.Log(Maximum / Minimum);

    /// <summary>Whether <paramref name="value"/> lies in the closed box [min, max].</summary>
    public bool Contains(double value) => value >= Minimum && value <= Maximum;

    private static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
