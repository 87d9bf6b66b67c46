namespace DarkSector.Cli.Commands;

/// <summary>
/// <c>rate ... --shard i/n --out FILE</c> and its merge: the simulation's event chunks (<see cref="SimulationChunks"/>,
/// 10⁶ events each) are the work units; shard i simulates its chunks into FILE.shard-i-of-n, and <c>darksector merge</c>
/// writes the JSON report <c>rate --json</c> prints for the same arguments (identical but for <c>commandLine</c>).
/// </summary>
internal static class RateShards
{
    /// <summary>--shard as a shard (null without); --out is required with it and only with it (or in a merge, <paramref name="merged"/>).</summary>
    /// <exception cref="ArgumentException">--shard without --out or --out without --shard.</exception>
    public static Shard? ParseShard(string? shard, string? outPath, bool merged)
    {
        if (shard is null && !merged)
            return outPath is null ? null : throw new ArgumentException("--out: only with --shard (the merged report's file); print the report with --json otherwise");
        if (outPath is null) throw new ArgumentException("--shard: give --out (the part OUT.shard-i-of-n is written next to it)");
        OutputPaths.Check("--out", outPath);
        return shard is null ? null : Shard.Parse(shard);
    }

    /// <summary>Simulates the shard's chunks into its part and prints where it went.</summary>
    public static int RunShard(ParseResult parse, CliContext context, Shard shard, string outPath, SimulationOptions simulation,
        Func<SimulationOptions, SimulationResult> simulate, params string[] excluded)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // the family's model options are tokens rate itself does not declare: they belong to the job too
        var request = new JobRequest("rate", [.. CommandRequest.From(parse, "rate", excluded).Arguments, .. parse.UnmatchedTokens]);
        string partPath = shard.PartPath(outPath);
        int chunks = SimulationChunks.ChunkCount(simulation.Events);
        var part = SimulationChunks.RunShard(ShardPart.Empty(request, shard, chunks), simulate, simulation, p => ShardPartFile.Write(p, partPath));
        var summary = ShardPartSummary.Of(part, partPath, "chunks", "event chunks", clock.Elapsed.TotalSeconds);
        return context.Report(summary.ToJson(), summary.WriteText);
    }

    /// <summary>Writes the JSON report of a merged sharded rate to <paramref name="outPath"/> (atomically) and prints one line.</summary>
    /// <param name="context">Output writers.</param>
    /// <param name="json">The report's JSON, as <c>rate --json</c> prints it for the parts' arguments.</param>
    /// <param name="outPath">The merge's --out.</param>
    /// <param name="request">The parts' request (kind "rate").</param>
    /// <param name="chunks">The number of event chunks merged.</param>
    public static int WriteMerged(CliContext context, string json, string outPath, JobRequest request, int chunks)
    {
        OutputFiles.WriteText(outPath, json + Environment.NewLine);
        if (context.Json) context.WriteJson(new { file = outPath, chunks, fingerprint = request.Fingerprint });
        else context.Out.WriteLine($"merged rate of {chunks} event chunks; written {outPath}");
        return ExitCodes.Success;
    }
}
