using System.Text.Json.Nodes;
using DarkSector.Sampling.Distributed;
using static System.FormattableString;

namespace DarkSector.Reporting.Distributed;

/// <summary>What a run of one shard of a job wrote (<c>scan</c>, <c>sample</c>, <c>rate</c>, <c>generate</c> with
/// <c>--shard i/n</c>): the part file and how many of the job's work units it holds.</summary>
/// <param name="Part">The part file written (OUT.shard-i-of-n).</param>
/// <param name="Shard">The shard.</param>
/// <param name="Key">The JSON key of the unit count, e.g. "columns" (the total is "totalColumns").</param>
/// <param name="Done">Units in the part.</param>
/// <param name="Total">Units of the whole job.</param>
/// <param name="Units">The units in words, e.g. "event chunks".</param>
/// <param name="Fingerprint">The job's fingerprint (<see cref="JobRequest.Fingerprint"/>).</param>
/// <param name="Seconds">Wall time of the run.</param>
public sealed record ShardPartSummary(string Part, Shard Shard, string Key, int Done, int Total, string Units, string Fingerprint, double Seconds)
{
    /// <summary>The summary of a finished <paramref name="part"/> written to <paramref name="path"/>.</summary>
    /// <param name="part">The part (its shard, units, job size and request).</param>
    /// <param name="path">Where it was written.</param>
    /// <param name="key">The JSON key of the unit count.</param>
    /// <param name="units">The units in words.</param>
    /// <param name="seconds">Wall time of the run.</param>
    public static ShardPartSummary Of(ShardPart part, string path, string key, string units, double seconds)
    {
        ArgumentNullException.ThrowIfNull(part);
        return new(path, part.Shard, key, part.Units.Count, part.UnitCount, units, part.Request.Fingerprint, seconds);
    }

    /// <summary>As JSON: {part, shard, KEY, totalKEY, fingerprint, seconds} (e.g. columns and totalColumns).</summary>
    public JsonObject ToJson() => new()
    {
        ["part"] = Part, ["shard"] = Shard.ToString(), [Key] = Done, ["total" + char.ToUpperInvariant(Key[0]) + Key[1..]] = Total,
        ["fingerprint"] = Fingerprint, ["seconds"] = Seconds,
    };

    /// <summary>Prints one line: the units done, the time and the part written.</summary>
    /// <param name="o">The writer.</param>
    public void WriteText(TextWriter o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.WriteLine(Invariant($"shard {Shard}: {Done} of {Total} {Units}, {Seconds:0.#} s; written {Part} (join the parts with darksector merge)"));
    }
}
