using FsCheck;
using FsCheck.Fluent;
using System.Globalization;
using FsCheck.Xunit;

[assembly: DarkSector.Tests.PropertySettings]

namespace DarkSector.Tests;

/// <summary>
/// The FsCheck.Xunit settings of every <c>[Property]</c> in a test project (registered once per assembly): the shared
/// <see cref="PhysicalArbitraries"/>, and a fixed seed so that the gating run checks the same cases every time (CI cannot
/// flake; a failure replays exactly). FsCheck prints the seed of a failing run as "(seed,gamma)"; paste it into
/// <c>DARKSECTOR_FSCHECK_SEED</c> (or <c>[Property(Replay = "seed,gamma")]</c>) to replay it, shrinking included.
/// <para>The randomised sweep (docs/testing.md): <c>DARKSECTOR_PROPERTY_SWEEP=1</c> draws a fresh seed per property and
/// runs <see cref="SweepMaxTest"/> cases where the property does not set its own <c>MaxTest</c>.</para>
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class PropertySettingsAttribute : PropertiesAttribute
{
    /// <summary>The gating run's seed and SplitMix increment (any values; fixed so that runs are reproducible).</summary>
    public const string GatingReplay = "20261122,11400714819323198485";

    /// <summary>Cases per property in the gating run (FsCheck's default).</summary>
    public const int GatingMaxTest = 100;

    /// <summary>Cases per property in the sweep.</summary>
    public const int SweepMaxTest = 2000;

    /// <summary>The same settings for a property checked from inside a test (when the case count is only known at run time,
    /// e.g. the CLI fuzz suite's <c>DARKSECTOR_FUZZ_CASES</c>): the gating seed unless <c>DARKSECTOR_FSCHECK_SEED</c> says
    /// otherwise ("random" for a fresh one), and <paramref name="maxTest"/> cases; throws on failure with the seed.</summary>
    public static FsCheck.Config Configuration(int maxTest)
    {
        var config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithArbitrary([typeof(PhysicalArbitraries)]);
        string? seed = Environment.GetEnvironmentVariable("DARKSECTOR_FSCHECK_SEED")?.Trim().Trim('(', ')');
        if (string.Equals(seed, "random", StringComparison.OrdinalIgnoreCase)) return config;
        string[] replay = (string.IsNullOrEmpty(seed) ? GatingReplay : seed.Contains(',') ? seed : $"{seed},{GatingReplay.Split(',')[1]}").Split(',');
        return config.WithReplay(ulong.Parse(replay[0], CultureInfo.InvariantCulture), ulong.Parse(replay[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Reads the environment once per test assembly (the attribute is instantiated by xunit's discovery).</summary>
    public PropertySettingsAttribute()
    {
        Arbitrary = [typeof(PhysicalArbitraries)];
        bool sweep = Environment.GetEnvironmentVariable("DARKSECTOR_PROPERTY_SWEEP") is "1" or "true";
        MaxTest = sweep ? SweepMaxTest : GatingMaxTest;
        string? seed = Environment.GetEnvironmentVariable("DARKSECTOR_FSCHECK_SEED")?.Trim().Trim('(', ')');
        if (!string.IsNullOrEmpty(seed) && !string.Equals(seed, "random", StringComparison.OrdinalIgnoreCase))
            Replay = ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong single)
                ? string.Create(CultureInfo.InvariantCulture, $"{single},{GatingReplay.Split(',')[1]}")
                : seed;
        else if (seed is null && !sweep)
            Replay = GatingReplay;
    }
}
