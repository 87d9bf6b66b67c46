namespace DarkSector.Physics.Kinematics;

/// <summary>Two-body decay kinematics M → m1 m2.</summary>
public static class TwoBodyDecay
{
    /// <summary>Momentum of either daughter in the parent rest frame, p* = λ^{1/2}(M², m1², m2²)/(2M), in GeV.</summary>
    /// <param name="parentMassGeV">M in GeV; &gt; 0.</param>
    /// <param name="mass1GeV">m1 in GeV; ≥ 0.</param>
    /// <param name="mass2GeV">m2 in GeV; ≥ 0.</param>
    /// <returns>p* ≥ 0; 0 at and below threshold (M ≤ m1 + m2).</returns>
    public static double Momentum(double parentMassGeV, double mass1GeV, double mass2GeV)
    {
        if (parentMassGeV <= mass1GeV + mass2GeV) return 0.0;
        double m2 = parentMassGeV * parentMassGeV;
        double lambda = Kallen.Lambda(m2, mass1GeV * mass1GeV, mass2GeV * mass2GeV);
        return Math.Sqrt(Math.Max(0.0, lambda)) / (2.0 * parentMassGeV);
    }

    /// <summary>
    /// Decays <paramref name="parent"/> into daughters of masses m1 and m2, with daughter 1 emitted along the unit
    /// vector <paramref name="directionInRestFrame"/> of the parent rest frame; both returned in the frame of
    /// <paramref name="parent"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The channel is closed (M &lt; m1 + m2).</exception>
    public static (FourMomentum First, FourMomentum Second) Decay(FourMomentum parent, double mass1GeV, double mass2GeV, ThreeVector directionInRestFrame)
    {
        double mass = parent.Mass;
        if (mass < mass1GeV + mass2GeV)
            throw new ArgumentOutOfRangeException(nameof(parent), mass, $"parent mass {Check.Format(mass)} GeV is below the threshold m1 + m2 = {Check.Format(mass1GeV + mass2GeV)} GeV");
        double p = Momentum(mass, mass1GeV, mass2GeV);
        var p1 = FourMomentum.FromMassAndMomentum(mass1GeV, p * directionInRestFrame);
        var p2 = FourMomentum.FromMassAndMomentum(mass2GeV, -p * directionInRestFrame);
        var frame = RestFrame.Of(parent);
        return (frame.ToLab(p1), frame.ToLab(p2));
    }
}
