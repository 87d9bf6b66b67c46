using System.Text.Json.Nodes;
using DarkSector.Sampling.Inference;

namespace DarkSector.Reporting.Scans;

/// <summary>
/// The JSON block <c>profiledFit</c> of a scan with parameters profiled off its axes (<see cref="FamilyScan.ProfiledBestFit"/>):
/// <c>profiled [{name, min, max, scale, points}]</c>, <c>best {values {name: value}, chi2, deltaChi2Background}</c>
/// (values by JSON name, <see cref="ModelFamily.JsonKey"/>: the axes, the held fixed values and the profiled ones),
/// <c>minusTwoLnL</c> (the profile per grid point, x fastest), <c>values {name: [per grid point]}</c> (each profiled
/// parameter's minimising value) and <c>evaluations</c> (−2 ln L evaluations spent).
/// </summary>
public static class ProfiledFitReport
{
    /// <summary>The block.</summary>
    /// <param name="parameters">The profiled parameters as requested (ranges, scales, coarse grids).</param>
    /// <param name="fit">The fit.</param>
    /// <param name="backgroundOnly">−2 ln L of the background-only hypothesis (for deltaChi2Background).</param>
    public static JsonObject Json(IReadOnlyList<ProfiledParameter> parameters, ProfiledFitResult fit, double backgroundOnly)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(fit);
        static JsonNode? Number(double v) => double.IsFinite(v) ? v : null;
        var best = fit.Best;
        return new JsonObject
        {
            ["profiled"] = new JsonArray([.. parameters.Select(p => (JsonNode?)new JsonObject
            {
                ["name"] = p.Name,
                ["min"] = p.Min,
                ["max"] = p.Max,
                ["scale"] = p.Scale == DarkSector.Sampling.Limits.AxisScale.Logarithmic ? "log" : "lin",
                ["points"] = p.Points,
            })]),
            ["best"] = new JsonObject
            {
                ["values"] = new JsonObject(best.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => KeyValuePair.Create(ModelFamily.JsonKey(kv.Key), Number(kv.Value)))),
                ["chi2"] = Number(best.MinusTwoLnL),
                ["deltaChi2Background"] = Number(backgroundOnly - best.MinusTwoLnL),
            },
            ["minusTwoLnL"] = new JsonArray([.. fit.Points.Select(p => Number(p.MinusTwoLnL))]),
            ["values"] = new JsonObject(fit.Profiled.Select(name => KeyValuePair.Create(ModelFamily.JsonKey(name),
                (JsonNode?)new JsonArray([.. fit.Points.Select(p => Number(p.Values[name]))])))),
            ["evaluations"] = fit.Points.Sum(p => (long)p.Evaluations),
        };
    }
}
