using DarkSector.Physics.Kinematics;

namespace DarkSector.Sampling.Geometry;

/// <summary>Solids composed by priority: a point belongs to the first solid (lowest index) that contains it, so a
/// fiducial volume listed before its active module owns its region and the module keeps the rest.</summary>
/// <remarks>Tracing a line gives each solid's own segments minus everything claimed by earlier solids, sorted by
/// entry; allocation-free with caller-provided output. Immutable; thread-safe.</remarks>
internal sealed class VolumeStack
{
    private const int StackLimit = 256;
    private readonly Solid[] _solids;
    private readonly BoundingBox[] _bounds;
    private readonly int _maxPerSolid;

    public VolumeStack(IReadOnlyList<Solid> solidsByPriority)
    {
        _solids = solidsByPriority.ToArray();
        _bounds = _solids.Select(s => s.Bounds).ToArray();
        _maxPerSolid = _solids.Length == 0 ? 1 : _solids.Max(s => s.MaxSegments);
        int total = _solids.Sum(s => s.MaxSegments);
        MaxSegments = Math.Max(1, 2 * total);
    }

    /// <summary>Number of solids.</summary>
    public int Count => _solids.Length;

    /// <summary>An upper bound on the number of segments <see cref="Trace"/> writes.</summary>
    public int MaxSegments { get; }

    /// <summary>Index of the solid that owns <paramref name="point"/>, or −1 outside all.</summary>
    public int Locate(ThreeVector point)
    {
        for (int i = 0; i < _solids.Length; i++)
            if (_solids[i].Contains(point)) return i;
        return -1;
    }

    /// <summary>Writes the owned segments along the line into <paramref name="output"/> (length ≥ <see cref="MaxSegments"/>),
    /// sorted by entry; returns the count.</summary>
    public int Trace(ThreeVector origin, ThreeVector direction, Span<VolumeSegment> output) =>
        _solids.Length <= 64 ? TraceBySweep(origin, direction, output) : TraceBySubtraction(origin, direction, output);

    /// <summary>Sweep over the sorted endpoints of every solid's segments, keeping the set of solids the line is in as
    /// a bit mask; each elementary interval goes to the lowest index in the set. At most 64 solids.</summary>
    private int TraceBySweep(ThreeVector origin, ThreeVector direction, Span<VolumeSegment> output)
    {
        Span<RaySegment> own = stackalloc RaySegment[_maxPerSolid];
        Span<Endpoint> points = MaxSegments <= 512 ? stackalloc Endpoint[MaxSegments] : new Endpoint[MaxSegments];
        int count = 0;
        var line = new SlabLine(origin, direction);
        for (int i = 0; i < _solids.Length; i++)
        {
            if (!line.Hits(_bounds[i])) continue;
            int nOwn = _solids[i].IntersectCore(origin, direction, own);
            for (int k = 0; k < nOwn; k++)
            {
                points[count++] = new Endpoint(own[k].Entry, 1UL << i);
                points[count++] = new Endpoint(own[k].Exit, 1UL << i);
            }
        }
        for (int i = 1; i < count; i++)   // insertion sort by distance: short lists
        {
            var item = points[i];
            int j = i - 1;
            while (j >= 0 && points[j].T > item.T) { points[j + 1] = points[j]; j--; }
            points[j + 1] = item;
        }
        ulong inside = 0;
        int written = 0;
        for (int k = 0; k < count - 1; k++)
        {
            inside ^= points[k].Bit;   // entering or leaving that solid (its segments are disjoint)
            double from = points[k].T, to = points[k + 1].T;
            if (inside == 0 || !(to > from)) continue;
            int owner = System.Numerics.BitOperations.TrailingZeroCount(inside);
            if (written > 0 && output[written - 1].Volume == owner && output[written - 1].Exit == from)
                output[written - 1] = output[written - 1] with { Exit = to };
            else
                output[written++] = new VolumeSegment(owner, from, to);
        }
        return written;
    }

    private readonly record struct Endpoint(double T, ulong Bit);

