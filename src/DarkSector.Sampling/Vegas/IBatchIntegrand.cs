namespace DarkSector.Sampling.Vegas;

/// <summary>
/// A real function on a rectangular domain, evaluated many points at a time. The caller owns the memory.
/// </summary>
/// <remarks>
/// Points are in the integration domain (x-space) of the <see cref="AdaptiveMap"/> the integrator uses — for the default
/// map, the unit hypercube [0, 1)^Dimension. Implement it as a <c>struct</c> so that
/// <see cref="VegasIntegrator.Integrate{TIntegrand}"/> gets a specialised, inlinable copy of its loop (as TensorPrimitives'
/// operator structs do); a class works too. <see cref="Evaluate"/> is called concurrently from several threads on
/// disjoint spans, so an implementation must be thread-safe (immutable state only) and must allocate nothing.
/// </remarks>
internal interface IBatchIntegrand
{
    /// <summary>Number of integration variables; ≥ 1.</summary>
    int Dimension { get; }

    /// <summary>Evaluates the function at n points.</summary>
    /// <param name="points">Row-major n × <see cref="Dimension"/>: point i is points[i·Dimension .. (i+1)·Dimension).</param>
    /// <param name="values">Length n: receives f at each point (finite; may be negative or zero).</param>
    void Evaluate(ReadOnlySpan<double> points, Span<double> values);
}
