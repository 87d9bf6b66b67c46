using DarkSector.Experiments.MiniBooNE;
using DarkSector.Experiments.MiniBooNE.Analyses;
using DarkSector.Physics.Oscillations;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Experiments.Tests.MiniBooNE.Analyses;

public class MiniBooNEOscillationTests
{
    private static readonly MiniBooNEExperiment Experiment = new();

    private static AnalysisDefinition Analysis(string id) => Experiment.Analyses.Single(a => a.Id == id);

    private static double[] Predict(string id, double dm2, double amplitude)
    {
        var sample = Analysis(id).Appearance!.Value;
        var bins = new double[sample.BinCount];
        sample.Predict(new ThreePlusOneParameters { Dm2Ev2 = dm2, Sin22ThetaMuE = amplitude }, bins);
        return bins;
    }

    // Hand computation: an independent Python script (docs/miniboone-oscillations.md) reading the raw ntuple text, events
    // per line = weight / number of lines, bin i when edge_i <= E_QE < edge_(i+1) (MeV), summed in file order. The same
    // sums in a different order agree to ~1e-13 relative; tolerance 1e-10.
    public static TheoryData<string, double[]> FullTransmutationByHand => new()
    {
        { "eqe", [12942.869494303837, 14777.833316670809, 28494.75600732373, 23730.143451522934, 42377.45619565303, 39960.42278307432,
                  41125.99563764307, 32225.26543071343, 24470.790955591696, 23782.13188328298, 18347.112261683582] },
        { "eqe-rhc", [1840.1812275036846, 1996.7872203511517, 3270.6094475886043, 2761.2634792773324, 4751.258705137565, 4477.132077474153,
                      4732.591233290506, 3738.4341596935014, 2738.2453089591727, 2649.264964410964, 1776.4207668715203] },
    };

    [Theory]
    [MemberData(nameof(FullTransmutationByHand))]
    public void FullTransmutation_MatchesHandComputationOverTheRawNtuple(string analysis, double[] expected)
    {
        var bins = new double[11];
        Analysis(analysis).Appearance!.Value.FullTransmutation(bins);
        for (int b = 0; b < 11; b++) Assert.Equal(1.0, bins[b] / expected[b], 10);
    }

    [Fact] // the combined fit: neutrino-mode file in bins 0-10, the combined folder's antineutrino file in 11-21
           // (hand sums 302234.77741746337 and 44794.843638268314, same script; 1e-10 relative)
    public void CombinedFullTransmutation_UsesTheNeutrinoAndTheCombinedAntineutrinoNtuples()
    {
        var bins = new double[22];
        Analysis("eqe-combined").Appearance!.Value.FullTransmutation(bins);
        Assert.Equal(1.0, bins.Take(11).Sum() / 302234.77741746337, 10);
        Assert.Equal(1.0, bins.Skip(11).Sum() / 44794.843638268314, 10);
        Assert.Equal(1.0, bins[11] / 2336.0370261723465, 10);
    }

    [Theory] // fast oscillations: per bin Σ w sin²φ → Σ w / 2. With the phases effectively random modulo π the deviation
             // has standard deviation sqrt(Σ w² Var(sin²φ)) = sqrt(Σ w² / 8); tolerance 5 of those per bin.
    [InlineData("eqe")]
    [InlineData("eqe-rhc")]
    public void Prediction_TendsToHalfTheAmplitude_InTheFastOscillationLimit(string analysis)
    {
        var edges = Analysis(analysis).Binning.Edges.ToArray();
        var events = OscillationNtuple.Load(analysis == "eqe" ? "fhc.fullosc.txt" : "rhc.fullosc.txt", edges, 0);
        var bins = Predict(analysis, 1e4, 1.0);
        for (int b = 0; b < 11; b++)
        {
            double sum = events.Where(e => e.Bin == b).Sum(e => e.Weight);
            double sumW2 = events.Where(e => e.Bin == b).Sum(e => e.Weight * e.Weight);
            Assert.InRange(bins[b] - sum / 2, -5 * Math.Sqrt(sumW2 / 8), 5 * Math.Sqrt(sumW2 / 8));
        }
    }

    [Fact] // small Δm²: sin²Δ = Δ²(1 − Δ²/3 …) with Δ ≤ 1.267e−5 · 0.54 km / 0.12 GeV ≈ 6e−5: relative 1e−9 to the Δ² law
    public void Prediction_GrowsAsTheSquareOfDm2LOverE_AtSmallDm2()
    {
        var edges = Analysis("eqe").Binning.Edges.ToArray();
        var events = OscillationNtuple.Load("fhc.fullosc.txt", edges, 0);
        const double dm2 = 1e-5, amplitude = 0.5;
        var bins = Predict("eqe", dm2, amplitude);
        var doubled = Predict("eqe", 2 * dm2, amplitude);
        for (int b = 0; b < 11; b++)
        {
            double expected = amplitude * events.Where(e => e.Bin == b).Sum(e => e.Weight * Math.Pow(1.267 * dm2 * e.LengthOverEnergyKmPerGeV, 2));
            Assert.Equal(1.0, bins[b] / expected, 9);
            Assert.Equal(4.0, doubled[b] / bins[b], 8);
        }
    }

    [Theory] // sin²2θ = 0 is no signal: the χ² equals the background-only value pinned by MiniBooNEChiSquareTests'
             // hand computation (31.802..., 22.888..., 69.233...; 1e-12 relative)
    [InlineData("eqe", 31.802031115027027)]
    [InlineData("eqe-rhc", 22.888020116295987)]
    [InlineData("eqe-combined", 69.23341168478774)]
    public void ChiSquare_WithZeroAmplitude_EqualsTheBackgroundOnlyValue(string id, double backgroundOnly)
    {
        var binned = Analysis(id).ToBinnedAnalysis();
        var signal = Predict(id, 0.5, 0.0);
        Assert.All(signal, s => Assert.Equal(0.0, s));
        double chi2 = binned.MinusTwoLnL(signal, new double[signal.Length]);
        Assert.Equal(1.0, chi2 / backgroundOnly, 12);
    }

    [Fact] // oscillations improve the fit: at MiniBooNE's published combined best fit (0.043 eV², 0.807; PRD 103 (2021)
           // 052002) the combined χ² lies well below the background-only 69.23 (the excess is oscillation-like at low E)
    public void ChiSquare_AtThePublishedBestFit_IsBelowBackgroundOnly()
    {
        var binned = Analysis("eqe-combined").ToBinnedAnalysis();
        var signal = Predict("eqe-combined", 0.043, 0.807);
        double chi2 = binned.MinusTwoLnL(signal, new double[22]);
        Assert.True(chi2 < 69.23341168478774 - 11.83, $"chi2 = {chi2}");   // more than 3σ (2 dof) better
    }
}
