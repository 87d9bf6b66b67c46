using DarkSector.Sampling.Vegas;

namespace DarkSector.Sampling.Generation;

public sealed partial class EventGenerator
{
    /// <summary>Adapts VEGAS to this generator's integrand (warm-up and adaptive iterations of <paramref name="vegas"/>)
    /// and returns the adapted state, to sample this integrand later (<see cref="Resume"/>) or to warm-start generators of
    /// related integrands (<see cref="Adapt(GenerationOptions, AdaptedMap)"/>).</summary>
    internal AdaptedMap AdaptMap(VegasOptions vegas)
    {
        ArgumentNullException.ThrowIfNull(vegas);
        var integrator = new VegasIntegrator(_kernel.Dimension);
        integrator.Integrate(new GeneratorIntegrand(_kernel), vegas);
        return new AdaptedMap(integrator.Clone(), _kernel.ProcessAxis, _kernel.Dimension);   // the clone drops the pass buffers
    }

    /// <summary>A stream of sampling passes of this generator from <paramref name="adapted"/>, the state
    /// <see cref="AdaptMap"/> left for an equal integrand (same flux and processes): exactly the passes that generator's
    /// stream would draw after its adaptation, with <paramref name="options"/>' VEGAS seed.</summary>
    internal GeneratorStream Resume(GenerationOptions options, AdaptedMap adapted)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(adapted);
        return new GeneratorStream(this, adapted.Integrator.Clone(), new GeneratorIntegrand(_kernel), options);
    }

    /// <summary>As <see cref="Adapt(GenerationOptions)"/>, but VEGAS starts from <paramref name="start"/> (adapted to a
    /// related integrand over the same variables, e.g. the same kinematics on other nuclei) instead of the unit map:
    /// every axis but the process index keeps <paramref name="start"/>'s grid, the process axis and the stratification
    /// start uniform and adapt in <paramref name="options"/>' iterations. Any starting map gives an unbiased sample (the
    /// weights are f·J of this generator's integrand); a good one needs fewer adaptive iterations. When the variables do
    /// not correspond (another number of decay or parameter axes), VEGAS starts from the unit map.</summary>
    internal GeneratorStream Adapt(GenerationOptions options, AdaptedMap start)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(start);
        var integrand = new GeneratorIntegrand(_kernel);
        var integrator = new VegasIntegrator(start.For(_kernel.Dimension, _kernel.ProcessAxis) ?? AdaptiveMap.UnitHypercube(_kernel.Dimension));
        integrator.Integrate(integrand, options.Vegas);
        return new GeneratorStream(this, integrator, integrand, options);
    }

    /// <summary>VEGAS adapted to a generator's integrand (map and stratification), with the position of its process axis.</summary>
    internal sealed class AdaptedMap(VegasIntegrator integrator, int processAxis, int dimension)
    {
        /// <summary>The adapted integrator (not to be sampled directly: <see cref="Resume"/> clones it).</summary>
        public VegasIntegrator Integrator => integrator;

        /// <summary>The map projected onto the axes of a kernel of <paramref name="targetDimension"/> axes whose process axis
        /// is <paramref name="targetProcessAxis"/> (−1: none); null if the other axes do not correspond one to one.</summary>
        public AdaptiveMap? For(int targetDimension, int targetProcessAxis)
        {
            int own = processAxis >= 0 ? 1 : 0, other = targetProcessAxis >= 0 ? 1 : 0;
            if (dimension - own != targetDimension - other) return null;
            Span<int> source = stackalloc int[targetDimension];
            for (int d = 0; d < targetDimension; d++)
            {
                if (d == targetProcessAxis) { source[d] = -1; continue; }
                // the axes before the process position (E, ln Q², φ) keep their index; the later ones shift by the difference
                int role = d > 3 || (d == 3 && targetProcessAxis < 0) ? d - other : d;
                source[d] = role >= 3 ? role + own : role;
            }
            return integrator.Map.Project(source);
        }
    }
}
