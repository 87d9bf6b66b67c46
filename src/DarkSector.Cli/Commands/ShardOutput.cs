using System.Text.Json.Nodes;
using static System.FormattableString;

namespace DarkSector.Cli.Commands;

/// <summary>What a command run with <c>--shard i/n</c> prints (scan, sample, rate, generate): the part it wrote and how
/// many of the job's work units it holds.</summary>
internal static class ShardOutput
{
    /// <summary>Prints <c>{part, shard, KEY, totalKEY, fingerprint, seconds}</c> with --json (<c>key</c> e.g. "columns",
    /// then "totalColumns"), else one line naming the <c>units</c> (e.g. "event chunks"); returns success.</summary>
    public static int Written(CliContext context, string partPath, Shard shard, string key, int done, int total, string units, JobRequest request, double seconds)
    {
        if (context.Json)
            context.WriteJson(new JsonObject { ["part"] = partPath, ["shard"] = shard.ToString(), [key] = done, ["total" + char.ToUpperInvariant(key[0]) + key[1..]] = total, ["fingerprint"] = request.Fingerprint, ["seconds"] = seconds });
        else context.Out.WriteLine(Invariant($"shard {shard}: {done} of {total} {units}, {seconds:0.#} s; written {partPath} (join the parts with darksector merge)"));
        return ExitCodes.Success;
    }
}
