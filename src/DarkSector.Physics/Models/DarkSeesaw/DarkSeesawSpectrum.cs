using System.Numerics;
using DarkSector.Physics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// The neutral-lepton spectrum of the dark seesaw: masses in GeV (ascending), state names, the mixing matrix U and
/// the interaction vertices C (Z), V (Z'), H (Higgs) and S (dark scalar) in the Majorana mass basis
/// (physics.md §2.3; Abdullahi, Hostert, Pascoli, PLB 820 (2021) 136531, appendix A, eq. A2).
/// </summary>
/// <remarks>
/// <para>States: the first n_a (number of active flavours) are the light neutrinos "nu1".."nu{n_a}", the heavier
/// ones are named "N4", "N5", … in ascending mass (the paper's and DarkNews' numbering, which starts the heavy states at
/// 4 whatever n_a).</para>
/// <para>Vertices, with U_X the rows of U that belong to block X of the basis (ν_α^c, N^c, ν_DL^c, ν_DR):
/// C = U_α† U_α; V = U_DL† U_DL − U_DR† U_DR; H = (√2/v_H)(U_αᵀ M_D U_N + (U_αᵀ M_D U_N)ᵀ);
/// S = (√2/v_Φ)(U_Nᵀ(Λ_L U_DL + Λ_R U_DR) + transpose), entering
/// L ⊃ (g/2c_W) Z ν̄ γ^μ (C P_L − C† P_R)/2 ν + g_X Z' ν̄ γ^μ (V P_L − V† P_R)/2 ν + h ν̄ (H P_L + H† P_R)/(2√2) ν
/// + φ ν̄ (S P_L + S† P_R)/(2√2) ν. Since U is unitary, U_DL† U_DL and U_DR† U_DR are orthogonal projectors of rank d,
/// so V is Hermitian and Σ_jk |V_jk|² = 2d; Σ_i |U_αi|² = 1.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
public sealed class DarkSeesawSpectrum
{
    private readonly double[] _masses;
    private readonly string[] _names;
    private readonly LeptonFlavour[] _flavours;
    private readonly Complex[,] _active;   // n_a × N: U_αi
    private readonly Complex[,] _c, _v;
    private readonly Complex[,]? _hTimesVev, _sTimesVev;

