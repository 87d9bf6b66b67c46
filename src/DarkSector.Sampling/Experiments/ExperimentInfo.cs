using System.Text.RegularExpressions;

namespace DarkSector.Sampling.Experiments;

/// <summary>Identity of an experiment plugin: a stable id, a display name, a description and the citation of the
/// publication whose analysis it reproduces.</summary>
/// <remarks>Immutable; validated on initialisation (also under <c>with</c>).</remarks>
public sealed partial record ExperimentInfo
{
    /// <summary>Stable id: lower-case letters, digits and '-', starting with a letter (e.g. "t2k-nd280").</summary>
    /// <exception cref="ArgumentException">Not of that form.</exception>
    public required string Id
    {
        get;
        init => field = IdPattern().IsMatch(value ?? "") ? value!
            : throw new ArgumentException($"Id = '{value}' must be lower-case letters, digits and '-', starting with a letter (e.g. \"t2k-nd280\")", nameof(Id));
    }

    /// <summary>Display name (e.g. "T2K ND280").</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Name { get; init => field = NonEmpty(value, nameof(Name)); }

    /// <summary>One-paragraph description of the detector and the search.</summary>
    public string Description { get; init; } = "";

    /// <summary>Citation of the publication reproduced (authors, journal, arXiv id).</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public required string Citation { get; init => field = NonEmpty(value, nameof(Citation)); }

    /// <summary>Whether <paramref name="id"/> is a well-formed experiment id.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    internal static string NonEmpty(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty", name) : value;

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
