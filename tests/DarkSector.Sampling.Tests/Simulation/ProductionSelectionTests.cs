using DarkSector.Physics.Kinematics;
using DarkSector.Physics.Materials;
using DarkSector.Sampling.Geometry;
using DarkSector.Sampling.Likelihoods;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Sampling.Tests.Simulation;

public class ProductionSelectionTests
{
    private static readonly Material Carbon = Material.FromAtomCounts("carbon", 2.0, ("C12", 1));

    private static readonly Detector Toy = new("toy",
    [
        new DetectorVolume("TPC fiducial", new Box(10, 10, 10), Carbon, VolumeRole.Fiducial | VolumeRole.Target),
        new DetectorVolume("TPC", new Box(20, 20, 20), Carbon, VolumeRole.Target),
        new DetectorVolume("hall air", new Box(100, 100, 100), Carbon, VolumeRole.Air),
        new DetectorVolume("upstream rock", new Box(100, 100, 100).Translate(new ThreeVector(0, 0, -200)), Carbon, VolumeRole.Dirt),
    ]);

    private static readonly Dictionary<string, IReadOnlyList<string>> Groups = new() { ["tpc"] = ["TPC fiducial", "TPC"] };

    [Theory] // names match case-insensitively with '-' for ' '; built-in and plugin groups; exclusion after inclusion
    [InlineData("", "", "1111")]
    [InlineData("", "upstream-rock", "1110")]
    [InlineData("", "dirt", "1110")]
    [InlineData("", "ROCK", "1110")]
    [InlineData("detector", "", "1100")]
    [InlineData("fiducial,upstream rock", "", "1001")]
    [InlineData("tpc", "tpc-fiducial", "0100")]
    public void Resolve_SelectsByNameAndGroup(string include, string exclude, string expected)
    {
        var keep = VolumeSelection.Parse(include, exclude).Resolve(Toy, Groups);
        Assert.Equal(expected, string.Concat(keep.Select(k => k ? '1' : '0')));
    }

    [Fact] // an unknown name is one line naming the option and listing volumes and groups
    public void Resolve_UnknownNameListsTheChoices()
    {
        var e = Assert.Throws<ArgumentException>(() => VolumeSelection.Parse(null, "upstream-dirt").Resolve(Toy, Groups));
        Assert.StartsWith("--exclude-volumes: 'upstream-dirt'", e.Message);
        Assert.Contains("upstream-rock", e.Message);
        Assert.Contains("tpc", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("coherent", UpscatteringProcessKinds.Coherent)]
    [InlineData("Proton, neutron", UpscatteringProcessKinds.Proton | UpscatteringProcessKinds.Neutron)]
    [InlineData("all", UpscatteringProcessKinds.All)]
    public void ProcessNames_Parse(string text, UpscatteringProcessKinds expected) =>
        Assert.Equal(expected, UpscatteringProcessNames.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("elastic")]
    public void ProcessNames_RejectUnknown(string text) =>
        Assert.Throws<ArgumentException>(() => UpscatteringProcessNames.Parse(text));

    // The signal-normalisation systematic σ_s adds σ_s² s_i s_j to an absolute covariance: identical (1e-12 relative)
    // to folding that term into the matrix by hand.
    [Fact]
    public void SignalSystematic_EqualsTheFoldedCovariance()
    {
        double[] observed = [52, 26, 17], background = [47.7, 15.5, 9.5], signal = [33.3, 16.1, 21.2], sumW2 = [0.4, 0.2, 0.3];
        double[,] covariance = { { 136.9, 10, 0 }, { 10, 62.41, 0 }, { 0, 0, 21.16 } };
        const double sigma = 0.3;
        var folded = (double[,])covariance.Clone();
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                folded[i, j] += sigma * sigma * signal[i] * signal[j];
        double expected = new CombinedNeymanPearsonChiSquare(folded, SystematicCovarianceKind.Absolute).MinusTwoLnL(observed, signal, sumW2, background);
        double actual = new CombinedNeymanPearsonChiSquare(covariance, SystematicCovarianceKind.Absolute) { SignalFractionalUncertainty = sigma }
            .MinusTwoLnL(observed, signal, sumW2, background);
        Assert.Equal(1.0, actual / expected, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CombinedNeymanPearsonChiSquare { SignalFractionalUncertainty = 0.3 });
    }
}