    internal DarkSeesawSpectrum(
        double[] masses, LeptonFlavour[] flavours, Complex[,] activeRows, Complex[,] zPrimeVertex,
        double zPrimeMassGeV, double epsilon, double alphaD, Complex[,]? higgsTimesVev, Complex[,]? scalarTimesVev,
        TakagiFactorization? diagonalisation)
    {
        _masses = masses;
        _flavours = flavours;
        _active = activeRows;
        _v = zPrimeVertex;
        _hTimesVev = higgsTimesVev;
        _sTimesVev = scalarTimesVev;
        ZPrimeMassGeV = zPrimeMassGeV;
        Epsilon = epsilon;
        AlphaDark = alphaD;
        Diagonalisation = diagonalisation;
        int size = masses.Length;
        _names = new string[size];
        for (int i = 0; i < size; i++)
            _names[i] = i < flavours.Length ? $"nu{i + 1}" : $"N{4 + i - flavours.Length}";
        _c = new Complex[size, size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
            {
                Complex sum = Complex.Zero;
                for (int a = 0; a < flavours.Length; a++) sum += Complex.Conjugate(activeRows[a, i]) * activeRows[a, j];
                _c[i, j] = sum;
            }
    }

    /// <summary>Diagonalises the mass matrix of <paramref name="parameters"/> and derives masses, mixings and vertices.</summary>
    /// <remarks>Takagi factorisation as in <see cref="Takagi"/> (light masses accurate to ~1e-15 relative).</remarks>
    public static DarkSeesawSpectrum Compute(DarkSeesawParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var takagi = Takagi.Factorize(Matrix<double>.Build.DenseOfArray(parameters.MassMatrixGeV()));
        var u = takagi.UnitaryUnsafe;
        int nA = parameters.ActiveCount, n = parameters.SterileCount, d = parameters.DarkCount, size = parameters.Dimension;
        int oN = nA, oL = nA + n, oR = nA + n + d;

        var active = new Complex[nA, size];
        for (int a = 0; a < nA; a++)
            for (int i = 0; i < size; i++)
                active[a, i] = u[a, i];

        var v = new Complex[size, size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
            {
                Complex sum = Complex.Zero;
                for (int k = 0; k < d; k++)
                    sum += Complex.Conjugate(u[oL + k, i]) * u[oL + k, j] - Complex.Conjugate(u[oR + k, i]) * u[oR + k, j];
                v[i, j] = sum;
            }

        // (v_H/√2) H = U_αᵀ M_D U_N + transpose;  (v_Φ/√2) S = U_Nᵀ (Λ_L U_DL + Λ_R U_DR) + transpose
        var mD = parameters.DiracMassGeV;
        var lambdaL = parameters.LambdaLGeV;
        var lambdaR = parameters.LambdaRGeV;
        var h = new Complex[size, size];
        var s = new Complex[size, size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
            {
                Complex hij = Complex.Zero, sij = Complex.Zero;
                for (int a = 0; a < nA; a++)
                    for (int b = 0; b < n; b++)
                        hij += u[a, i] * mD[a, b] * u[oN + b, j];
                for (int b = 0; b < n; b++)
                    for (int k = 0; k < d; k++)
                        sij += u[oN + b, i] * (lambdaL[b, k] * u[oL + k, j] + lambdaR[b, k] * u[oR + k, j]);
                h[i, j] = hij;
                s[i, j] = sij;
            }
        Symmetrise(h);
        Symmetrise(s);

        var flavours = parameters.ActiveFlavours.ToArray();
        return new DarkSeesawSpectrum(takagi.Values.ToArray(), flavours, active, v,
            parameters.ZPrimeMassGeV, parameters.Epsilon, parameters.AlphaDark, h, s, takagi);
    }

    /// <summary>Number of mass states n_a + n + 2d.</summary>
    public int StateCount => _masses.Length;

    /// <summary>Number of light states (= number of active flavours); they come first.</summary>
    public int LightStateCount => _flavours.Length;

    /// <summary>Masses in GeV, ascending (tree level; the light ones are the tree-level neutrino masses).</summary>
    public IReadOnlyList<double> MassesGeV => _masses;

    /// <summary>The active flavours of the model, in the order of the rows of U_α.</summary>
    public IReadOnlyList<LeptonFlavour> ActiveFlavours => _flavours;

    /// <summary>Z' mass in GeV.</summary>
    public double ZPrimeMassGeV { get; }

    /// <summary>Kinetic mixing ε.</summary>
    public double Epsilon { get; }

    /// <summary>α_D = g_X²/(4π).</summary>
    public double AlphaDark { get; }

    /// <summary>The Takagi factorisation of the mass matrix, or null for a spectrum given by mixings (e.g. <see cref="MicroBooNEDualScenario"/>).</summary>
    public TakagiFactorization? Diagonalisation { get; }

    /// <summary>Name of state <paramref name="index"/>: "nu1".."nu{n_a}" then "N4", "N5", ….</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, StateCount).</exception>
    public string StateName(int index) => _names[CheckIndex(index)];

    /// <summary>Index of the state called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No state has that name (the message lists the names).</exception>
    public int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (int i = 0; i < _names.Length; i++)
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new KeyNotFoundException($"no state '{name}'; the states are {string.Join(", ", _names)}");
    }

    /// <summary>Mixing element U_αi (complex, dimensionless); 0 if α is not an active flavour of the model.</summary>
    public Complex Mixing(LeptonFlavour flavour, int state)
    {
        CheckIndex(state);
        int a = Array.IndexOf(_flavours, flavour);
        return a < 0 ? Complex.Zero : _active[a, state];
    }

    /// <summary>|U_αi|², the probability of flavour α in state i; Σ_i |U_αi|² = 1.</summary>
    public double MixingSquared(LeptonFlavour flavour, int state) => Norm2(Mixing(flavour, state));

    /// <summary>Z vertex C_ij = Σ_α U_αi* U_αj (dimensionless, Hermitian).</summary>
    public Complex ZVertex(int i, int j) => _c[CheckIndex(i), CheckIndex(j)];

    /// <summary>Z' vertex V_ij = Σ_k (U_DL,ki* U_DL,kj − U_DR,ki* U_DR,kj) (dimensionless, Hermitian), multiplying g_X.</summary>
    public Complex ZPrimeVertex(int i, int j) => _v[CheckIndex(i), CheckIndex(j)];

    /// <summary>|V_ij|².</summary>
    public double ZPrimeVertexSquared(int i, int j) => Norm2(ZPrimeVertex(i, j));

    /// <summary>Higgs vertex H_ij (dimensionless, symmetric) with v_H = <see cref="PhysicalConstants.HiggsVevGeV"/>.</summary>
    /// <exception cref="DarkSectorException">The spectrum was not derived from a mass matrix.</exception>
    public Complex HiggsVertex(int i, int j) =>
        (_hTimesVev ?? throw new DarkSectorException("the Higgs vertex needs the mass matrix; this spectrum was given by mixings"))
        [CheckIndex(i), CheckIndex(j)] * (Math.Sqrt(2) / PhysicalConstants.HiggsVevGeV);

    /// <summary>Dark-scalar vertex S_ij (dimensionless, symmetric) for the dark vev <paramref name="darkVevGeV"/>.</summary>
    /// <param name="i">State index.</param>
    /// <param name="j">State index.</param>
    /// <param name="darkVevGeV">v_Φ in GeV; &gt; 0 (Λ = Y v_Φ/√2).</param>
    /// <exception cref="DarkSectorException">The spectrum was not derived from a mass matrix.</exception>
    public Complex DarkScalarVertex(int i, int j, double darkVevGeV)
    {
        Check.Positive(darkVevGeV);
        return (_sTimesVev ?? throw new DarkSectorException("the dark-scalar vertex needs the mass matrix; this spectrum was given by mixings"))
            [CheckIndex(i), CheckIndex(j)] * (Math.Sqrt(2) / darkVevGeV);
    }

    private int CheckIndex(int index)
    {
        if ((uint)index >= (uint)_masses.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"state index {index} is outside [0, {_masses.Length - 1}]");
        return index;
    }

    private static void Symmetrise(Complex[,] m)
    {
        int size = m.GetLength(0);
        for (int i = 0; i < size; i++)
            for (int j = i + 1; j < size; j++)
                m[i, j] = m[j, i] = m[i, j] + m[j, i];
        for (int i = 0; i < size; i++) m[i, i] *= 2;
    }

    private static double Norm2(Complex z) => z.Real * z.Real + z.Imaginary * z.Imaginary;
}
