using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.T2K.Analyses;
using DarkSector.Experiments.T2K.Fluxes;

namespace DarkSector.Experiments.Tests.T2K.Analyses;

public class FgdMeeSpectrumTests
{
    [Fact] // digitised FHC spectrum: first bin data 1588.41 -> 1588 events, prediction 1656.11; last (overflow) bin 839.2 -> 839
    public void FhcSpectrum_ReadsTheDigitisedValuesIntoTwentyBins()
    {
        var fhc = FgdMeeSpectrum.Load(HornPolarity.Fhc);
        Assert.Equal(20, fhc.Observed.Length);
        Assert.Equal(1588, fhc.Observed[0]);
        Assert.Equal(1656.11092, fhc.Prediction[0], 4);
        Assert.Equal(839, fhc.Observed[19]);
        Assert.Equal(0.23, fhc.FractionalSystematic);
        Assert.Equal(0.21, FgdMeeSpectrum.Load(HornPolarity.Rhc).FractionalSystematic);
    }

    [Fact] // data and prediction agree overall to within the 23% systematic (a check on the digitisation): |Σdata/Σpred − 1| < 0.1
    public void DataAndPrediction_AgreeWithinTheSystematic()
    {
        foreach (var mode in new[] { HornPolarity.Fhc, HornPolarity.Rhc })
        {
            var s = FgdMeeSpectrum.Load(mode);
            double data = 0, prediction = 0;
            for (int i = 0; i < FgdMeeSpectrum.BinCount; i++) (data, prediction) = (data + s.Observed[i], prediction + s.Prediction[i]);
            Assert.InRange(data / prediction, 0.9, 1.1);
        }
    }

    [Fact]
    public void Edges_AreTenMeVWithAnOverflowBin()
    {
        var edges = FgdMeeSpectrum.EdgesGeV();
        Assert.Equal(21, edges.Length);
        Assert.Equal(0.19, edges[19], 12);
        Assert.Equal(double.MaxValue, edges[20]);
    }

    [Fact]
    public void Parse_RejectsAMissingBin()
    {
        var text = string.Join('\n', Enumerable.Range(0, 19).Select(i => $"{i * 10 + 5} 1"));
        Assert.Throws<FormatException>(() => FgdMeeSpectrum.Parse(new StringReader(text), "short"));
    }
}
