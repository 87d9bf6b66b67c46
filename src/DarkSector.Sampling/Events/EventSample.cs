using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Events;

/// <summary>
/// A columnar (structure-of-arrays) sample of weighted events: one array per momentum component, vertex coordinate,
/// weight factor and sampled parameter, so that loops over one quantity run over contiguous memory and any weight
/// factor can be recomputed in place.
/// </summary>
/// <remarks>
/// Storage per event (<see cref="BytesPerEvent"/>): six four-momenta as float32 (96 B), two vertices as float32 (24 B),
/// six weight factors as float64 (48 B), helicity, channel and target as bytes (3 B), and each sampled parameter θ_k as
/// float64 (8 B): 171 B + 8 B per parameter, i.e. 187 B with (m_N, m_Z') — within the 200 B target (targets.md).
/// Momenta in single precision carry ~6·10⁻⁸ relative error, far below detector resolution; do not reconstruct a light
/// particle's mass from its stored four-momentum (m² = E² − p² cancels), take it from the channel's PDG code.
/// Vertices in cm as float32 resolve 10 µm at 100 m. Weights and θ stay in double precision because reweighting
/// multiplies and divides them (lifetime exponentials, priors). Not thread-safe for writing; concurrent reads are safe.
/// </remarks>
public sealed class EventSample
{
    private const int Slots = 6;
    private float[][] _momenta;    // [slot * 4 + component] component: 0 E, 1 px, 2 py, 3 pz
    private float[][] _vertices;   // 0..2 production x,y,z; 3..5 decay x,y,z
    private double[][] _weights;   // [WeightFactor]
    private double[][] _parameters;
    private sbyte[] _helicity;
    private byte[] _channel;
    private byte[] _target;

