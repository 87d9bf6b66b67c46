using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Oscillations;

namespace DarkSector.Sampling.Tests.Oscillations;

public class AppearanceSampleTests
{
    private static AppearanceSample Random(int events, int bins, int seed)
    {
        var random = new Random(seed);
        return AppearanceSample.Create(bins, Enumerable.Range(0, events)
            .Select(_ => new AppearanceEvent(random.Next(-1, bins), 0.2 + 2 * random.NextDouble(), random.NextDouble())).ToArray());
    }

    [Theory] // the vectorised sine agrees with Math.Sin to a few ulp; summed over ~1000 events per bin, 1e-12 relative
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(30.0)]
    [InlineData(100.0)]
    public void VectorisedPrediction_AgreesWithTheScalarReference(double dm2)
    {
        var sample = Random(10_007, 11, 3);
        var p = new ThreePlusOneParameters { Dm2Ev2 = dm2, Sin22ThetaMuE = 0.7 };
        var fast = new double[11];
        var slow = new double[11];
        sample.Predict(p, fast);
        sample.PredictScalar(p, slow);
        for (int b = 0; b < 11; b++) Assert.Equal(1.0, fast[b] / slow[b], 12);
    }

    [Fact] // events with a negative bin are dropped; the rest sum per bin in full transmutation (exact small sums)
    public void FullTransmutation_SumsTheWeightsOfTheEventsInEachBin()
    {
        var sample = AppearanceSample.Create(3, [new(0, 1, 0.5), new(-1, 1, 100), new(2, 1, 0.25), new(0, 2, 1.0)]);
        var bins = new double[3];
        sample.FullTransmutation(bins);
        Assert.Equal([1.5, 0.0, 0.25], bins);
        Assert.Equal(3, sample.EventCount);
    }

    [Fact] // one event per bin: the prediction is w sin²2θ sin²(1.267 Δm² L/E) exactly (to rounding)
    public void Prediction_IsTheWeightTimesTheOscillationProbability()
    {
        var sample = AppearanceSample.Create(2, [new(0, 0.8, 2.0), new(1, 0.3, 5.0)]);
        var bins = new double[2];
        sample.Predict(new ThreePlusOneParameters { Dm2Ev2 = 1.3, Sin22ThetaMuE = 0.2 }, bins);
        Assert.Equal(2.0 * SterileOscillation.AppearanceProbability(0.2, 1.3, 0.8), bins[0], 14);
        Assert.Equal(5.0 * SterileOscillation.AppearanceProbability(0.2, 1.3, 0.3), bins[1], 14);
    }

    [Fact]
    public void Create_RejectsABinBeyondTheBinning() =>
        Assert.Throws<ArgumentException>(() => AppearanceSample.Create(2, [new(2, 1, 1)]));

    [Fact]
    public void Predict_RejectsAnOutputOfTheWrongLength() =>
        Assert.Throws<ArgumentException>(() => Random(10, 3, 1).Predict(new ThreePlusOneParameters { Dm2Ev2 = 1, Sin22ThetaMuE = 0.1 }, new double[2]));
}
