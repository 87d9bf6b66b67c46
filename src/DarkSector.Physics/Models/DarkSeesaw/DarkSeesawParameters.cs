namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// Lagrangian parameters of the multi-HNL dark seesaw (physics.md §2.3; Abdullahi, Hostert, Pascoli, PLB 820 (2021)
/// 136531, eqs. 1–3): n_a active flavours, n sterile neutrinos N_i, d vector-like dark fermions ν_D = (ν_DL, ν_DR),
/// the mass blocks in GeV, and the U(1)' parameters m_Z', ε, α_D.
/// </summary>
/// <remarks>
/// <para>The mass matrix in the basis (ν_α^c, N^c, ν_DL^c, ν_DR) is
/// [[0, M_D, 0, 0], [M_Dᵀ, M_N, Λ_L, Λ_R], [0, Λ_Lᵀ, 0, M_X], [0, Λ_Rᵀ, M_Xᵀ, 0]] with M_D = Y v_H/√2 and
/// Λ_{L,R} = Y_{L,R} v_Φ/√2. All blocks are real here (CP-conserving input; the Takagi factorisation itself accepts
/// complex matrices). The dark fermions carry unit U(1)' charge, so that Σ_jk |V_jk|² = 2d.</para>
/// <para>Immutable: the constructor copies and validates every array and the accessors return copies. Thread-safe.</para>
/// </remarks>
public sealed class DarkSeesawParameters
{
    private readonly double[,] _mD, _mN, _lambdaL, _lambdaR, _mX;
    private readonly LeptonFlavour[] _flavours;

