using DarkSector.Reporting.Tables;
using DarkSector.Sampling.Generation;
using static DarkSector.Reporting.Tables.Cells;

namespace DarkSector.Reporting.Reports;

/// <summary>The summary of an event generation (<c>generate</c>; JSON keys integral, integralError, chi2PerDof, events,
/// unweightingEfficiency, vegasIntegral, vegasError, seed, out, unweighted, units).</summary>
/// <param name="Integral">Σ weights: cm² per target nucleus per POT.</param>
/// <param name="IntegralError">Its MC error.</param>
/// <param name="Chi2PerDof">χ²/dof of VEGAS's production iterations.</param>
/// <param name="Events">Events written.</param>
/// <param name="UnweightingEfficiency">⟨W⟩/W_max of the weighted events.</param>
/// <param name="VegasIntegral">VEGAS's production average.</param>
/// <param name="VegasError">Its error.</param>
/// <param name="Seed">Random seed.</param>
/// <param name="Out">The event file, or null.</param>
/// <param name="Unweighted">Whether the events written are unweighted.</param>
public sealed record GenerationReport(double Integral, double IntegralError, double Chi2PerDof, int Events, double UnweightingEfficiency,
    double VegasIntegral, double VegasError, ulong Seed, string? Out, bool Unweighted) : ITextReport
{
    /// <summary>Units of the numbers.</summary>
    public IReadOnlyDictionary<string, string> Units { get; } = new Dictionary<string, string>
    {
        ["integral"] = "cm^2 per target per POT",
        ["integralError"] = "cm^2 per target per POT",
        ["vegasIntegral"] = "cm^2 per target per POT",
        ["vegasError"] = "cm^2 per target per POT",
        ["unweightingEfficiency"] = "",
    };

    /// <summary>The report of <paramref name="result"/> with <paramref name="events"/> written.</summary>
    public static GenerationReport Of(GenerationResult result, int events, double unweightingEfficiency, ulong seed, string? path, bool unweighted)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Integral, result.IntegralError, result.Integration.Chi2PerDof, events, unweightingEfficiency,
            result.Integration.Integral, result.Integration.Error, seed, path, unweighted);
    }

    /// <inheritdoc/>
    public IEnumerable<ReportBlock> Text()
    {
        yield return new ReportLine($"integral (sum of weights)  {F(Integral, "G6")} ± {F(IntegralError, "G3")} cm^2 per target per POT");
        yield return new ReportLine($"VEGAS production average   {F(VegasIntegral, "G6")} ± {F(VegasError, "G3")} (chi2/dof = {F(Chi2PerDof, "F2")})");
        yield return new ReportLine($"events                     {Events}{(Unweighted ? " (unweighted)" : " (weighted)")}");
        yield return new ReportLine($"unweighting efficiency     {F(UnweightingEfficiency, "G4")}");
        if (Out is not null) yield return new ReportLine($"written                    {Out}");
    }
}
