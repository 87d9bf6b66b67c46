namespace DarkSector.Sampling.Events;

/// <summary>One column of an <see cref="EventSample"/>: its file name, unit, storage type and backing array (length ≥ Count).</summary>
internal sealed record EventColumn(string Name, string Unit, EventColumnKind Kind, Array Data)
{
    public int ElementSize => Kind switch { EventColumnKind.Float32 => 4, EventColumnKind.Float64 => 8, _ => 1 };

    public double GetAsDouble(int i) => Data switch
    {
        float[] f => f[i],
        double[] d => d[i],
        sbyte[] s => s[i],
        byte[] b => b[i],
        _ => throw new InvalidOperationException("unknown column type"),
    };
}
