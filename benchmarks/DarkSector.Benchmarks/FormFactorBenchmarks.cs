using BenchmarkDotNet.Attributes;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;

namespace DarkSector.Benchmarks;

/// <summary>
/// Cost of one nuclear form-factor evaluation F(Q²) through the interface, averaged over 1024 Q² values spread over
/// [0, 0.25] GeV² (the coherent range); one reported operation = one evaluation.
/// </summary>
[MemoryDiagnoser]
public class FormFactorBenchmarks
{
    private const int Batch = 1024;
    private readonly double[] _q2 = new double[Batch];
    private INuclearFormFactor _besselCarbon = null!;
    private INuclearFormFactor _besselLead = null!;
    private INuclearFormFactor _fermi = null!;
    private INuclearFormFactor _helm = null!;
    private INuclearFormFactor _dipole = null!;
    private INuclearFormFactor _tabulatedLead = null!;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Batch; i++) _q2[i] = 0.25 * (i + 0.5) / Batch;
        var c12 = Nuclei.Get("C12");
        _besselCarbon = NuclearFormFactors.Create(c12, FormFactorModel.FourierBessel);
        _besselLead = NuclearFormFactors.Create(Nuclei.Get("Pb208"), FormFactorModel.FourierBessel);
        _fermi = NuclearFormFactors.Create(c12, FormFactorModel.SymmetrizedFermi);
        _helm = NuclearFormFactors.Create(c12, FormFactorModel.Helm);
        _dipole = NuclearFormFactors.Create(c12, FormFactorModel.Dipole);
        _tabulatedLead = new TabulatedFormFactor(_besselLead);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public double FourierBesselCarbon12() => Sum(_besselCarbon);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double FourierBesselLead208() => Sum(_besselLead);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double SymmetrizedFermi() => Sum(_fermi);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double Helm() => Sum(_helm);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double Dipole() => Sum(_dipole);

    [Benchmark(OperationsPerInvoke = Batch)]
    public double TabulatedFourierBesselLead208() => Sum(_tabulatedLead);

    private double Sum(INuclearFormFactor f)
    {
        double sum = 0;
        foreach (double q2 in _q2) sum += f.Evaluate(q2);
        return sum;
    }
}
