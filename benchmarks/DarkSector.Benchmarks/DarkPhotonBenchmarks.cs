using BenchmarkDotNet.Attributes;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Decays;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;

namespace DarkSector.Benchmarks;

/// <summary>
/// Dark-photon model hot paths (issue 3, targets.md): coherent and proton-elastic dσ/dQ², σ(E) direct and tabulated,
/// three-body decay samples. Loops of <see cref="Batch"/> calls per invocation, so the reported time per operation is
/// per evaluation.
/// </summary>
[MemoryDiagnoser]
public class DarkPhotonBenchmarks
{
    private const int Batch = 1024;

    private DarkPhotonUpscattering _coherent = null!;
    private DarkPhotonUpscattering _coherentConserving = null!;
    private DarkPhotonUpscattering _proton = null!;
    private CrossSectionTable _table = null!;
    private ThreeBodyDecaySampler _offShell = null!;
    private ThreeBodyDecaySampler _onShell = null!;
    private double[] _q2 = null!;
    private double[] _energies = null!;
    private double[] _uniforms = null!;

    [GlobalSetup]
    public void Setup()
    {
        var model = DarkPhotonModel.SingleHnl(0.2, 1.25, Math.Sqrt(4.6e-4), 0.4, 2.2e-7, 1.0);
        var carbon = Nuclei.Get("C12");
        _coherent = DarkPhotonUpscattering.Coherent(model, carbon);
        _coherentConserving = DarkPhotonUpscattering.Coherent(model, carbon, helicity: UpscatteringHelicity.Conserving);
        _proton = DarkPhotonUpscattering.ProtonElastic(model);
        _table = CrossSectionTable.Create(_coherent, 10.0);
        _offShell = DarkPhotonDecays.ZPrimeLeptonPairSampler(model, 0, LeptonFlavour.Electron);
        _onShell = DarkPhotonDecays.ZPrimeLeptonPairSampler(DarkPhotonModel.SingleHnl(0.3, 0.05, 0.01, 0.25, 1e-6, 0.4), 0, LeptonFlavour.Electron);
        var random = new Random(1);
        var (lo, hi) = _coherent.Kinematics.Q2Range(1.0);
        _q2 = Enumerable.Range(0, Batch).Select(_ => lo * Math.Pow(hi / lo, random.NextDouble())).ToArray();
        _energies = Enumerable.Range(0, Batch).Select(_ => 0.21 + 9.7 * random.NextDouble()).ToArray();
        _uniforms = Enumerable.Range(0, Batch * ThreeBodyDecaySampler.UniformCount).Select(_ => random.NextDouble()).ToArray();
    }

    /// <summary>Coherent dσ/dQ² on C12 (Fourier-Bessel form factor), both helicities, E = 1 GeV.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CoherentDifferential()
    {
        double sum = 0;
        foreach (double q2 in _q2) sum += _coherent.DifferentialCm2PerGeV2(1.0, q2);
        return sum;
    }

    /// <summary>Coherent dσ/dQ², helicity-conserving part (CM-frame helicity vector).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CoherentDifferentialConserving()
    {
        double sum = 0;
        foreach (double q2 in _q2) sum += _coherentConserving.DifferentialCm2PerGeV2(1.0, q2);
        return sum;
    }

    /// <summary>Proton-elastic dσ/dQ² (dipole F1, F2).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double ProtonDifferential()
    {
        double sum = 0;
        foreach (double q2 in _q2) sum += _proton.DifferentialCm2PerGeV2(1.0, q2);
        return sum;
    }

    /// <summary>σ(E) by direct adaptive Q² integration (relative tolerance 1e-7).</summary>
    [Benchmark(OperationsPerInvoke = 16)]
    public double CoherentTotalDirect()
    {
        double sum = 0;
        for (int i = 0; i < 16; i++) sum += _coherent.TotalCm2(_energies[i]);
        return sum;
    }

    /// <summary>σ(E) from the table (interpolation error ≤ 1e-4).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CoherentTotalTabulated()
    {
        double sum = 0;
        foreach (double e in _energies) sum += _table.Cm2(e);
        return sum;
    }

    /// <summary>Three-body N → ν e e samples through an off-shell Z', polarised N.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double ThreeBodySampleOffShell()
    {
        double sum = 0;
        var polarization = new ThreeVector(0, 0, -1);
        for (int i = 0; i < Batch; i++)
            sum += _offShell.Sample(_uniforms.AsSpan(i * ThreeBodyDecaySampler.UniformCount, ThreeBodyDecaySampler.UniformCount), polarization, out _, out _, out _);
        return sum;
    }

    /// <summary>N → ν Z'(→ e e) samples with Z' on shell (full spin correlations).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double ThreeBodySampleOnShell()
    {
        double sum = 0;
        var polarization = new ThreeVector(0, 0, -1);
        for (int i = 0; i < Batch; i++)
            sum += _onShell.Sample(_uniforms.AsSpan(i * ThreeBodyDecaySampler.UniformCount, ThreeBodyDecaySampler.UniformCount), polarization, out _, out _, out _);
        return sum;
    }
}
