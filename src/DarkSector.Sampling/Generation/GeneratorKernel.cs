using DarkSector.Physics.Kinematics;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Flux;

namespace DarkSector.Sampling.Generation;

/// <summary>
/// The event density on the unit hypercube: maps a point to (E_ν, Q², φ_N, process, channel, decay variables, θ),
/// returns the integrand (flux × cross section × normalised decay × Jacobians) and, on request, the event's kinematics.
/// </summary>
/// <remarks>
/// Coordinates: x0 → E_ν = E_lo + x0 (E_hi − E_lo); x1 → ln Q² uniform in [ln Q²_min(E), ln Q²_max(E)] (Jacobian
/// Q² ln(Q²_max/Q²_min)); x2 → azimuth φ_N = 2π x2 (measure 1: dσ/dQ² is azimuth-averaged); then the process index
/// ⌊x P⌋ (Jacobian P) if P &gt; 1, the channel index ⌊x C⌋ (Jacobian C) if C &gt; 1, the decay uniforms (measure 1, the
/// sampler's weight has unit mean) and, in joint mode, ln θ_j uniform in its range (Jacobian Π ln(max/min)) times q(θ).
/// f = φ(E) ΔE · P n_k · dσ_k/dQ² · Q² Δln Q² · C BR_c · w_decay [· q(θ) Π Δln θ], so ∫ f dx = Σ_k n_k ∫ φ σ_k dE Σ_c BR_c
/// in cm² per POT (per exposure unit). Kinematics of ν(E ẑ) + T(M at rest) → N(m) + T: E_N = E − Q²/(2M),
/// cos θ_N = (2 E E_N − m² − Q²)/(2 E p_N) (from t = (p_ν − p_N)² = −Q²). N's polarisation in its rest frame is h p̂_N;
/// decay products are boosted to the lab with β = p_N/E_N. Vertices are left at the origin (geometry places them).
/// Thread-safe if the model is; allocation-free for a fixed model.
/// </remarks>
internal sealed class GeneratorKernel
{
    private readonly EnergySpectrum _flux;
    private readonly GenerationModel? _fixed;
    private readonly IModelFamily? _family;
    private readonly double _eLow, _eHigh;
    private readonly int _processCount, _channelCount, _processAxis, _channelAxis, _decayAxis, _thetaAxis, _thetaCount;

    private readonly Func<double, double>? _energyImportance;

    public GeneratorKernel(EnergySpectrum flux, GenerationModel? model, IModelFamily? family, Func<double, double>? energyImportance = null)
    {
        _energyImportance = energyImportance;
        _flux = flux;
        _fixed = model;
        _family = family;
        var reference = model ?? family!.At(family.Parameters.Select(p => Math.Sqrt(p.Min * p.Max)).ToArray());
        Reference = reference;
        _processCount = reference.Processes.Count;
        _channelCount = reference.Decays.Count;
        _eHigh = flux.MaxEnergyGeV;
        _eLow = model is null ? flux.MinEnergyGeV : Math.Min(Math.Max(flux.MinEnergyGeV, model.MinThresholdGeV), _eHigh);
        int axis = 3;
        _processAxis = _processCount > 1 ? axis++ : -1;
        _channelAxis = _channelCount > 1 ? axis++ : -1;
        _decayAxis = axis;
        axis += reference.MaxDecayUniforms;
        _thetaAxis = axis;
        _thetaCount = family?.Parameters.Count ?? 0;
        Dimension = axis + _thetaCount;
    }

    /// <summary>The model point used for the tables (the fixed model, or the family at the geometric centre of the ranges).</summary>
    public GenerationModel Reference { get; }

    public int Dimension { get; }

    /// <summary>The axis of the process index, or −1 for a single process (the axes after it shift by one).</summary>
    public int ProcessAxis => _processAxis;

    public int ThetaCount => _thetaCount;

    /// <summary>g(E_ν) of the integrand (1 without energy importance): an event's weight is its VEGAS weight / g.</summary>
    public double EnergyImportance(double energyGeV) => _energyImportance?.Invoke(energyGeV) ?? 1;

