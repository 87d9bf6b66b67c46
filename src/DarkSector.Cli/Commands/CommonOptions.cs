namespace DarkSector.Cli.Commands;

/// <summary>The options the analysis commands share, spelled once: --analysis, --cl, --data, --decay-to, --shard, --resume.</summary>
internal static class CommonOptions
{
    /// <summary>--analysis: an analysis id, default the experiment's first.</summary>
    public static Option<string?> Analysis() => new("--analysis") { Description = "Analysis id (default: the experiment's first analysis)." };

    /// <summary>--cl: a confidence level, default the experiment's publication default.</summary>
    public static Option<double?> Cl() => new("--cl") { Description = "Confidence level in (0, 1) (default: the experiment's publication default, e.g. 0.9 for T2K, 0.95 for MINERvA and MicroBooNE)." };

    /// <summary>--data observed|asimov; <paramref name="asimov"/> says what the Asimov data give.</summary>
    public static Option<string> Data(string asimov) => new Option<string>("--data")
    {
        Description = $"Data to compare with: 'observed' (the analysis's counts, default) or 'asimov' (the expected background: {asimov}).",
        DefaultValueFactory = _ => "observed",
    }.AcceptOnlyFromAmong("observed", "asimov");

    /// <summary>The data set --data names.</summary>
    public static DataSet DataSetOf(ParseResult parse, Option<string> data) => parse.GetValue(data) == "asimov" ? DataSet.Asimov : DataSet.Observed;

    /// <summary>--decay-to nu|n4 (dark-photon: the recoil of the visible decay).</summary>
    public static Option<string> DecayTo() => new Option<string>("--decay-to")
    {
        Description = "dark-photon: recoil of the visible decay of the produced (heaviest) HNL: 'nu' (N -> nu e+e-, default) or 'n4' (N5 -> N4 e+e-, the dual scenario; needs --m4).",
        DefaultValueFactory = _ => "nu",
    }.AcceptOnlyFromAmong("nu", "n4");

    /// <summary>--shard i/n over <paramref name="units"/>.</summary>
    public static Option<string?> Shard(string verb, string units) =>
        new("--shard") { Description = $"{verb} only shard i/n (0-based) of the {units} and write the part OUT.shard-i-of-n next to --out (join the parts with darksector merge)." };

    /// <summary>--resume: checkpoint finished <paramref name="units"/> and continue a checkpoint.</summary>
    public static Option<bool> Resume(string units) =>
        new("--resume") { Description = $"Checkpoint finished {units} in OUT.shard-i-of-n (OUT.shard-0-of-1 without --shard) and continue from it if it exists." };
}