    /// <summary>Creates an empty sample.</summary>
    /// <param name="metadata">Generation metadata; at most 4 parameter names.</param>
    /// <param name="capacity">Initial capacity in events; ≥ 0.</param>
    public EventSample(EventSampleMetadata metadata, int capacity = 0)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Check.AtLeast(capacity, 0);
        if (metadata.ParameterNames.Count > 4) throw new ArgumentException($"at most 4 sampled parameters (got {metadata.ParameterNames.Count})", nameof(metadata));
        _metadata = metadata;
        _momenta = NewColumns<float>(Slots * 4, capacity);
        _vertices = NewColumns<float>(6, capacity);
        _weights = NewColumns<double>(6, capacity);
        _parameters = NewColumns<double>(metadata.ParameterNames.Count, capacity);
        _helicity = new sbyte[capacity];
        _channel = new byte[capacity];
        _target = new byte[capacity];
    }

    private EventSampleMetadata _metadata;

    /// <summary>Generation metadata. May be replaced (e.g. to record the integral) if the number of parameters is unchanged.</summary>
    /// <exception cref="ArgumentException">The new metadata has a different number of parameter names.</exception>
    public EventSampleMetadata Metadata
    {
        get => _metadata;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.ParameterNames.Count != _metadata.ParameterNames.Count)
                throw new ArgumentException($"metadata must keep {_metadata.ParameterNames.Count} parameter names (got {value.ParameterNames.Count})", nameof(value));
            _metadata = value;
        }
    }

    /// <summary>Number of events.</summary>
    public int Count { get; private set; }

    /// <summary>Number of sampled parameters θ per event.</summary>
    public int ParameterCount => _parameters.Length;

    /// <summary>Bytes stored per event for <paramref name="parameterCount"/> sampled parameters: 171 + 8·k.</summary>
    public static int BytesPerEvent(int parameterCount) => Slots * 4 * sizeof(float) + 6 * sizeof(float) + 6 * sizeof(double) + 3 + parameterCount * sizeof(double);

    /// <summary>Appends one event.</summary>
    /// <param name="e">The event.</param>
    /// <param name="parameters">Its sampled parameters θ (length <see cref="ParameterCount"/>; GeV for masses).</param>
    /// <exception cref="ArgumentException">Wrong number of parameters, or a channel/target index outside the metadata tables.</exception>
    public void Add(in EventRecord e, ReadOnlySpan<double> parameters = default)
    {
        if (parameters.Length != ParameterCount)
            throw new ArgumentException($"expected {ParameterCount} sampled parameters, got {parameters.Length}", nameof(parameters));
        if (e.Channel >= Math.Max(1, _metadata.DecayChannels.Count))
            throw new ArgumentException($"channel index {e.Channel} is outside [0, {_metadata.DecayChannels.Count - 1}]", nameof(e));
        if (e.Target >= Math.Max(1, _metadata.Targets.Count))
            throw new ArgumentException($"target index {e.Target} is outside [0, {_metadata.Targets.Count - 1}]", nameof(e));
        if (Count == _helicity.Length) Grow(Math.Max(16, 2 * Count));
        int i = Count++;
        for (int s = 0; s < Slots; s++) SetMomentum(s, i, e[(ParticleSlot)s]);
        SetVertex(0, i, e.ProductionVertex);
        SetVertex(3, i, e.DecayVertex);
        for (int f = 0; f < 6; f++) _weights[f][i] = e.Weight((WeightFactor)f);
        for (int k = 0; k < ParameterCount; k++) _parameters[k][i] = parameters[k];
        _helicity[i] = e.HnlHelicity;
        _channel[i] = e.Channel;
        _target[i] = e.Target;
    }

    /// <summary>The event with index <paramref name="index"/> (momenta and vertices widened from single precision).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Index outside [0, Count).</exception>
    public EventRecord this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"index = {index} is outside [0, {Count})");
            return new EventRecord
            {
                Neutrino = Momentum(ParticleSlot.Neutrino, index),
                Hnl = Momentum(ParticleSlot.Hnl, index),
                Recoil = Momentum(ParticleSlot.Recoil, index),
                Product1 = Momentum(ParticleSlot.Product1, index),
                Product2 = Momentum(ParticleSlot.Product2, index),
                Product3 = Momentum(ParticleSlot.Product3, index),
                HnlHelicity = _helicity[index],
                Channel = _channel[index],
                Target = _target[index],
                ProductionVertex = new ThreeVector(_vertices[0][index], _vertices[1][index], _vertices[2][index]),
                DecayVertex = new ThreeVector(_vertices[3][index], _vertices[4][index], _vertices[5][index]),
                GeneratorWeight = _weights[0][index],
                CouplingWeight = _weights[1][index],
                BranchingRatio = _weights[2][index],
                DecayInVolume = _weights[3][index],
                Selection = _weights[4][index],
                Exposure = _weights[5][index],
            };
        }
    }

    /// <summary>Four-momentum (GeV) of <paramref name="slot"/> in event <paramref name="index"/>.</summary>
    internal FourMomentum Momentum(ParticleSlot slot, int index)
    {
        int b = (int)slot * 4;
        return new FourMomentum(_momenta[b][index], _momenta[b + 1][index], _momenta[b + 2][index], _momenta[b + 3][index]);
    }

    /// <summary>Energies (GeV) of <paramref name="slot"/>, one per event.</summary>
    internal ReadOnlySpan<float> Energy(ParticleSlot slot) => _momenta[(int)slot * 4].AsSpan(0, Count);

    /// <summary>x-momenta (GeV) of <paramref name="slot"/>.</summary>
    internal ReadOnlySpan<float> Px(ParticleSlot slot) => _momenta[(int)slot * 4 + 1].AsSpan(0, Count);

    /// <summary>y-momenta (GeV) of <paramref name="slot"/>.</summary>
    internal ReadOnlySpan<float> Py(ParticleSlot slot) => _momenta[(int)slot * 4 + 2].AsSpan(0, Count);

    /// <summary>z-momenta (GeV, beam axis) of <paramref name="slot"/>.</summary>
    internal ReadOnlySpan<float> Pz(ParticleSlot slot) => _momenta[(int)slot * 4 + 3].AsSpan(0, Count);

    /// <summary>Production-vertex coordinate <paramref name="axis"/> (0 x, 1 y, 2 z) in cm.</summary>
    public ReadOnlySpan<float> ProductionVertex(int axis) => _vertices[Check3(axis)].AsSpan(0, Count);

    /// <summary>Decay-vertex coordinate <paramref name="axis"/> (0 x, 1 y, 2 z) in cm.</summary>
    public ReadOnlySpan<float> DecayVertex(int axis) => _vertices[3 + Check3(axis)].AsSpan(0, Count);

    /// <summary>The column of weight factor <paramref name="factor"/>; writable so that a factor can be recomputed in place.</summary>
    internal Span<double> Weights(WeightFactor factor) => _weights[(int)factor].AsSpan(0, Count);

    /// <summary>The sampled parameter θ_k per event (units as named in the metadata).</summary>
    public ReadOnlySpan<double> Parameters(int k) => _parameters[k].AsSpan(0, Count);

    /// <summary>Helicity of N per event (−1, +1, 0 unknown).</summary>
    public ReadOnlySpan<sbyte> Helicities => _helicity.AsSpan(0, Count);

    /// <summary>Decay-channel index per event.</summary>
    public ReadOnlySpan<byte> Channels => _channel.AsSpan(0, Count);

    /// <summary>Target index per event.</summary>
    public ReadOnlySpan<byte> Targets => _target.AsSpan(0, Count);

    /// <summary>Total weight of event <paramref name="index"/>: the product of the six factors.</summary>
    public double TotalWeight(int index)
    {
        double w = 1;
        for (int f = 0; f < 6; f++) w *= _weights[f][index];
        return w;
    }

    /// <summary>Σ_i of the total weights.</summary>
    public double SumOfWeights()
    {
        double s = 0;
        for (int i = 0; i < Count; i++) s += TotalWeight(i);
        return s;
    }

    /// <summary>Releases unused capacity.</summary>
    public void TrimExcess()
    {
        if (_helicity.Length != Count) Resize(Count);
    }

    /// <summary>The columns in file order, over the current arrays (valid until the next <see cref="Add"/>).</summary>
    internal IReadOnlyList<EventColumn> Columns()
    {
        string[] particles = ["nu", "N", "recoil", "p1", "p2", "p3"];
        string[] components = ["E", "px", "py", "pz"];
        var list = new List<EventColumn>(48);
        for (int s = 0; s < Slots; s++)
            for (int c = 0; c < 4; c++) list.Add(new($"{particles[s]}_{components[c]}", "GeV", EventColumnKind.Float32, _momenta[s * 4 + c]));
        string[] axes = ["x", "y", "z"];
        for (int a = 0; a < 3; a++) list.Add(new($"prod_{axes[a]}", "cm", EventColumnKind.Float32, _vertices[a]));
        for (int a = 0; a < 3; a++) list.Add(new($"decay_{axes[a]}", "cm", EventColumnKind.Float32, _vertices[3 + a]));
        list.Add(new("helicity", "1", EventColumnKind.Int8, _helicity));
        list.Add(new("channel", "index", EventColumnKind.UInt8, _channel));
        list.Add(new("target", "index", EventColumnKind.UInt8, _target));
        string[] weightNames = ["w_generator", "w_coupling", "w_branching", "w_decay_in_volume", "w_selection", "w_exposure"];
        string[] weightUnits = ["cm2", "1", "1", "1", "1", "1"];
        for (int f = 0; f < 6; f++) list.Add(new(weightNames[f], weightUnits[f], EventColumnKind.Float64, _weights[f]));
        for (int k = 0; k < ParameterCount; k++) list.Add(new($"theta_{_metadata.ParameterNames[k]}", "GeV", EventColumnKind.Float64, _parameters[k]));
        return list;
    }

    /// <summary>Sets Count to <paramref name="count"/> with zeroed columns, for readers that then fill <see cref="Columns"/>.</summary>
    internal void ResetForReading(int count)
    {
        Resize(count);
        Count = count;
    }

    private void SetMomentum(int slot, int i, FourMomentum p)
    {
        _momenta[slot * 4][i] = (float)p.E;
        _momenta[slot * 4 + 1][i] = (float)p.Px;
        _momenta[slot * 4 + 2][i] = (float)p.Py;
        _momenta[slot * 4 + 3][i] = (float)p.Pz;
    }

    private void SetVertex(int first, int i, ThreeVector v)
    {
        _vertices[first][i] = (float)v.X;
        _vertices[first + 1][i] = (float)v.Y;
        _vertices[first + 2][i] = (float)v.Z;
    }

    private void Grow(int capacity) => Resize(capacity);

    private void Resize(int capacity)
    {
        foreach (ref var c in _momenta.AsSpan()) Array.Resize(ref c, capacity);
        foreach (ref var c in _vertices.AsSpan()) Array.Resize(ref c, capacity);
        foreach (ref var c in _weights.AsSpan()) Array.Resize(ref c, capacity);
        foreach (ref var c in _parameters.AsSpan()) Array.Resize(ref c, capacity);
        Array.Resize(ref _helicity, capacity);
        Array.Resize(ref _channel, capacity);
        Array.Resize(ref _target, capacity);
    }

    private static T[][] NewColumns<T>(int count, int capacity)
    {
        var columns = new T[count][];
        for (int i = 0; i < count; i++) columns[i] = new T[capacity];
        return columns;
    }

    private static int Check3(int axis) =>
        (uint)axis < 3 ? axis : throw new ArgumentOutOfRangeException(nameof(axis), axis, $"axis = {axis} is outside [0, 2]");
}
