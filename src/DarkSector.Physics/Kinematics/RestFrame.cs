namespace DarkSector.Physics.Kinematics;

/// <summary>
/// The rest frame of a massive particle, reached from the lab by a pure boost (no rotation).
/// Converts four-momenta between the lab and that frame.
/// </summary>
/// <remarks>Immutable value type; thread-safe.</remarks>
public readonly struct RestFrame
{
    private readonly ThreeVector _beta;

    private RestFrame(ThreeVector beta) => _beta = beta;

    /// <summary>The rest frame of <paramref name="particle"/> (a time-like four-momentum).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The four-momentum is not time-like.</exception>
    public static RestFrame Of(FourMomentum particle)
    {
        if (!(particle.MassSquared > 0) || !(particle.E > 0))
            throw new ArgumentOutOfRangeException(nameof(particle), particle, "a rest frame needs a time-like four-momentum with E > 0");
        return new RestFrame(particle.Beta);
    }

    /// <summary>Velocity of the frame in the lab (units of c).</summary>
    public ThreeVector Velocity => _beta;

    /// <summary>Expresses a lab four-momentum in this rest frame.</summary>
    public FourMomentum ToRest(FourMomentum lab) => lab.Boost(-_beta);

    /// <summary>Expresses a rest-frame four-momentum in the lab.</summary>
    public FourMomentum ToLab(FourMomentum rest) => rest.Boost(_beta);
}
