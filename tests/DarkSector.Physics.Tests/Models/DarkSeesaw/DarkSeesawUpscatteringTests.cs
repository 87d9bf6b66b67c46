using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

public class DarkSeesawUpscatteringTests
{
    [Fact] // σ(ν_μ C12 → N_j) equals the single-HNL dark-photon σ with |V_μN|² = Σ_light |U_μi|²|V_ij|² (1e-12), E = 2 GeV
    public void Coherent_IsTheDarkPhotonCrossSectionWithTheLightHeavyVertex()
    {
        var s = DarkSeesawSpectrum.Compute(DarkSeesawSpectrumTests.Benchmark());
        var carbon = Nuclei.Get("C12");
        int state = 3;   // N6, the state with the largest light–heavy vertex
        double v2 = s.MixingSquared(LeptonFlavour.Muon, 0) * s.ZPrimeVertexSquared(0, state);
        var single = DarkPhotonModel.SingleHnl(s.MassesGeV[state], s.ZPrimeMassGeV, s.Epsilon, s.AlphaDark, v2, v2, isMajorana: true);
        double expected = DarkPhotonUpscattering.Coherent(single, carbon).TotalCm2(2.0);
        double actual = DarkSeesawUpscattering.Coherent(s, carbon, state).TotalCm2(2.0);
        Assert.True(expected > 0);
        Assert.Equal(1, actual / expected, 1e-12);
    }

    [Fact] // σ ∝ α_D at fixed masses and vertices (physics.md §2.3): doubling α_D doubles σ (1e-12)
    public void Coherent_ScalesLinearlyWithAlphaD()
    {
        var p = DarkSeesawSpectrumTests.Benchmark();
        var doubled = new DarkSeesawParameters(p.DiracMassGeV, p.SterileMassGeV, p.LambdaLGeV, p.LambdaRGeV, p.DarkMassGeV,
            p.ZPrimeMassGeV, p.Epsilon, 2 * p.AlphaDark);
        var carbon = Nuclei.Get("C12");
        double a = DarkSeesawUpscattering.Coherent(DarkSeesawSpectrum.Compute(p), carbon, 3).TotalCm2(2.0);
        double b = DarkSeesawUpscattering.Coherent(DarkSeesawSpectrum.Compute(doubled), carbon, 3).TotalCm2(2.0);
        Assert.Equal(2, b / a, 1e-12);
    }

    [Fact]
    public void LightState_IsRejected()
    {
        var s = DarkSeesawSpectrum.Compute(DarkSeesawSpectrumTests.Benchmark());
        Assert.Throws<ArgumentOutOfRangeException>(() => DarkSeesawUpscattering.ProtonElastic(s, 0));
    }
}
