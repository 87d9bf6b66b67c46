using BenchmarkDotNet.Attributes;
using DarkSector.Physics;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;

namespace DarkSector.Benchmarks;

/// <summary>Dipole portal: dσ/dQ² evaluations, σ(E) direct and tabulated, decay tables and decay samples.</summary>
[MemoryDiagnoser]
public class DipoleBenchmarks
{
    private const int Batch = 1000;
    private readonly DipoleParameters _point = new() { MassGeV = 0.1, DMuonGeVm1 = 1e-6 };
    private DipoleUpscattering _coherent = null!, _coherentTabulated = null!, _proton = null!;
    private CrossSectionTable _table = null!;
    private DipoleDileptonDecay _dilepton = null!;
    private readonly double[] _q2 = new double[Batch], _energies = new double[Batch], _u = new double[5 * Batch];
    private readonly FourMomentum _parent = FourMomentum.FromMassAndMomentum(0.1, new ThreeVector(0.05, -0.02, 1.5));

    [GlobalSetup]
    public void Setup()
    {
        var carbon = Nuclei.Get("C12");
        _coherent = DipoleUpscattering.Coherent(_point, LeptonFlavour.Muon, carbon, NuclearFormFactors.Default(carbon), UpscatteringHelicity.Flipping);
        _coherentTabulated = DipoleUpscattering.Coherent(_point, LeptonFlavour.Muon, carbon,
            new TabulatedFormFactor(NuclearFormFactors.Default(carbon)), UpscatteringHelicity.Flipping);
        _proton = DipoleUpscattering.NucleonElastic(_point, LeptonFlavour.Muon, Nucleon.Proton);
        _table = CrossSectionTable.Create(_coherent, 10.0, 1e-4);
        _dilepton = new DipoleDileptonDecay(0.1, 0.51099895e-3, 1e-12, DecayingHnl.DiracParticle);
        var rng = new Random(1);
        var (lo, hi) = _coherent.Kinematics.Q2Range(1.0);
        for (int i = 0; i < Batch; i++)
        {
            _q2[i] = lo * Math.Pow(hi / lo, rng.NextDouble());
            _energies[i] = 0.2 + 9.7 * rng.NextDouble();
        }
        for (int i = 0; i < _u.Length; i++) _u[i] = rng.NextDouble();
    }

    /// <summary>1000 coherent dσ/dQ² evaluations (C12, Fourier-Bessel form factor, flipping part).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CoherentDifferential()
    {
        double sum = 0;
        for (int i = 0; i < Batch; i++) sum += _coherent.DifferentialCm2PerGeV2(1.0, _q2[i]);
        return sum;
    }

    /// <summary>1000 coherent dσ/dQ² evaluations with the tabulated C12 form factor (the generator's configuration).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CoherentDifferentialTabulatedFormFactor()
    {
        double sum = 0;
        for (int i = 0; i < Batch; i++) sum += _coherentTabulated.DifferentialCm2PerGeV2(1.0, _q2[i]);
        return sum;
    }

    /// <summary>1000 proton-elastic dσ/dQ² evaluations (dipole F1, F2; both helicities).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double ProtonDifferential()
    {
        double sum = 0;
        for (int i = 0; i < Batch; i++) sum += _proton.DifferentialCm2PerGeV2(1.0, _q2[i]);
        return sum;
    }

    /// <summary>σ(E) by direct adaptive integration in ln Q² (coherent C12).</summary>
    [Benchmark]
    public double CoherentTotalDirect() => _coherent.TotalCm2(1.3);

    /// <summary>1000 σ(E) table lookups (tolerance 1e-4).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double CoherentTotalTabulated()
    {
        double sum = 0;
        for (int i = 0; i < Batch; i++) sum += _table.Cm2(_energies[i]);
        return sum;
    }

    /// <summary>The full decay table (ν γ, ν ee, ν μμ quadratures).</summary>
    [Benchmark]
    public double DecayTable() => DipoleDecays.Table(_point).TotalWidthGeV;

    /// <summary>1000 weighted N → ν e⁺e⁻ samples with full kinematics in the N rest frame (polarised).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double DileptonSamples()
    {
        double sum = 0;
        var u = _u;
        for (int i = 0; i < Batch; i++)
            sum += _dilepton.SampleUnchecked(u[5 * i], u[5 * i + 1], u[5 * i + 2], u[5 * i + 3], u[5 * i + 4], ThreeVector.UnitZ).WeightGeV;
        return sum;
    }

    /// <summary>1000 polarised N → ν γ decays boosted to the lab.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double PhotonDecays()
    {
        double sum = 0;
        var axis = _parent.P3.Unit();
        for (int i = 0; i < Batch; i++)
            sum += DipolePhotonDecay.Decay(_parent, 0.0, axis, 1.0, DecayingHnl.DiracParticle, _u[2 * i], _u[2 * i + 1]).Photon.E;
        return sum;
    }
}
