namespace DarkSector.Sampling.Geometry;

/// <summary>Set operations on sorted, disjoint lists of segments along one line (allocation-free).</summary>
internal static class SegmentAlgebra
{
    /// <summary>Writes a − b into <paramref name="output"/> (length ≥ |a| + |b|); returns the count. Zero-length
    /// remnants are dropped.</summary>
    public static int Subtract(ReadOnlySpan<RaySegment> a, ReadOnlySpan<RaySegment> b, Span<RaySegment> output)
    {
        int count = 0, j = 0;
        foreach (var segment in a)
        {
            double current = segment.Entry;
            while (j < b.Length && b[j].Exit <= current) j++;
            int k = j;
            while (k < b.Length && b[k].Entry < segment.Exit)
            {
                if (b[k].Entry > current) output[count++] = new RaySegment(current, b[k].Entry);
                if (b[k].Exit > current) current = b[k].Exit;
                if (current >= segment.Exit) break;
                k++;
            }
            if (current < segment.Exit) output[count++] = new RaySegment(current, segment.Exit);
        }
        return count;
    }

    /// <summary>Writes the union of two sorted disjoint lists into <paramref name="output"/> (length ≥ |a| + |b|),
    /// merging touching segments; returns the count.</summary>
    public static int Union(ReadOnlySpan<RaySegment> a, ReadOnlySpan<RaySegment> b, Span<RaySegment> output)
    {
        int i = 0, j = 0, count = 0;
        while (i < a.Length || j < b.Length)
        {
            RaySegment next = j >= b.Length || (i < a.Length && a[i].Entry <= b[j].Entry) ? a[i++] : b[j++];
            if (count > 0 && next.Entry <= output[count - 1].Exit)
            {
                if (next.Exit > output[count - 1].Exit) output[count - 1] = output[count - 1] with { Exit = next.Exit };
            }
            else output[count++] = next;
        }
        return count;
    }
}
