using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DarkSector.Physics.Targets;

/// <summary>
/// Registry of every nucleus of the AME2020 atomic mass evaluation (about 3500 ground states, Z = 0 to 118), looked
/// up by name: "C12", "Ar40", "Pb208"; "H1" (or "p", "proton") for the proton; "n" (or "neutron") for the neutron.
/// </summary>
/// <remarks>
/// <para>Masses: nuclear mass M = m_atom − Z·m_e + B_e(Z), with the atomic mass m_atom of AME2020 (W.J. Huang et
/// al., Chinese Phys. C 45, 030002 (2021)) converted with u = <see cref="PhysicalConstants.AtomicMassUnitGeV"/>, and
/// the total electron binding energy B_e(Z) = (14.4381 Z^2.39 + 1.55468e-6 Z^5.35) eV (D. Lunney, J.M. Pearson,
/// C. Thibault, Rev. Mod. Phys. 75, 1021 (2003)), the approximation DarkNews uses. B_e is 1.0 keV for C and 0.57 MeV for Pb (3e-6 of the
/// nuclear mass); the fit itself is good to a few per cent of B_e. For H1 it gives 14.4 eV instead of the 13.6 eV
/// ionisation energy, so the proton mass comes out 0.8 eV (1e-9 relative) high.</para>
/// <para>Spins: 0 for even-even nuclei, NUBASE2020 ground-state values for the common odd targets, otherwise null
/// (see <see cref="Nucleus.Spin"/>).</para>
/// <para>Names are matched case-insensitively and may be written "Ar40", "ar-40" or "40Ar". The table is parsed
/// lazily on first use, once, thread-safely; afterwards the registry is immutable and thread-safe.</para>
/// </remarks>
public static class Nuclei
{
    private static readonly Lazy<Registry> Table = new(Registry.Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The free proton, "H1" (mass from AME2020 minus the electron; equals m_p to 1e-9 relative).</summary>
    public static Nucleus Proton => Get("H1");

    /// <summary>The free neutron, "n".</summary>
    public static Nucleus Neutron => Get("n");

    /// <summary>Every registered nucleus, ordered by A, then Z.</summary>
    public static IReadOnlyList<Nucleus> All => Table.Value.Ordered;

    /// <summary>The nucleus called <paramref name="name"/>.</summary>
    /// <param name="name">Element symbol and mass number ("C12", "Ar-40", "208Pb"), or "p"/"proton", "n"/"neutron".</param>
    /// <exception cref="ArgumentException">Unknown name; the message says what is known for that element.</exception>
    public static Nucleus Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var nucleus) ? nucleus : throw new ArgumentException(Table.Value.UnknownMessage(name), nameof(name));
    }

    /// <summary>The nuclei of a comma-separated list of names, e.g. "C12,H1" (blanks around a name are ignored).</summary>
    /// <param name="text">The list.</param>
    /// <param name="option">The input's name for the messages, e.g. "--target".</param>
    /// <exception cref="ArgumentException">An empty list, or an unknown name (the message names it and gives examples).</exception>
    public static IReadOnlyList<Nucleus> ParseList(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new ArgumentException($"{option} needs at least one nucleus, e.g. C12");
        return [.. names.Select(n => TryGet(n, out var nucleus) ? nucleus : throw new ArgumentException($"{option}: unknown target '{n}'; examples: C12, O16, Ar40, Pb208, H1"))];
    }

    /// <summary>Looks up <paramref name="name"/> without throwing.</summary>
    /// <returns>True if the nucleus is registered.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out Nucleus? nucleus)
    {
        nucleus = null;
        if (name is null) return false;
        string? key = Canonical(name);
        return key is not null && Table.Value.ByName.TryGetValue(key, out nucleus);
    }

    /// <summary>The nucleus with proton number <paramref name="z"/> and mass number <paramref name="a"/>.</summary>
    /// <exception cref="ArgumentException">No such nucleus in AME2020.</exception>
    public static Nucleus Get(int z, int a) =>
        Table.Value.ByZA.TryGetValue((z, a), out var nucleus)
            ? nucleus
            : throw new ArgumentException($"no nucleus with Z = {z}, A = {a} in the AME2020 table", nameof(a));

    /// <summary>Total binding energy of the Z atomic electrons in GeV, B_e(Z) = (14.4381 Z^2.39 + 1.55468e-6 Z^5.35) eV (Lunney et al. 2003).</summary>
    internal static double ElectronBindingEnergyGeV(int z) => (14.4381 * Math.Pow(z, 2.39) + 1.55468e-6 * Math.Pow(z, 5.35)) * 1e-9;

    /// <summary>Nuclear mass in GeV from the atomic mass in u (see the class remarks).</summary>
    internal static double NuclearMassGeV(double atomicMassU, int z) =>
        atomicMassU * PhysicalConstants.AtomicMassUnitGeV - z * PhysicalConstants.ElectronMassGeV + ElectronBindingEnergyGeV(z);

    /// <summary>Normalises a user-given name to the canonical key ("Ar40", "H1", "n"), or null if it cannot be one.</summary>
    internal static string? Canonical(string name)
    {
        string s = name.Trim();
        switch (s.ToLowerInvariant())
        {
            case "p": case "proton": return "H1";
            case "n": case "neutron": case "n1": return "n";
        }
        s = s.Replace("-", "", StringComparison.Ordinal);
        int letters = 0;
        while (letters < s.Length && char.IsAsciiLetter(s[letters])) letters++;
        string symbol, digits;
        if (letters > 0)
        {
            symbol = s[..letters];
            digits = s[letters..];
        }
        else
        {
            int d = 0;
            while (d < s.Length && char.IsAsciiDigit(s[d])) d++;
            digits = s[..d];
            symbol = s[d..];
        }
        if (symbol.Length is < 1 or > 3 || digits.Length is < 1 or > 3) return null;
        foreach (char c in symbol) if (!char.IsAsciiLetter(c)) return null;
        foreach (char c in digits) if (!char.IsAsciiDigit(c)) return null;
        int a = int.Parse(digits, CultureInfo.InvariantCulture);
        return char.ToUpperInvariant(symbol[0]) + symbol[1..].ToLowerInvariant() + a.ToString(CultureInfo.InvariantCulture);
    }

    private sealed class Registry
    {
        public required FrozenDictionary<string, Nucleus> ByName { get; init; }
        public required FrozenDictionary<(int Z, int A), Nucleus> ByZA { get; init; }
        public required IReadOnlyList<Nucleus> Ordered { get; init; }

        public static Registry Build()
        {
            var rows = AtomicMassTable.Load();
            var list = new List<Nucleus>(rows.Count);
            foreach (var row in rows)
            {
                string name = row.Z == 0 ? "n" : row.Symbol + row.A.ToString(CultureInfo.InvariantCulture);
                list.Add(new Nucleus
                {
                    Name = name,
                    Z = row.Z,
                    A = row.A,
                    MassGeV = NuclearMassGeV(row.AtomicMassU, row.Z),
                    AtomicMassU = row.AtomicMassU,
                    Spin = GroundStateSpins.Of(row.Z, row.A),
                });
            }
            list.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.Z.CompareTo(y.Z));
            return new Registry
            {
                ByName = list.ToFrozenDictionary(n => n.Name, StringComparer.Ordinal),
                ByZA = list.ToFrozenDictionary(n => (n.Z, n.A)),
                Ordered = list.AsReadOnly(),
            };
        }

        public string UnknownMessage(string name)
        {
            string? key = Canonical(name);
            string hint = "expected an element symbol and mass number such as \"C12\", \"Ar40\", \"Pb208\", \"H1\" (proton) or \"n\" (neutron)";
            if (key is not null)
            {
                string symbol = new(key.TakeWhile(char.IsAsciiLetter).ToArray());
                var isotopes = Ordered.Where(n => n.Z > 0 && n.Name.StartsWith(symbol, StringComparison.Ordinal)
                                                  && n.Name.Length > symbol.Length && char.IsAsciiDigit(n.Name[symbol.Length])).ToList();
                if (isotopes.Count > 0)
                    hint = $"AME2020 knows {symbol}{isotopes[0].A} to {symbol}{isotopes[^1].A}";
            }
            return $"unknown nucleus '{name}': {hint}";
        }
    }
}
