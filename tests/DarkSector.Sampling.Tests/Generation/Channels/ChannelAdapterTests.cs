using DarkSector.Physics;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Events;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.Generation.Channels;
using DarkSector.Sampling.Randomness;

namespace DarkSector.Sampling.Tests.Generation.Channels;

public class ChannelAdapterTests
{
    private static readonly IHnlDecaySampler Photon = new DipolePhotonChannel(new DecayChannelInfo("nu_gamma", [22, 14]), 0.4, 0.0, DecayingHnl.DiracParticle);
    private static readonly IHnlDecaySampler Dilepton = new DipoleDileptonChannel(new DecayChannelInfo("nu_e_e", [14, 11, -11]),
        new DipoleDileptonDecay(0.4, PhysicalConstants.ElectronMassGeV, 1e-12, DecayingHnl.DiracParticle));

    // Dark photon heavy-like point: m_N = 0.4 GeV < m_Z' = 1.25 GeV (off-shell Z'), and a light point with Z' on shell.
    private static readonly IHnlDecaySampler OffShell = new ThreeBodyChannel(new DecayChannelInfo("nu_e_e", [14, 11, -11]),
        DarkPhotonDecays.ZPrimeLeptonPairSampler(DarkPhotonModel.SingleHnl(0.4, 1.25, 1e-3, 0.25, 1e-6, 1.0, false), 0, LeptonFlavour.Electron));
    private static readonly IHnlDecaySampler OnShell = new ThreeBodyChannel(new DecayChannelInfo("nu_Zprime_e_e", [14, 11, -11]),
        DarkPhotonDecays.ZPrimeLeptonPairSampler(DarkPhotonModel.SingleHnl(0.4, 0.03, 1e-3, 0.25, 1e-6, 1.0, false), 0, LeptonFlavour.Electron));

    public static TheoryData<string> Channels => new() { "photon", "dilepton", "offshell", "onshell" };

    private static IHnlDecaySampler Get(string name) => name switch
    {
        "photon" => Photon,
        "dilepton" => Dilepton,
        "offshell" => OffShell,
        _ => OnShell,
    };

    [Theory] // mean weight over uniform points = 1 within 4 standard errors (4e4 points, Π = 0.7 ẑ), as the generator requires
    [MemberData(nameof(Channels))]
    public void MeanWeight_IsOne(string name)
    {
        var channel = Get(name);
        var rng = RandomStream.Create(21, 0);
        Span<double> u = stackalloc double[channel.UniformCount];
        Span<FourMomentum> products = stackalloc FourMomentum[3];
        double sum = 0, sum2 = 0;
        const int n = 40_000;
        for (int i = 0; i < n; i++)
        {
            rng.Fill(u);
            double w = channel.Sample(u, new ThreeVector(0, 0, 0.7), products);
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / n, error = Math.Sqrt((sum2 / n - mean * mean) / n);
        Assert.True(Math.Abs(mean - 1) < 4 * Math.Max(error, 1e-12), $"{mean} ± {error}");
    }

    [Theory] // products sum to (m_N, 0, 0, 0) in the N rest frame, to 1e-9 GeV (the dilepton y-mapping loses ~1e-12 relative per step)
    [MemberData(nameof(Channels))]
    public void Products_ConserveFourMomentumInRestFrame(string name)
    {
        var channel = Get(name);
        var rng = RandomStream.Create(22, 0);
        Span<double> u = stackalloc double[channel.UniformCount];
        Span<FourMomentum> products = stackalloc FourMomentum[3];
        for (int i = 0; i < 1000; i++)
        {
            rng.Fill(u);
            products.Clear();
            channel.Sample(u, new ThreeVector(0.3, -0.2, 0.5), products);
            var total = products[0] + products[1] + products[2];
            Assert.Equal(0.4, total.E, 1e-9);
            Assert.True(total.P < 1e-9);
        }
    }

    [Fact] // adapters reject a channel list with the wrong number of products
    public void WrongProductCount_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new DipolePhotonChannel(new DecayChannelInfo("x", [22]), 0.4, 0, DecayingHnl.Majorana));
        Assert.Throws<ArgumentException>(() => new DipoleDileptonChannel(new DecayChannelInfo("x", [14, 11]),
            new DipoleDileptonDecay(0.4, PhysicalConstants.ElectronMassGeV, 1e-12, DecayingHnl.Majorana)));
    }
}
