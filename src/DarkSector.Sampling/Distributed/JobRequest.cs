using System.Security.Cryptography;
using System.Text;

namespace DarkSector.Sampling.Distributed;

/// <summary>
/// What a sharded job computes: its kind ("scan", "sample"), its canonical arguments (everything that determines the
/// result: model, grid, seed, events; never the output path or the shard) and the software version. Parts of one job
/// carry the same request; <see cref="Fingerprint"/> identifies it in file names and reports.
/// </summary>
/// <remarks>Arguments are a command line in canonical order: positional values first, then "--option value..." groups.
/// Immutable.</remarks>
public sealed record JobRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="kind">Non-empty kind of job, e.g. "scan".</param>
    /// <param name="arguments">Canonical arguments (copied).</param>
    /// <param name="softwareVersion">Version of the software that computes it (default: this assembly's).</param>
    /// <exception cref="ArgumentException">Empty kind or a null argument.</exception>
    public JobRequest(string kind, IEnumerable<string> arguments, string? softwareVersion = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(arguments);
        string[] copy = [.. arguments];
        if (copy.Any(a => a is null)) throw new ArgumentException("arguments must not contain null", nameof(arguments));
        (Kind, Arguments, SoftwareVersion) = (kind, copy, softwareVersion ?? CurrentVersion);
    }

    /// <summary>The version of this software, stored in every part.</summary>
    public static string CurrentVersion { get; } = typeof(JobRequest).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>Kind of job, e.g. "scan" or "sample".</summary>
    public string Kind { get; }

    /// <summary>Canonical arguments.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Software version.</summary>
    public string SoftwareVersion { get; }

    /// <summary>First 16 hex digits of SHA-256 over kind, version and arguments (NUL-separated).</summary>
    public string Fingerprint
    {
        get
        {
            var text = string.Join('\0', [Kind, SoftwareVersion, .. Arguments]);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        }
    }

    /// <summary>Value equality (kind, version and the argument sequence).</summary>
    public bool Equals(JobRequest? other) =>
        other is not null && Kind == other.Kind && SoftwareVersion == other.SoftwareVersion && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override int GetHashCode() => Fingerprint.GetHashCode(StringComparison.Ordinal);

    /// <summary>The first difference between two requests in words ("--seed is 2 here but 1 there"), or null if equal.</summary>
    /// <param name="other">The request to compare with.</param>
    public string? DescribeDifference(JobRequest other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind) return $"kind '{Kind}' differs from '{other.Kind}'";
        if (SoftwareVersion != other.SoftwareVersion) return $"software version {SoftwareVersion} differs from {other.SoftwareVersion}";
        var mine = Groups(Arguments);
        var theirs = Groups(other.Arguments);
        foreach (var key in mine.Keys.Concat(theirs.Keys).Distinct())
        {
            string a = mine.GetValueOrDefault(key, "(not given)"), b = theirs.GetValueOrDefault(key, "(not given)");
            if (a != b) return $"{key} is {a} here but {b} there";
        }
        return null;
    }

    /// <summary>Groups canonical arguments by option ("argument 1", "argument 2" for positional values).</summary>
    private static Dictionary<string, string> Groups(IReadOnlyList<string> arguments)
    {
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        string? option = null;
        int positional = 0;
        foreach (string a in arguments)
        {
            if (a.StartsWith("--", StringComparison.Ordinal)) groups[option = a] = "set";
            else if (option is null) groups[$"argument {++positional}"] = a;
            else groups[option] = groups[option] == "set" ? a : groups[option] + " " + a;
        }
        return groups;
    }
}
