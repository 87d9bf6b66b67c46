using DarkSector.Experiments.MINERvA.Analyses;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Experiments.Tests.MINERvA;

/// <summary>The E_γ θ_γ² of the photon of N → ν γ against closed forms: the question of issue 11 whether our
/// E θ² &lt; 3.2 MeV rad² acceptance is too large.</summary>
public class PhotonAngleAcceptanceTests
{
    [Theory] // two-body kinematics with a massless ν: p_N·p_γ = m_N²/2, i.e. E_γ(E_N − |p_N| cos θ_γN) = m_N²/2 for
             // every decay (1e-9 relative); hence for an N along the beam 2E_γ(1 − cos θ) ≤ m_N²/E_N for forward photons (β &lt; 1),
             // i.e. E_γ θ² ≲ (m_N²/E_N)(1 − E_γ/E_N) at small angles: at most 1.25 MeV rad² at m_N = 0.1 GeV,
             // E_N = 8 GeV (always inside the 3.2 MeV rad² cut), up to 50 MeV rad² at m_N = 0.5, E_N = 5
    [InlineData(0.1, 8.0)]
    [InlineData(0.5, 5.0)]
    public void PhotonEnergyTimesAngle_FollowsTheTwoBodyInvariant(double mass, double energy)
    {
        var random = RandomStream.Create(5, 0);
        var parent = FourMomentum.FromMassAndMomentum(mass, new ThreeVector(0, 0, Math.Sqrt(energy * energy - mass * mass)));
        for (int i = 0; i < 2000; i++)
        {
            var (photon, _) = DipolePhotonDecay.Decay(parent, 0, ThreeVector.UnitZ, 1, DecayingHnl.DiracParticle, random.NextDouble(), random.NextDouble());
            double dot = photon.E * parent.E - photon.Pz * parent.Pz;
            Assert.Equal(mass * mass / 2, dot, 1e-9 * mass * mass);
            double versine = 1 - photon.Pz / photon.P;
            Assert.True(photon.Pz < 0 || 2 * photon.E * versine <= mass * mass / energy * (1 + 1e-9) + 1e-15,
                $"2E(1 − cos θ) = {2 * photon.E * versine} above m²/E = {mass * mass / energy}");
        }
    }

    [Theory] // fraction of photons with E_γ θ² < 3.2 MeV rad² (θ to the beam; N along the beam in a helicity state,
             // no smearing) from the sampler and boost vs the closed form ∫_{c₀}^1 (1 + a c)/2 dc, a = −κP, where c₀ is
             // the rest-frame cos θ* at which the lab E_γ θ² equals the cut (bisection; E θ² falls monotonically in
             // cos θ*, checked). 40000 decays: tolerance 4 binomial σ (+1e-4). m_N = 0.5 GeV, E_N = 5 GeV gives 0.8%
             // (photon against the flight, helicity +1) to 12% (along it): not below 1e-4 at these masses
    [InlineData(0.5, 5.0, 1.0)]
    [InlineData(0.5, 5.0, -1.0)]
    [InlineData(0.3, 3.0, 1.0)]
    [InlineData(1.0, 6.0, -1.0)]
    public void EThetaSquaredAcceptance_MatchesTheRestFrameClosedForm(double mass, double energy, double helicity)
    {
        const double cut = NueShowerSelection.MaxEThetaSquaredGeV;
        double p = Math.Sqrt(energy * energy - mass * mass), beta = p / energy, gamma = energy / mass;
        double LabETheta2(double c)
        {
            double e = mass / 2 * gamma * (1 + beta * c), pz = mass / 2 * gamma * (beta + c), pt = mass / 2 * Math.Sqrt(Math.Max(0, 1 - c * c));
            double theta = Math.Atan2(pt, pz);
            return e * theta * theta;
        }
        for (int k = 1; k <= 400; k++)
            Assert.True(LabETheta2(-1 + 2 * k / 400.0) <= LabETheta2(-1 + 2 * (k - 1) / 400.0) + 1e-15, "E θ² not monotonic in cos θ*");
        double lo = -1, hi = 1;
        for (int it = 0; it < 200; it++)
        {
            double mid = 0.5 * (lo + hi);
            if (LabETheta2(mid) < cut) hi = mid; else lo = mid;
        }
        double c0 = hi, a = -(int)DecayingHnl.DiracParticle * helicity;
        double expected = ((1 - c0) + a * (1 - c0 * c0) / 2) / 2;

        var random = RandomStream.Create(7, 0);
        var parent = FourMomentum.FromMassAndMomentum(mass, new ThreeVector(0, 0, p));
        const int n = 40_000;
        int pass = 0;
        for (int i = 0; i < n; i++)
        {
            var (photon, _) = DipolePhotonDecay.Decay(parent, 0, ThreeVector.UnitZ, helicity, DecayingHnl.DiracParticle, random.NextDouble(), random.NextDouble());
            double theta = NueShowerSelection.Theta(photon);
            if (photon.E * theta * theta < cut) pass++;
        }
        double sigma = Math.Sqrt(expected * (1 - expected) / n);
        Assert.Equal(expected, pass / (double)n, 4 * sigma + 1e-4);
        Assert.InRange(expected, 1e-3, 1);   // at m_N ≤ 1 GeV and E_N of a few GeV the photon cut alone keeps ≥ 0.1%
    }
}
