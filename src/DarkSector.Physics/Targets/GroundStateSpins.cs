namespace DarkSector.Physics.Targets;

/// <summary>Ground-state spins J (in ħ) of nuclei.</summary>
/// <remarks>
/// Even-Z, even-N nuclei: J = 0 (the pairing rule; it holds for every measured even-even ground state).
/// Other nuclei: the measured J of NUBASE2020 (F.G. Kondev et al., Chinese Phys. C 45, 030001 (2021)) for the
/// stable and long-lived nuclei that serve as targets or detector materials, listed below; any other odd nucleus
/// has no tabulated spin (null). AME2020 itself carries no spins.
/// </remarks>
internal static class GroundStateSpins
{
    private static readonly Dictionary<(int Z, int A), double> Measured = new()
    {
        [(0, 1)] = 0.5,   // n
        [(1, 1)] = 0.5,   // H1 (proton)
        [(1, 2)] = 1.0,   // H2
        [(1, 3)] = 0.5,   // H3
        [(2, 3)] = 0.5,   // He3
        [(3, 6)] = 1.0,   // Li6
        [(3, 7)] = 1.5,   // Li7
        [(4, 9)] = 1.5,   // Be9
        [(5, 10)] = 3.0,  // B10
        [(5, 11)] = 1.5,  // B11
        [(6, 13)] = 0.5,  // C13
        [(7, 14)] = 1.0,  // N14
        [(7, 15)] = 0.5,  // N15
        [(8, 17)] = 2.5,  // O17
        [(9, 19)] = 0.5,  // F19
        [(11, 23)] = 1.5, // Na23
        [(12, 25)] = 2.5, // Mg25
        [(13, 27)] = 2.5, // Al27
        [(14, 29)] = 0.5, // Si29
        [(15, 31)] = 0.5, // P31
        [(16, 33)] = 1.5, // S33
        [(17, 35)] = 1.5, // Cl35
        [(17, 37)] = 1.5, // Cl37
        [(19, 39)] = 1.5, // K39
        [(19, 40)] = 4.0, // K40
        [(19, 41)] = 1.5, // K41
        [(20, 43)] = 3.5, // Ca43
        [(22, 47)] = 2.5, // Ti47
        [(22, 49)] = 3.5, // Ti49
        [(24, 53)] = 1.5, // Cr53
        [(26, 57)] = 0.5, // Fe57
        [(27, 59)] = 3.5, // Co59
        [(28, 61)] = 1.5, // Ni61
        [(29, 63)] = 1.5, // Cu63
        [(29, 65)] = 1.5, // Cu65
        [(30, 67)] = 2.5, // Zn67
        [(32, 73)] = 4.5, // Ge73
        [(38, 87)] = 4.5, // Sr87
        [(40, 91)] = 2.5, // Zr91
        [(42, 95)] = 2.5, // Mo95
        [(42, 97)] = 2.5, // Mo97
        [(46, 105)] = 2.5, // Pd105
        [(47, 107)] = 0.5, // Ag107
        [(47, 109)] = 0.5, // Ag109
        [(53, 127)] = 2.5, // I127
        [(54, 129)] = 0.5, // Xe129
        [(54, 131)] = 1.5, // Xe131
        [(55, 133)] = 3.5, // Cs133
        [(62, 147)] = 3.5, // Sm147
        [(62, 149)] = 3.5, // Sm149
        [(64, 155)] = 1.5, // Gd155
        [(64, 157)] = 1.5, // Gd157
        [(68, 167)] = 3.5, // Er167
        [(70, 171)] = 0.5, // Yb171
        [(70, 173)] = 2.5, // Yb173
        [(71, 175)] = 3.5, // Lu175
        [(74, 183)] = 0.5, // W183
        [(76, 189)] = 1.5, // Os189
        [(78, 195)] = 0.5, // Pt195
        [(79, 197)] = 1.5, // Au197
        [(80, 199)] = 0.5, // Hg199
        [(80, 201)] = 1.5, // Hg201
        [(81, 203)] = 0.5, // Tl203
        [(81, 205)] = 0.5, // Tl205
        [(82, 207)] = 0.5, // Pb207
        [(83, 209)] = 4.5, // Bi209
    };

    /// <summary>J in ħ, or null when neither the even-even rule nor the table above gives it.</summary>
    internal static double? Of(int z, int a)
    {
        int n = a - z;
        if (z % 2 == 0 && n % 2 == 0) return 0.0;
        return Measured.TryGetValue((z, a), out double j) ? j : null;
    }
}
