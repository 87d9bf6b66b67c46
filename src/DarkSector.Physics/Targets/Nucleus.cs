namespace DarkSector.Physics.Targets;

/// <summary>
/// A scattering target in its ground state: a nucleus, or a free nucleon (the proton "H1", the neutron "n").
/// </summary>
/// <remarks>
/// Immutable and thread-safe; every property is validated in its <c>init</c> accessor, so a nucleus with an invalid
/// value cannot exist (also not through <c>with</c>). Registered nuclei come from <see cref="Nuclei"/>, which takes
/// the masses from AME2020 (see <see cref="Nuclei"/> for the electron-mass and electron-binding correction).
/// </remarks>
public sealed record Nucleus
{
    /// <summary>Canonical name: element symbol followed by the mass number ("C12", "Ar40", "H1" for the proton, "n" for the neutron).</summary>
    /// <exception cref="ArgumentException">Empty or white space.</exception>
    public required string Name
    {
        get;
        init => field = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Name must not be empty", nameof(Name)) : value;
    }

    /// <summary>Proton number (charge) Z; in [0, A].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 130], or larger than <see cref="A"/> when A is already set.</exception>
    public required int Z
    {
        get;
        init
        {
            if (value < 0 || value > MaxZ) throw new ArgumentOutOfRangeException(nameof(Z), value, $"Z = {value} is outside [0, {MaxZ}]");
            if (A != 0 && value > A) throw new ArgumentOutOfRangeException(nameof(Z), value, $"Z = {value} exceeds the mass number A = {A}");
            field = value;
        }
    }

    /// <summary>Mass number A = Z + N; in [1, 300].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [1, 300], or smaller than <see cref="Z"/> when Z is already set.</exception>
    public required int A
    {
        get;
        init
        {
            if (value < 1 || value > MaxA) throw new ArgumentOutOfRangeException(nameof(A), value, $"A = {value} is outside [1, {MaxA}]");
            if (value < Z) throw new ArgumentOutOfRangeException(nameof(A), value, $"A = {value} is smaller than Z = {Z}");
            field = value;
        }
    }

    /// <summary>Neutron number N = A − Z.</summary>
    public int N => A - Z;

    /// <summary>Mass of the bare nucleus (no electrons) in GeV; &gt; 0. This is the recoil mass of coherent scattering.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or not positive.</exception>
    public required double MassGeV { get; init => field = Check.Positive(value, nameof(MassGeV)); }

    /// <summary>
    /// Mass of the neutral atom in unified atomic mass units u, numerically the molar mass in g/mol (the relative
    /// deviation of the molar mass constant from 1 g/mol, 1e-9, is neglected). Used to count targets per gram.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not finite or not positive.</exception>
    public required double AtomicMassU { get; init => field = Check.Positive(value, nameof(AtomicMassU)); }

    /// <summary>
    /// Ground-state spin J in units of ħ (0, 1/2, 1, 3/2, ...), or <see langword="null"/> where it is not tabulated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, or not a multiple of 1/2.</exception>
    public double? Spin
    {
        get;
        init
        {
            if (value is { } j && (!double.IsFinite(j) || j < 0 || Math.Abs(2 * j - Math.Round(2 * j)) > 1e-12))
                throw new ArgumentOutOfRangeException(nameof(Spin), j, $"Spin = {Check.Format(j)} must be a non-negative multiple of 1/2");
            field = value;
        }
    }

    /// <summary>
    /// PDG Monte Carlo code: 2212 for the proton (H1), 2112 for the neutron, otherwise the ground-state nuclear code
    /// 10LZZZAAAI = 1000000000 + 10000·Z + 10·A (PDG Review, "Monte Carlo particle numbering scheme").
    /// </summary>
    public int PdgId => (Z, A) switch
    {
        (1, 1) => 2212,
        (0, 1) => 2112,
        _ => 1_000_000_000 + 10_000 * Z + 10 * A,
    };

    /// <summary>True for a free proton or neutron (A = 1).</summary>
    public bool IsNucleon => A == 1;

    /// <summary>Returns <see cref="Name"/>.</summary>
    public override string ToString() => Name;

    private const int MaxZ = 130;
    private const int MaxA = 300;
}
