using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Inference;

/// <summary>One parameter of a <see cref="ModelFamily"/>'s schema: its name (as scans and the JSON outputs spell it), the
/// symbol for plots, the unit, the allowed range, whether it is a mass or a coupling and its natural axis scale.</summary>
/// <param name="Name">Name, e.g. "m-n".</param>
/// <param name="Symbol">Symbol for plot titles, e.g. "m_N".</param>
/// <param name="Unit">Unit, e.g. "GeV" ("" if dimensionless).</param>
/// <param name="Minimum">Smallest allowed value (inclusive unless <paramref name="Minimum"/> is 0 for a log-scaled parameter).</param>
/// <param name="Maximum">Largest allowed value (inclusive).</param>
/// <param name="Kind">Mass (kinematics) or coupling (reweighted exactly).</param>
/// <param name="Scale">The natural scan scale (log for couplings and masses spanning decades).</param>
public sealed record FamilyParameter(string Name, string Symbol, string Unit, double Minimum, double Maximum, ParameterKind Kind, AxisScale Scale)
{
    /// <summary>Whether <paramref name="value"/> lies in the allowed range (&gt; 0 for a logarithmic parameter).</summary>
    public bool Allows(double value) => value >= Minimum && value <= Maximum && (Scale == AxisScale.Linear || value > 0);

    /// <summary>Refuses a scan axis from <paramref name="min"/> to <paramref name="max"/> that reaches outside the range.</summary>
    /// <param name="min">The axis's first value.</param>
    /// <param name="max">The axis's last value.</param>
    /// <param name="family">The family's name, for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException">An end the parameter does not allow (the message names the parameter,
    /// the value and the range).</exception>
    internal void CheckAxis(double min, double max, string family)
    {
        foreach (double end in (ReadOnlySpan<double>)[min, max])
            if (!Allows(end))
                throw new ArgumentOutOfRangeException(Name, end, FormattableString.Invariant(
                    $"axis {Name} = {end:G6} is outside the {family} family's range [{Minimum:G6}, {Maximum:G6}]{(Scale == AxisScale.Logarithmic ? " (> 0, logarithmic)" : "")}"));
    }
}
