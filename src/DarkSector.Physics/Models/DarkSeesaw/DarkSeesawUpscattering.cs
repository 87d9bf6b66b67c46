using DarkSector.Physics.CrossSections;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// Upscattering ν_μ + T → N_j + T for a heavy state of a dark-seesaw spectrum, through the dark-photon cross sections
/// (<see cref="DarkPhotonUpscattering"/>) with the production vertex |V_μj|² = Σ_{i light} |U_μi|² |V_ij|².
/// </summary>
/// <remarks>
/// physics.md §2.3: the rate scales with |V_light,j|² α_D (e ε)² (single-active-generation approximation; exact for one
/// active flavour). The model handed over is <see cref="DarkSeesawDecays.ToDarkPhotonModel"/>. Thread-safe.
/// </remarks>
public static class DarkSeesawUpscattering
{
    /// <summary>Coherent upscattering on <paramref name="nucleus"/> into the heavy state <paramref name="state"/>.</summary>
    /// <param name="spectrum">The spectrum.</param>
    /// <param name="nucleus">Target nucleus (A &gt; 1).</param>
    /// <param name="state">State index, ≥ <see cref="DarkSeesawSpectrum.LightStateCount"/> (a heavy state).</param>
    /// <param name="formFactor">Nuclear form factor; the physics.md §3 default if null.</param>
    /// <param name="helicity">N helicity selection.</param>
    /// <exception cref="ArgumentOutOfRangeException">The state is light or does not exist.</exception>
    /// <exception cref="DarkSectorException">See <see cref="DarkSeesawDecays.ToDarkPhotonModel"/>.</exception>
    public static DarkPhotonUpscattering Coherent(DarkSeesawSpectrum spectrum, Nucleus nucleus, int state,
        INuclearFormFactor? formFactor = null, UpscatteringHelicity helicity = UpscatteringHelicity.Both) =>
        DarkPhotonUpscattering.Coherent(DarkSeesawDecays.ToDarkPhotonModel(spectrum), nucleus, formFactor,
            HeavyIndex(spectrum, state), LeptonFlavour.Muon, helicity);

    /// <summary>Elastic upscattering on a free proton into the heavy state <paramref name="state"/> (per proton).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is light or does not exist.</exception>
    /// <exception cref="DarkSectorException">See <see cref="DarkSeesawDecays.ToDarkPhotonModel"/>.</exception>
    public static DarkPhotonUpscattering ProtonElastic(DarkSeesawSpectrum spectrum, int state,
        UpscatteringHelicity helicity = UpscatteringHelicity.Both) =>
        DarkPhotonUpscattering.ProtonElastic(DarkSeesawDecays.ToDarkPhotonModel(spectrum), HeavyIndex(spectrum, state), LeptonFlavour.Muon, helicity);

    private static int HeavyIndex(DarkSeesawSpectrum spectrum, int state)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        if (state < spectrum.LightStateCount || state >= spectrum.StateCount)
            throw new ArgumentOutOfRangeException(nameof(state), state,
                $"state = {state} is not a heavy state; heavy states are [{spectrum.LightStateCount}, {spectrum.StateCount - 1}]");
        return state - spectrum.LightStateCount;
    }
}
