namespace DarkSector.Sampling.Inference;

/// <summary>The inputs a user gave for a <see cref="ModelOptionSet{T}"/>, read through its schema: defaults applied,
/// numbers range-checked (<see cref="ModelOption.Check"/>), errors naming the input as the user spelled it.</summary>
/// <param name="options">The schema.</param>
/// <param name="given">The given inputs by <see cref="ModelOption.Name"/>: a double, a bool or a string.</param>
/// <param name="prefix">How the user's inputs are spelled before the name, e.g. "--" on a command line.</param>
public sealed class ModelOptionValues(IReadOnlyList<ModelOption> options, IReadOnlyDictionary<string, object> given, string prefix)
{
    /// <summary>The input <paramref name="name"/> as the user spells it, e.g. "--mn".</summary>
    public string Label(string name) => prefix + name;

    /// <summary>Whether <paramref name="name"/> was given.</summary>
    public bool IsGiven(string name) => given.ContainsKey(name);

    /// <summary>The number <paramref name="name"/>, range-checked; its default when not given; null without either.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside the schema's range.</exception>
    public double? Number(string name)
    {
        var option = Option(name);
        return given.TryGetValue(name, out object? value) ? option.Check(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), Label(name))
            : option.Default;
    }

    /// <summary>The number <paramref name="name"/>, which has a default or is required.</summary>
    /// <exception cref="ArgumentException">Not given and without a default.</exception>
    public double Value(string name) => Number(name) ?? throw new ArgumentException($"{Label(name)} is required");

    /// <summary>Whether the switch <paramref name="name"/> is on.</summary>
    public bool Switch(string name) => given.TryGetValue(name, out object? value) && value is true;

    /// <summary>The choice <paramref name="name"/> (its first name when not given).</summary>
    /// <exception cref="ArgumentException">Not an accepted name.</exception>
    public string Choice(string name) => given.TryGetValue(name, out object? value) ? Option(name).CheckChoice(value as string, Label(name)) : Option(name).Choices[0];

    private ModelOption Option(string name) => options.FirstOrDefault(o => o.Name == name)
        ?? throw new InvalidOperationException($"'{name}' is not in the schema");
}
