using DarkSector.Physics;
using DarkSector.Physics.Kinematics;

namespace DarkSector.Experiments.MicroBooNE.Analyses;

/// <summary>Assigns an e⁺e⁻ pair to one of the three MicroBooNE topologies by opening angle and energy asymmetry.</summary>
/// <remarks>
/// <para>A = |E₁ − E₂|/(E₁ + E₂), θ_op the angle between the leptons. One shower if θ_op &lt; <see cref="MergeAngleRad"/>
/// (the two electromagnetic showers overlap; ~ a Molière-scale separation over the first radiation lengths) or
/// A &gt; <see cref="LostAsymmetry"/> (the softer lepton, below ~5% of the energy, leaves no reconstructable object);
/// otherwise shower + track if A &gt; <see cref="TrackAsymmetry"/> (the softer lepton, 5–20% of the energy, i.e. tens of
/// MeV for typical pairs, is reconstructed as a short track-like stub); otherwise two showers.</para>
/// <para>Assumption: the thresholds (defaults 10°, 0.9, 0.6) are our documented choices, not the collaboration's
/// (their topologies come from a reconstruction chain we do not reproduce); they can be changed.</para>
/// </remarks>
public sealed record TopologyRules
{
    /// <summary>Opening angle below which the pair forms one shower, in rad; in [0, π]; default 10°.</summary>
    public double MergeAngleRad { get; init => field = Check.InRange(value, 0, Math.PI, nameof(MergeAngleRad)); } = 10 * Math.PI / 180;

    /// <summary>Asymmetry above which the softer lepton is lost; in [0, 1]; default 0.9.</summary>
    public double LostAsymmetry { get; init => field = Check.InRange(value, 0, 1, nameof(LostAsymmetry)); } = 0.9;

    /// <summary>Asymmetry above which the softer lepton is a track; in [0, 1]; default 0.6.</summary>
    public double TrackAsymmetry { get; init => field = Check.InRange(value, 0, 1, nameof(TrackAsymmetry)); } = 0.6;

    /// <summary>The topology of the lepton pair (<paramref name="second"/> with E = 0 means only one lepton).</summary>
    public PairTopology Classify(in FourMomentum first, in FourMomentum second)
    {
        double sum = first.E + second.E;
        if (!(second.E > 0) || !(first.E > 0) || !(sum > 0)) return PairTopology.OneShower;
        double asymmetry = Math.Abs(first.E - second.E) / sum;
        double opening = OpeningAngle(first.P3, second.P3);
        if (opening < MergeAngleRad || asymmetry > LostAsymmetry) return PairTopology.OneShower;
        return asymmetry > TrackAsymmetry ? PairTopology.ShowerTrack : PairTopology.TwoShowers;
    }

    /// <summary>Angle between two momenta in rad (0 if either vanishes).</summary>
    public static double OpeningAngle(ThreeVector a, ThreeVector b)
    {
        double norm = a.Norm * b.Norm;
        return norm > 0 ? Math.Acos(Math.Clamp(a.Dot(b) / norm, -1, 1)) : 0;
    }
}