    /// <summary>Evaluates f at x (length Dimension); if <paramref name="build"/>, fills the event and θ.</summary>
    public double Evaluate(ReadOnlySpan<double> x, bool build, out EventRecord record, Span<double> theta, out double branchingRatio)
    {
        record = default;
        branchingRatio = 0;
        double f = 1;
        GenerationModel model;
        if (_family is null) model = _fixed!;
        else
        {
            for (int j = 0; j < _thetaCount; j++)
            {
                var range = _family.Parameters[j];
                double lnMin = Math.Log(range.Min), lnSpan = Math.Log(range.Max) - lnMin;
                theta[j] = Math.Exp(lnMin + x[_thetaAxis + j] * lnSpan);
                f *= lnSpan;
            }
            f *= _family.Prior(theta[.._thetaCount]);
            model = _family.At(theta[.._thetaCount]);
        }

        double e = _eLow + x[0] * (_eHigh - _eLow);
        double flux = _flux.Value(e);
        if (!(flux > 0)) return 0;
        f *= flux * (_eHigh - _eLow);
        if (_energyImportance is not null) f *= _energyImportance(e);   // VEGAS adapts to f·g(E); the event weight divides g out

        int k = _processAxis < 0 ? 0 : Math.Min((int)(x[_processAxis] * _processCount), _processCount - 1);
        var process = model.Processes[k];
        f *= _processCount * process.Multiplicity;
        var xs = process.CrossSection;
        var (q2Min, q2Max) = xs.Kinematics.Q2Range(e);
        if (!(q2Max > q2Min)) return 0;
        double q2;
        if (q2Min > 0)
        {
            double lnMin = Math.Log(q2Min), lnSpan = Math.Log(q2Max) - lnMin;
            q2 = Math.Exp(lnMin + x[1] * lnSpan);
            f *= q2 * lnSpan;
        }
        else
        {
            q2 = q2Min + x[1] * (q2Max - q2Min);
            f *= q2Max - q2Min;
        }
        double dsigma = xs.DifferentialCm2PerGeV2(e, q2);
        if (dsigma == 0) return 0;
        f *= dsigma;

        int c = _channelAxis < 0 ? 0 : Math.Min((int)(x[_channelAxis] * _channelCount), _channelCount - 1);
        var channel = model.Decays[c];
        branchingRatio = channel.BranchingRatio;
        if (branchingRatio == 0) return 0;
        f *= _channelCount * branchingRatio;

        double bigM = xs.Kinematics.TargetMassGeV, m = xs.Kinematics.ProducedMassGeV;
        double eN = e - q2 / (2 * bigM);
        double pN = Math.Sqrt(Math.Max(0, eN * eN - m * m));
        double cos = pN > 0 ? Math.Clamp((2 * e * eN - m * m - q2) / (2 * e * pN), -1, 1) : 1;
        double sin = Math.Sqrt(1 - cos * cos);
        var (sinPhi, cosPhi) = Math.SinCos(2 * Math.PI * x[2]);
        var hnl = new FourMomentum(eN, pN * sin * cosPhi, pN * sin * sinPhi, pN * cos);
        var direction = pN > 0 ? hnl.P3 / pN : ThreeVector.UnitZ;
        var polarization = process.Helicity * direction;

        Span<FourMomentum> products = stackalloc FourMomentum[3];
        products.Clear();
        var sampler = channel.Sampler;
        double wDecay = sampler.Sample(x.Slice(_decayAxis, sampler.UniformCount), polarization, products);
        f *= wDecay;
        if (!build || f == 0) return f;

        var beta = hnl.P3 / eN;
        int count = sampler.Channel.ProductPdgCodes.Count;
        for (int i = 0; i < count; i++) products[i] = products[i].Boost(beta);
        record = new EventRecord
        {
            Neutrino = new FourMomentum(e, 0, 0, e),
            Hnl = hnl,
            HnlHelicity = process.Helicity,
            Recoil = new FourMomentum(e + bigM - eN, -hnl.Px, -hnl.Py, e - hnl.Pz),
            Product1 = products[0],
            Product2 = products[1],
            Product3 = products[2],
            Channel = (byte)c,
            Target = (byte)k, // the process index; the generator maps it to the sample's target table
        };
        return f;
    }
}
