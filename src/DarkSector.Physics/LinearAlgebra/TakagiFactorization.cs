using System.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Physics.LinearAlgebra;

/// <summary>
/// The result of a Takagi factorisation of a complex symmetric matrix M: a unitary U and non-negative values
/// m_1 ≤ m_2 ≤ … ≤ m_n with Uᵀ M U = diag(m). For a neutrino mass matrix the m_i are the physical (Majorana)
/// masses in the unit of M and the columns of U the mass eigenstates in the flavour basis.
/// </summary>
/// <remarks>Immutable (accessors return copies); thread-safe. Produced by <see cref="Takagi.Factorize(Matrix{Complex})"/>.</remarks>
public sealed class TakagiFactorization
{
    private readonly double[] _values;
    private readonly Matrix<Complex> _unitary;

    internal TakagiFactorization(double[] values, Matrix<Complex> unitary)
    {
        _values = values;
        _unitary = unitary;
    }

    /// <summary>Number of rows (= columns) of the factorised matrix.</summary>
    public int Dimension => _values.Length;

    /// <summary>The Takagi values m_i ≥ 0 in ascending order, in the unit of the input matrix.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>A copy of the unitary U (columns = Takagi vectors, in the order of <see cref="Values"/>).</summary>
    public Matrix<Complex> Unitary => _unitary.Clone();

    /// <summary>Element U_ij of the unitary (row i = basis state, column j = eigenstate).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside [0, Dimension).</exception>
    public Complex this[int row, int column] => _unitary[row, column];

    /// <summary>The internal matrix without a copy (callers inside the library must not modify it).</summary>
    internal Matrix<Complex> UnitaryUnsafe => _unitary;
}