    /// <summary>Creates and validates a parameter point.</summary>
    /// <param name="diracMassGeV">M_D, n_a × n (rows: active flavours, columns: sterile states), GeV, finite.</param>
    /// <param name="sterileMassGeV">M_N, n × n, symmetric to 1e-12 of its largest entry (then symmetrised), GeV, finite.</param>
    /// <param name="lambdaLGeV">Λ_L, n × d, GeV, finite.</param>
    /// <param name="lambdaRGeV">Λ_R, n × d, GeV, finite.</param>
    /// <param name="darkMassGeV">M_X, d × d, GeV, finite.</param>
    /// <param name="zPrimeMassGeV">m_Z' in GeV; &gt; 0.</param>
    /// <param name="epsilon">Kinetic mixing ε = c_W χ; in [0, 1].</param>
    /// <param name="alphaD">α_D = g_X²/(4π); in (0, 4π] (perturbative up to g_X = 4π).</param>
    /// <param name="activeFlavours">The flavours of the rows of M_D, distinct; default e, μ, τ truncated to n_a except
    /// that n_a = 1 means μ (the paper's single-generation benchmark) and n_a = 2 means e, μ.</param>
    /// <param name="darkScalarMassGeV">Optional dark scalar mass m_φ in GeV; &gt; 0 when given.</param>
    /// <exception cref="ArgumentException">A shape, symmetry, count or value is invalid (the message names it).</exception>
    public DarkSeesawParameters(
        double[,] diracMassGeV, double[,] sterileMassGeV, double[,] lambdaLGeV, double[,] lambdaRGeV, double[,] darkMassGeV,
        double zPrimeMassGeV, double epsilon, double alphaD,
        IReadOnlyList<LeptonFlavour>? activeFlavours = null, double? darkScalarMassGeV = null)
    {
        ArgumentNullException.ThrowIfNull(diracMassGeV);
        ArgumentNullException.ThrowIfNull(sterileMassGeV);
        ArgumentNullException.ThrowIfNull(lambdaLGeV);
        ArgumentNullException.ThrowIfNull(lambdaRGeV);
        ArgumentNullException.ThrowIfNull(darkMassGeV);
        int nA = diracMassGeV.GetLength(0), n = diracMassGeV.GetLength(1), d = darkMassGeV.GetLength(0);
        if (nA < 1 || nA > 3)
            throw new ArgumentOutOfRangeException(nameof(diracMassGeV), nA, $"{nameof(diracMassGeV)} has {nA} rows (active flavours); allowed 1 to 3");
        if (n < 1)
            throw new ArgumentOutOfRangeException(nameof(diracMassGeV), n, $"{nameof(diracMassGeV)} has {n} columns (sterile states); at least 1 is required");
        RequireShape(sterileMassGeV, n, n, nameof(sterileMassGeV), "n x n");
        RequireShape(lambdaLGeV, n, d, nameof(lambdaLGeV), "n x d");
        RequireShape(lambdaRGeV, n, d, nameof(lambdaRGeV), "n x d");
        RequireShape(darkMassGeV, d, d, nameof(darkMassGeV), "d x d");
        RequireFinite(diracMassGeV, nameof(diracMassGeV));
        RequireFinite(sterileMassGeV, nameof(sterileMassGeV));
        RequireFinite(lambdaLGeV, nameof(lambdaLGeV));
        RequireFinite(lambdaRGeV, nameof(lambdaRGeV));
        RequireFinite(darkMassGeV, nameof(darkMassGeV));
        double largestN = 0;
        foreach (double x in sterileMassGeV) largestN = Math.Max(largestN, Math.Abs(x));
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (Math.Abs(sterileMassGeV[i, j] - sterileMassGeV[j, i]) > 1e-12 * largestN)
                    throw new ArgumentException(
                        $"{nameof(sterileMassGeV)} must be symmetric: [{i},{j}] = {Check.Format(sterileMassGeV[i, j])} but [{j},{i}] = {Check.Format(sterileMassGeV[j, i])}",
                        nameof(sterileMassGeV));

        var flavours = activeFlavours?.ToArray() ?? DefaultFlavours(nA);
        if (flavours.Length != nA)
            throw new ArgumentException($"{nameof(activeFlavours)} has {flavours.Length} entries but {nameof(diracMassGeV)} has {nA} rows", nameof(activeFlavours));
        if (flavours.Distinct().Count() != nA)
            throw new ArgumentException($"{nameof(activeFlavours)} = [{string.Join(", ", flavours)}] repeats a flavour", nameof(activeFlavours));

        _mD = (double[,])diracMassGeV.Clone();
        _mN = (double[,])sterileMassGeV.Clone();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                _mN[i, j] = _mN[j, i] = 0.5 * (sterileMassGeV[i, j] + sterileMassGeV[j, i]);
        _lambdaL = (double[,])lambdaLGeV.Clone();
        _lambdaR = (double[,])lambdaRGeV.Clone();
        _mX = (double[,])darkMassGeV.Clone();
        _flavours = flavours;
        ZPrimeMassGeV = Check.Positive(zPrimeMassGeV);
        Epsilon = Check.InRange(epsilon, 0, 1);
        AlphaDark = Check.InRange(alphaD, 0, 4 * Math.PI);
        if (alphaD == 0) throw new ArgumentOutOfRangeException(nameof(alphaD), alphaD, $"{nameof(alphaD)} = 0 must be > 0");
        DarkScalarMassGeV = darkScalarMassGeV is { } mPhi ? Check.Positive(mPhi, nameof(darkScalarMassGeV)) : null;
    }

    /// <summary>Number of active flavours n_a (1 to 3).</summary>
    public int ActiveCount => _mD.GetLength(0);

    /// <summary>Number of sterile neutrinos n (≥ 1).</summary>
    public int SterileCount => _mD.GetLength(1);

    /// <summary>Number of vector-like dark fermions d (≥ 0).</summary>
    public int DarkCount => _mX.GetLength(0);

    /// <summary>Dimension n_a + n + 2d of the mass matrix.</summary>
    public int Dimension => ActiveCount + SterileCount + 2 * DarkCount;

    /// <summary>Flavours of the rows of M_D, in order.</summary>
    public IReadOnlyList<LeptonFlavour> ActiveFlavours => _flavours;

