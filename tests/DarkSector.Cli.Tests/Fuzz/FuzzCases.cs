using FsCheck;
using FsCheck.Fluent;

namespace DarkSector.Cli.Tests.Fuzz;

/// <summary>Generators of fuzzed command lines: a valid, fast base line per command (small --events), then one to
/// three mutations — an option's value replaced by a hostile token (random text, empty, NaN/Inf, extreme or denormal
/// numbers, wrong types, decimal commas, paths that do not exist or are folders), an option dropped, duplicated or
/// unknown, or an input file replaced by a truncated, bit-flipped or foreign copy.</summary>
internal static class FuzzCases
{
    /// <summary>Placeholders in base lines: the case's folder and its damaged input files.</summary>
    public const string Folder = "{dir}", Card = "{card}", Part = "{part}", Events = "{events}";

    private static readonly string[] DarkPhoton = ["--mn", "0.1", "--mzprime", "1.25", "--epsilon", "0.02", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7"];

    /// <summary>Base lines: valid as written (the fuzz suite checks that), fast, writing only into the case folder.</summary>
    public static readonly string[][] BaseLines =
    [
        ["decay", "dark-photon", .. DarkPhoton, "--json"],
        ["decay", "dipole", "--mn", "0.1", "--d-mu", "1e-6"],
        ["xsec", "dipole", "--mn", "0.1", "--d-mu", "1e-6", "--enu", "1"],
        ["formfactor", "--nucleus", "C12", "--q", "0.1", "--json"],
        ["spectrum", "dark-seesaw", "--card", Card, "--json"],
        ["geometry", "t2k-nd280", "--json"],
        ["experiments", "--json"],
        ["rate", "t2k-nd280", "dark-photon", .. DarkPhoton, "--events", "100", "--seed", "3", "--json"],
        ["generate", "dark-photon", .. DarkPhoton, "--flux", "miniboone:fhc:numu", "--events", "100", "--seed", "3", "--out", Folder + "/e.dsev"],
        ["merge", Part, "--out", Folder + "/m.json"],
        ["closure", Events, "--points", "2", "--events", "100", "--out", Folder + "/c.json"],
    ];

    /// <summary>Hostile values for any option.</summary>
    public static readonly string[] Tokens =
    [
        "", " ", "-", "--", "nan", "NaN", "-nan", "inf", "Infinity", "-Infinity", "∞", "1e308", "-1e308", "1e309", "4.9e-324",
        "0", "-0", "-1", "1", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1e12", "0x10", "1,5", "1.5.2",
        "٣", "1e", "e5", "true", "null", "{}", "[1,2]", "a:b:c:d:e", "m-n:0.05:0.2:log:3", "t2k-nd280", "dark-photon",
        "/no/such/folder/x.json", "/", ".", "x.unknown", new string('9', 400), new string('x', 5000), "\u0000", "caf\u00e9", "'quoted'",
    ];

    /// <summary>One fuzzed case: a base line index, then mutations (kind, position, token index).</summary>
    public static Gen<(int Line, (int Kind, int At, int Token)[] Mutations)> Case(int lines) =>
        from line in Gen.Choose(0, lines - 1)
        from count in Gen.Choose(0, 3)
        from mutations in Gen.ArrayOf(from kind in Gen.Choose(0, 5) from at in Gen.Choose(0, 1000) from token in Gen.Choose(0, Tokens.Length - 1) select (kind, at, token), count)
        select (line, mutations);

    /// <summary>Applies the mutations to a base line (kinds: 0–2 replace a value, 3 drop an option with its value,
    /// 4 duplicate an option, 5 add an unknown option or a stray argument).</summary>
    public static string[] Mutate(string[] line, (int Kind, int At, int Token)[] mutations)
    {
        var args = line.ToList();
        foreach (var (kind, at, token) in mutations)
        {
            var options = Enumerable.Range(0, args.Count).Where(i => args[i].StartsWith("--", StringComparison.Ordinal)).ToArray();
            string value = Tokens[token];
            switch (kind)
            {
                case <= 2 when args.Count > 1:
                    int i = 1 + at % (args.Count - 1);
                    args[i] = value;
                    break;
                case 3 when options.Length > 0:
                    int o = options[at % options.Length];
                    bool hasValue = o + 1 < args.Count && !args[o + 1].StartsWith("--", StringComparison.Ordinal);
                    args.RemoveRange(o, hasValue ? 2 : 1);
                    break;
                case 4 when options.Length > 0:
                    int d = options[at % options.Length];
                    args.AddRange(d + 1 < args.Count ? [args[d], value] : [args[d]]);
                    break;
                default:
                    args.AddRange(at % 2 == 0 ? ["--no-such-option", value] : [value]);
                    break;
            }
        }
        return [.. args];
    }
}
