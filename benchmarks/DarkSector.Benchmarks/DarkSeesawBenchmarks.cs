using System.Numerics;
using BenchmarkDotNet.Attributes;
using DarkSector.Physics.LinearAlgebra;
using DarkSector.Physics.Models.DarkSeesaw;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Benchmarks;

/// <summary>Cost of diagonalising dark-seesaw mass matrices (Takagi factorisation with light-mass refinement).</summary>
[MemoryDiagnoser]
public class DarkSeesawBenchmarks
{
    private readonly DarkSeesawParameters _benchmark = new(
        new[,] { { 2e-6, 3e-6, 4e-6 } }, new[,] { { 0.12, 0, 0 }, { 0, 0.25, 0 }, { 0, 0, 0.6 } },
        new[,] { { 0.02 }, { 0.03 }, { 0.05 } }, new[,] { { 0.04 }, { -0.01 }, { 0.02 } }, new[,] { { 0.3 } },
        1.25, 0.0214, 0.39);

    private readonly Matrix<double> _real6;
    private readonly Matrix<Complex> _complex8;

    public DarkSeesawBenchmarks()
    {
        _real6 = Matrix<double>.Build.DenseOfArray(_benchmark.MassMatrixGeV());
        var random = new Random(1);
        _complex8 = Matrix<Complex>.Build.Dense(8, 8);
        for (int i = 0; i < 8; i++)
            for (int j = i; j < 8; j++)
                _complex8[i, j] = _complex8[j, i] = new Complex(random.NextDouble() - 0.5, random.NextDouble() - 0.5);
    }

    /// <summary>6×6 real seesaw matrix (1 active, 3 sterile, 1 dark): eigen-decomposition + Rayleigh–Ritz refinement.</summary>
    [Benchmark]
    public double TakagiReal6x6() => Takagi.Factorize(_real6).Values[0];

    /// <summary>8×8 random complex symmetric matrix: Jacobi–Takagi sweeps.</summary>
    [Benchmark]
    public double TakagiComplex8x8() => Takagi.Factorize(_complex8).Values[0];

    /// <summary>Full spectrum: masses, mixings and all vertex matrices from the parameters.</summary>
    [Benchmark]
    public double SpectrumFromParameters() => DarkSeesawSpectrum.Compute(_benchmark).MassesGeV[1];

    /// <summary>Everything the spectrum command prints: spectrum, decay tables of all states (three-body integrals) and the Z' table.</summary>
    [Benchmark]
    public double SpectrumWithAllWidths()
    {
        var spectrum = DarkSeesawSpectrum.Compute(_benchmark);
        var tables = DarkSeesawDecays.AllStates(spectrum);
        return tables[^1].TotalWidthGeV + DarkSeesawDecays.ZPrime(spectrum).TotalWidthGeV;
    }
}