    /// <summary>A copy of M_D (n_a × n) in GeV.</summary>
    public double[,] DiracMassGeV => (double[,])_mD.Clone();

    /// <summary>A copy of M_N (n × n) in GeV.</summary>
    public double[,] SterileMassGeV => (double[,])_mN.Clone();

    /// <summary>A copy of Λ_L (n × d) in GeV.</summary>
    public double[,] LambdaLGeV => (double[,])_lambdaL.Clone();

    /// <summary>A copy of Λ_R (n × d) in GeV.</summary>
    public double[,] LambdaRGeV => (double[,])_lambdaR.Clone();

    /// <summary>A copy of M_X (d × d) in GeV.</summary>
    public double[,] DarkMassGeV => (double[,])_mX.Clone();

    /// <summary>Z' mass m_Z' in GeV.</summary>
    public double ZPrimeMassGeV { get; }

    /// <summary>Kinetic mixing ε (dimensionless).</summary>
    public double Epsilon { get; }

    /// <summary>Dark fine-structure constant α_D = g_X²/(4π).</summary>
    public double AlphaDark { get; }

    /// <summary>Dark gauge coupling g_X = √(4π α_D).</summary>
    public double GaugeCoupling => Math.Sqrt(4 * Math.PI * AlphaDark);

    /// <summary>Dark scalar mass m_φ in GeV, if given.</summary>
    public double? DarkScalarMassGeV { get; }

    /// <summary>
    /// The symmetric (n_a+n+2d)² mass matrix in the basis (ν_α^c, N^c, ν_DL^c, ν_DR), GeV (physics.md §2.3).
    /// </summary>
    public double[,] MassMatrixGeV()
    {
        int nA = ActiveCount, n = SterileCount, d = DarkCount, size = Dimension;
        int oN = nA, oL = nA + n, oR = nA + n + d;
        var m = new double[size, size];
        for (int a = 0; a < nA; a++)
            for (int i = 0; i < n; i++)
                m[a, oN + i] = m[oN + i, a] = _mD[a, i];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                m[oN + i, oN + j] = _mN[i, j];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < d; k++)
            {
                m[oN + i, oL + k] = m[oL + k, oN + i] = _lambdaL[i, k];
                m[oN + i, oR + k] = m[oR + k, oN + i] = _lambdaR[i, k];
            }
        for (int k = 0; k < d; k++)
            for (int l = 0; l < d; l++)
            {
                m[oL + k, oR + l] = _mX[k, l];
                m[oR + l, oL + k] = _mX[k, l];
            }
        return m;
    }

    /// <summary>Index of the row of M_D that belongs to <paramref name="flavour"/>, or −1 if it is not in the model.</summary>
    public int ActiveIndex(LeptonFlavour flavour) => Array.IndexOf(_flavours, flavour);

    private static LeptonFlavour[] DefaultFlavours(int nA) => nA switch
    {
        1 => [LeptonFlavour.Muon],
        2 => [LeptonFlavour.Electron, LeptonFlavour.Muon],
        _ => [LeptonFlavour.Electron, LeptonFlavour.Muon, LeptonFlavour.Tau],
    };

    private static void RequireShape(double[,] matrix, int rows, int columns, string name, string what)
    {
        if (matrix.GetLength(0) != rows || matrix.GetLength(1) != columns)
            throw new ArgumentException(
                $"{name} is {matrix.GetLength(0)} x {matrix.GetLength(1)} but must be {what} = {rows} x {columns}", name);
    }

    private static void RequireFinite(double[,] matrix, string name)
    {
        for (int i = 0; i < matrix.GetLength(0); i++)
            for (int j = 0; j < matrix.GetLength(1); j++)
                if (!double.IsFinite(matrix[i, j]))
                    throw new ArgumentOutOfRangeException(name, matrix[i, j], $"{name}[{i},{j}] = {Check.Format(matrix[i, j])} is not a finite number");
    }
}
