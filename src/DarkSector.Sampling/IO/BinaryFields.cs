namespace DarkSector.Sampling.IO;

/// <summary>Field readers shared by the binary formats (<see cref="DsevFile"/>, <see cref="JointSampleFile"/>).</summary>
internal static class BinaryFields
{
    /// <summary>Reads an int32 count and checks it lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="FormatException">Out of range (the message names the source and what is counted).</exception>
    public static int Count(BinaryReader r, int min, int max, string what, string source)
    {
        int n = r.ReadInt32();
        if (n < min || n > max) throw new FormatException($"{source}: number of {what} = {n} is outside [{min}, {max}]");
        return n;
    }
}
