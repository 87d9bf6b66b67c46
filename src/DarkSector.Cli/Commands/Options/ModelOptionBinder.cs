namespace DarkSector.Cli.Commands.Options;

/// <summary>The System.CommandLine options of a library <see cref="ModelOptionSet{T}"/>: one per schema entry ("--" + its
/// name and aliases, its help, required or not, choices checked at parse time), and the model they give. Names, units,
/// ranges, defaults and the range errors are the library's.</summary>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command).</remarks>
internal class ModelOptionBinder<T>(ModelOptionSet<T> set)
{
    private readonly (ModelOption Spec, Option Option)[] _options = [.. set.Options.Select(o => (o, Create(o)))];

    /// <summary>Adds every option to <paramref name="command"/>; returns this binder.</summary>
    public ModelOptionBinder<T> AddTo(Command command)
    {
        foreach (var (_, option) in _options) command.Options.Add(option);
        return this;
    }

    /// <summary>The model point given on the command line.</summary>
    /// <exception cref="ArgumentException">A value out of range or a missing or contradictory input (the message names the option).</exception>
    public T Parse(ParseResult parse)
    {
        var given = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (spec, option) in _options)
        {
            object? value = option switch
            {
                Option<double?> number => parse.GetValue(number),
                Option<bool> flag => parse.GetValue(flag) ? true : null,
                Option<string> choice => parse.GetValue(choice),
                _ => null,
            };
            if (value is not null) given[spec.Name] = value;
        }
        return set.Build(given, "--");
    }

    /// <summary>The option of one schema entry.</summary>
    internal static Option Create(ModelOption spec)
    {
        string[] aliases = [.. spec.Aliases.Select(a => "--" + a)];
        switch (spec.Kind)
        {
            case ModelOptionKind.Switch: return new Option<bool>("--" + spec.Name, aliases) { Description = spec.Description };
            case ModelOptionKind.Choice:
                var choice = new Option<string>("--" + spec.Name, aliases) { Description = spec.Description, DefaultValueFactory = _ => spec.Choices[0] };
                choice.Validators.Add(result =>
                {
                    try { spec.CheckChoice(result.GetValueOrDefault<string>(), choice.Name); }
                    catch (ArgumentException e) { result.AddError(e.Message); }
                });
                return choice;
            default:
                return new Option<double?>("--" + spec.Name, aliases) { Description = spec.Description, Required = spec.Required };
        }
    }
}
