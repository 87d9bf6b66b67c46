namespace DarkSector.Physics.CrossSections;

/// <summary>
/// One upscattering process ν_α + T → N + T on one target species (a nucleus coherently, or a nucleon), for a
/// fixed model point, flavour and helicity selection. Every model family (dark photon, dipole, seesaw) implements it;
/// the event generator consumes it.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe; <see cref="DifferentialCm2PerGeV2"/> is the hot path and
/// allocates nothing.</remarks>
public interface IUpscatteringCrossSection
{
    /// <summary>Short process name, e.g. "coherent", "proton-elastic", "neutron-elastic".</summary>
    string Process { get; }

    /// <summary>Kinematics: target and produced masses, threshold, Q² range.</summary>
    UpscatteringKinematics Kinematics { get; }

    /// <summary>dσ/dQ² in cm²/GeV² at neutrino energy E (GeV) and Q² (GeV²); 0 outside the physical region.</summary>
    double DifferentialCm2PerGeV2(double energyGeV, double q2GeV2);

    /// <summary>σ(E) in cm², the integral of <see cref="DifferentialCm2PerGeV2"/> over the physical Q² range; 0 below threshold.</summary>
    double TotalCm2(double energyGeV);
}
