namespace DarkSector.Sampling.Inference;

/// <summary>
/// The inputs of a model point of one family (<see cref="ModelOptionSets"/>: dark photon, dipole, 3+1): the schema a user
/// interface shows and binds (names, help, units, ranges, defaults) and the construction of the model from the given values.
/// </summary>
/// <typeparam name="T">The model point, e.g. <see cref="Physics.Models.DarkPhoton.DarkPhotonModel"/>.</typeparam>
/// <param name="family">The family name, e.g. "dark-photon".</param>
/// <param name="options">The schema.</param>
/// <param name="build">Builds the model from the values read through the schema.</param>
public sealed class ModelOptionSet<T>(string family, IReadOnlyList<ModelOption> options, Func<ModelOptionValues, T> build)
{
    /// <summary>The family name.</summary>
    public string Family => family;

    /// <summary>The schema, in the order a help text lists it.</summary>
    public IReadOnlyList<ModelOption> Options => options;

    /// <summary>The schema entry <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Not in the schema.</exception>
    public ModelOption this[string name] => options.FirstOrDefault(o => o.Name == name)
        ?? throw new ArgumentException($"'{name}' is not an input of the {family} model; inputs: {string.Join(", ", options.Select(o => o.Name))}");

    /// <summary>The model point of the given inputs.</summary>
    /// <param name="given">Inputs by name: a double for a number, a bool for a switch, a string for a choice.</param>
    /// <param name="prefix">How the user spells an input before its name ("--" on a command line), for the errors.</param>
    /// <exception cref="ArgumentException">A required input missing, an unknown name, or a value out of range (the message names it).</exception>
    public T Build(IReadOnlyDictionary<string, object> given, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(given);
        foreach (string name in given.Keys) _ = this[name];
        foreach (var option in options.Where(o => o.Required && !given.ContainsKey(o.Name)))
            throw new ArgumentException($"{prefix}{option.Name} is required");
        return build(new ModelOptionValues(options, given, prefix));
    }
}