    /// <summary>Each solid's segments minus the union claimed by earlier solids (any number of solids).</summary>
    internal int TraceBySubtraction(ThreeVector origin, ThreeVector direction, Span<VolumeSegment> output)
    {
        int claimedCapacity = MaxSegments;
        Span<RaySegment> claimed = claimedCapacity <= StackLimit ? stackalloc RaySegment[claimedCapacity] : new RaySegment[claimedCapacity];
        Span<RaySegment> merged = claimedCapacity <= StackLimit ? stackalloc RaySegment[claimedCapacity] : new RaySegment[claimedCapacity];
        Span<RaySegment> own = stackalloc RaySegment[_maxPerSolid];
        Span<RaySegment> free = claimedCapacity + _maxPerSolid <= StackLimit ? stackalloc RaySegment[claimedCapacity + _maxPerSolid] : new RaySegment[claimedCapacity + _maxPerSolid];
        int nClaimed = 0, count = 0;
        var line = new SlabLine(origin, direction);
        for (int i = 0; i < _solids.Length; i++)
        {
            if (!line.Hits(_bounds[i])) continue;
            int nOwn = _solids[i].IntersectCore(origin, direction, own);
            if (nOwn == 0) continue;
            int nFree = nClaimed == 0 ? CopyTo(own[..nOwn], free) : SegmentAlgebra.Subtract(own[..nOwn], claimed[..nClaimed], free);
            for (int k = 0; k < nFree; k++) output[count++] = new VolumeSegment(i, free[k].Entry, free[k].Exit);
            if (i < _solids.Length - 1)
            {
                int nMerged = SegmentAlgebra.Union(claimed[..nClaimed], own[..nOwn], merged);
                merged[..nMerged].CopyTo(claimed);
                nClaimed = nMerged;
            }
        }
        SortByEntry(output[..count]);
        return count;
    }

    private static int CopyTo(ReadOnlySpan<RaySegment> source, Span<RaySegment> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    private static void SortByEntry(Span<VolumeSegment> segments)
    {
        for (int i = 1; i < segments.Length; i++)   // insertion sort: short, nearly sorted lists
        {
            var item = segments[i];
            int j = i - 1;
            while (j >= 0 && segments[j].Entry > item.Entry) { segments[j + 1] = segments[j]; j--; }
            segments[j + 1] = item;
        }
    }

    /// <summary>A line prepared for slab tests against many bounding boxes: the reciprocal direction and the parallel
    /// test are computed once per line instead of once per box and axis, and each box goes through the same
    /// <see cref="Solid.ClipSlab(double, double, bool, double, double, ref double, ref double)"/> as a solid's own slab
    /// test. A line that misses a box, or only touches it, cannot cross the solid inside over a positive length.</summary>
    internal readonly struct SlabLine
    {
        private readonly ThreeVector _origin, _inverse;
        private readonly bool _parallelX, _parallelY, _parallelZ;

        public SlabLine(ThreeVector origin, ThreeVector direction)
        {
            _origin = origin;
            _parallelX = Math.Abs(direction.X) < Solid.ParallelTolerance;
            _parallelY = Math.Abs(direction.Y) < Solid.ParallelTolerance;
            _parallelZ = Math.Abs(direction.Z) < Solid.ParallelTolerance;
            _inverse = new ThreeVector(1.0 / direction.X, 1.0 / direction.Y, 1.0 / direction.Z);
        }

        public bool Hits(in BoundingBox box)
        {
            double tMin = double.NegativeInfinity, tMax = double.PositiveInfinity;
            return Solid.ClipSlab(_origin.X, _inverse.X, _parallelX, box.Min.X, box.Max.X, ref tMin, ref tMax)
                && Solid.ClipSlab(_origin.Y, _inverse.Y, _parallelY, box.Min.Y, box.Max.Y, ref tMin, ref tMax)
                && Solid.ClipSlab(_origin.Z, _inverse.Z, _parallelZ, box.Min.Z, box.Max.Z, ref tMin, ref tMax);
        }
    }
}
