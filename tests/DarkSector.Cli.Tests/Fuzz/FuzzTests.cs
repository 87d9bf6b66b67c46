using System.Collections.Concurrent;
using System.Diagnostics;
using DarkSector.Tests;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace DarkSector.Cli.Tests.Fuzz;

/// <summary>The CLI fuzz suite (issue 24): fuzzed command lines (<see cref="FuzzCases"/>) over every kind of input —
/// options, a model card, sample and part files (truncated, bit-flipped or foreign) — end with exit code 0 or 2 only,
/// no stack trace in the output, a single "darksector: …" line and no output file left behind on failure, each case
/// bounded in time. The gating run checks <see cref="GatingCases"/> cases from the fixed FsCheck seed; a larger sweep:
/// <c>DARKSECTOR_FUZZ_CASES=2000 DARKSECTOR_FSCHECK_SEED=random dotnet test tests/DarkSector.Cli.Tests --filter Category=Fuzz</c>.</summary>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests(FuzzTests.Inputs inputs, ITestOutputHelper output) : IClassFixture<FuzzTests.Inputs>
{
    /// <summary>Cases of the gating run.</summary>
    public const int GatingCases = 60;

    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(60);

    /// <summary>Valid input files, made once: the dark-seesaw example card, an event file (from generate) and a rate
    /// shard part.</summary>
    public sealed class Inputs : IDisposable
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("darksector-fuzz-inputs-").FullName;
        public byte[] Card { get; }
        public byte[] Events { get; }
        public byte[] Part { get; }

        public Inputs()
        {
            Card = File.ReadAllBytes(Commands.Spectrum.DarkSeesawSpectrumCommandTests.ExampleCard("json"));
            string events = Path.Combine(Folder, "e.dsev"), rate = Path.Combine(Folder, "r.json");
            Ok(CliRunner.Run("generate", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon", "0.02", "--alpha-d", "0.4", "--v-mu-n2", "2.2e-7",
                "--flux", "miniboone:fhc:numu", "--events", "100", "--seed", "1", "--out", events));
            Events = File.ReadAllBytes(events);
            Ok(CliRunner.Run("rate", "t2k-nd280", "dark-photon", "--mn", "0.1", "--mzprime", "1.25", "--epsilon", "0.02", "--alpha-d", "0.4",
                "--v-mu-n2", "2.2e-7", "--events", "100", "--seed", "1", "--out", rate, "--shard", "0/1"));
            Part = File.ReadAllBytes(Directory.GetFiles(Folder, "r.json.shard-*").Single());
        }

        private static void Ok(CliRunner.Result r) => Assert.True(r.ExitCode == 0, r.Error);

        public void Dispose()
        {
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact] // every base line is valid as written (so the mutations, not the base, are what the fuzzing tests), except closure
    // of an event file, refused by name
    public void BaseLines_Succeed()
    {
        foreach (var line in FuzzCases.BaseLines)
        {
            var (result, _, _) = RunCase(line, damage: (0, 0));
            if (line.Contains(FuzzCases.Events))
            {
                // closure reads joint samples: the intact event file is already refused, naming what it is.
                Assert.Equal(2, result.ExitCode);
                Assert.Contains("is an event .dsev file, not a joint reweighting sample", result.Error);
                continue;
            }
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', line)}: {result.Error}");
        }
    }

    [Fact]
    public void FuzzedCommandLines_ExitWith0Or2_OneLine_NoStackTrace_NoFileLeft()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("DARKSECTOR_FUZZ_CASES"), out int n) && n > 0 ? n : GatingCases;
        var codes = new ConcurrentDictionary<int, int>();
        var damage = Gen.Choose(0, 4).SelectMany(kind => Gen.Choose(0, 1 << 20).Select(at => (kind, at)));
        Prop.ForAll(Arb.From(FuzzCases.Case(FuzzCases.BaseLines.Length)), Arb.From(damage), (c, d) =>
        {
            var args = FuzzCases.Mutate(FuzzCases.BaseLines[c.Line], c.Mutations);
            var (result, leftovers, elapsed) = RunCase(args, d);
            string line = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : a));
            codes.AddOrUpdate(result.ExitCode, 1, (_, k) => k + 1);
            Assert.True(result.ExitCode is 0 or 2, $"exit {result.ExitCode} for: {line}\n{result.Error}");
            Assert.DoesNotContain("   at ", result.Error);
            Assert.DoesNotContain("   at ", result.Out);
            Assert.True(elapsed < CaseLimit, $"{elapsed} for: {line}");
            if (result.ExitCode == 2)
            {
                string error = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
                Assert.StartsWith("darksector: ", error);
                Assert.True(leftovers.Length == 0, $"left {string.Join(", ", leftovers)} after: {line}\n{error}");
            }
        }).Check(PropertySettingsAttribute.Configuration(cases));
        output.WriteLine($"fuzz cases: {cases}; exit codes: {string.Join(", ", codes.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"))}");
    }

    /// <summary>Runs one case in a fresh folder with its input files (damaged per <paramref name="damage"/>: 0 none,
    /// 1 truncated, 2 one bit flipped, 3 text, 4 another format); returns the result, the files the run added and the
    /// time it took.</summary>
    private (CliRunner.Result Result, string[] Leftovers, TimeSpan Elapsed) RunCase(string[] line, (int Kind, int At) damage)
    {
        string folder = Directory.CreateTempSubdirectory("darksector-fuzz-").FullName;
        try
        {
            string card = Write(folder, "card.json", inputs.Card, damage), events = Write(folder, "events.dsev", inputs.Events, damage);
            string part = Write(folder, "r.json.shard-0-of-1", inputs.Part, damage);
            var args = line.Select(a => a.Replace(FuzzCases.Folder, folder, StringComparison.Ordinal)
                .Replace(FuzzCases.Card, card, StringComparison.Ordinal).Replace(FuzzCases.Events, events, StringComparison.Ordinal)
                .Replace(FuzzCases.Part, part, StringComparison.Ordinal)).ToArray();
            var before = Directory.GetFiles(folder).ToHashSet();
            var clock = Stopwatch.StartNew();
            var run = Task.Run(() => CliRunner.Run(args));
            Assert.True(run.Wait(CaseLimit), $"no answer within {CaseLimit}: {string.Join(' ', line)}");
            var added = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => !before.Contains(f)).Select(f => Path.GetFileName(f)).ToArray();
            return (run.Result, added, clock.Elapsed);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private string Write(string folder, string name, byte[] bytes, (int Kind, int At) damage)
    {
        byte[] content = damage.Kind switch
        {
            1 => bytes[..(damage.At % bytes.Length)],
            2 => Flip(bytes, damage.At % (8 * bytes.Length)),
            3 => "not a file of this kind\n1,2,3\n"u8.ToArray(),
            4 => ReferenceEquals(bytes, inputs.Events) ? inputs.Part : inputs.Events,
            _ => bytes,
        };
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Flip(byte[] bytes, int bit)
    {
        var copy = (byte[])bytes.Clone();
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
