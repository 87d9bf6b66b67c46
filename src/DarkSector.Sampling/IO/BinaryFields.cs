namespace DarkSector.Sampling.IO;

/// <summary>Field readers shared by the blocks of the binary formats (<see cref="DsevFile"/>, <see cref="JointSampleFile"/>,
/// <see cref="Distributed.ShardPartFile"/>).</summary>
internal static class BinaryFields
{
    /// <summary>Reads an int32 count and checks it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="FormatException">Out of range (the message says what is counted; <see cref="EnvelopeReader"/>
    /// adds the file and block).</exception>
    public static int Count(BinaryReader r, int min, int max, string what)
    {
        int n = r.ReadInt32();
        if (n < min || n > max) throw new FormatException($"number of {what} = {n} is outside [{min}, {max}]");
        return n;
    }

    /// <summary>As <see cref="Count(BinaryReader, int, int, string)"/>, with <paramref name="source"/> leading the message.</summary>
    public static int Count(BinaryReader r, int min, int max, string what, string source)
    {
        try { return Count(r, min, max, what); }
        catch (FormatException e) { throw new FormatException($"{source}: {e.Message}"); }
    }
}
