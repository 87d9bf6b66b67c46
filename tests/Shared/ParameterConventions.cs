using System.Reflection;

namespace DarkSector.Tests;

/// <summary>
/// Reflection checks shared by the convention tests of every library (NodaTime ConsistencyTest style): parameter records
/// reject non-finite doubles naming the property, constructors name the parameter, messages carry name, value and range,
/// and no public static state is mutable. Each test project supplies its own tables of valid instances and exemptions.
/// </summary>
internal static class ParameterConventions
{
    private static readonly double[] NonFinite = [double.NaN, double.PositiveInfinity, double.NegativeInfinity];

    /// <summary>Every public settable double (or double?) property of every public type.</summary>
    public static IEnumerable<(Type Type, PropertyInfo Property)> SettableDoubles(Assembly assembly) =>
        from type in assembly.GetExportedTypes()
        where !type.IsAbstract || !type.IsSealed // not static classes
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        where property.PropertyType == typeof(double) || property.PropertyType == typeof(double?)
        where property.SetMethod is { IsPublic: true }
        select (type, property);

    /// <summary>"Type.Property" names of the settable doubles of the types that have a valid-instance factory.</summary>
    public static TheoryData<string> PropertiesOf(Assembly assembly, IReadOnlyDictionary<Type, Func<object>> validInstances)
    {
        var data = new TheoryData<string>();
        foreach (var (type, property) in SettableDoubles(assembly).Where(p => validInstances.ContainsKey(p.Type))) data.Add($"{type.Name}.{property.Name}");
        return data;
    }

    /// <summary>Setting the named property of a fresh valid instance to NaN or ±∞ throws an ArgumentException naming it.</summary>
    public static void AssertPropertyRejectsNonFinite(Assembly assembly, IReadOnlyDictionary<Type, Func<object>> validInstances, string member)
    {
        var (type, property) = SettableDoubles(assembly).Single(p => $"{p.Type.Name}.{p.Property.Name}" == member);
        foreach (double bad in NonFinite)
        {
            var instance = validInstances[type](); // fresh instance: the init accessor is invoked as `with` would
            var ex = Assert.ThrowsAny<ArgumentException>(() => Invoke(() => property.SetValue(instance, bad)));
            Assert.Equal(property.Name, ex.ParamName);
            Assert.Contains(property.Name, ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Guards a factory table: re-setting each property to its current (valid) value must not throw.</summary>
    public static void AssertFactoriesAcceptTheirOwnValues(Assembly assembly, IReadOnlyDictionary<Type, Func<object>> validInstances)
    {
        foreach (var (type, property) in SettableDoubles(assembly).Where(p => validInstances.ContainsKey(p.Type)))
        {
            var instance = validInstances[type]();
            property.SetValue(instance, property.GetValue(instance));
        }
    }

    /// <summary>Public types with settable doubles that are neither parameter records with a factory nor exempt.</summary>
    public static string[] UnlistedTypes(Assembly assembly, IReadOnlyDictionary<Type, Func<object>> validInstances, IReadOnlyDictionary<Type, string> exempt) =>
        SettableDoubles(assembly).Select(p => p.Type).Distinct()
            .Where(t => !validInstances.ContainsKey(t) && !exempt.ContainsKey(t))
            .Select(t => t.FullName!).ToArray();

    /// <summary>The constructor or factory rejects NaN and ±∞ with an ArgumentException naming <paramref name="parameter"/>.</summary>
    public static void AssertRejectsNonFinite(string parameter, Action<double> create)
    {
        foreach (double bad in NonFinite)
        {
            var ex = Assert.ThrowsAny<ArgumentException>(() => create(bad));
            Assert.Equal(parameter, ex.ParamName);
            Assert.Contains(parameter, ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Each action throws an ArgumentException whose message contains every expected part (name, value, range).</summary>
    public static void AssertMessagesContain(IEnumerable<(Action Act, string[] Expected)> cases)
    {
        foreach (var (act, expected) in cases)
        {
            var ex = Assert.ThrowsAny<ArgumentException>(act);
            foreach (var part in expected) Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Public static fields that can be reassigned or are arrays, and public static setters.</summary>
    public static List<string> MutableStaticState(Assembly assembly)
    {
        var offenders = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                if (!(f.IsLiteral || f.IsInitOnly) || f.FieldType.IsArray) offenders.Add($"{type.FullName}.{f.Name}");
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                if (p.SetMethod is { IsPublic: true }) offenders.Add($"{type.FullName}.{p.Name} (setter)");
        }
        return offenders;
    }

    private static void Invoke(Action action)
    {
        try { action(); }
        catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
    }
}
