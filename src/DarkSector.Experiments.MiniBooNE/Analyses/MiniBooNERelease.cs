using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;
using DarkSector.Experiments.MiniBooNE.Fluxes;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>
/// MiniBooNE's official ν_e appearance data release (2020 update) for one beam mode: the 11-bin electron-like E_QE
/// spectrum (200–3000 MeV) with its predicted background, the 8-bin muon-like spectrum with its prediction, and the
/// 30 × 30 fractional covariance over (ν_e signal, ν_e background, ν_μ) bins.
/// </summary>
/// <remarks>
/// <para>Source: data/miniboone-release/MB_data_release/{fhcmode,rhcmode} (see its PROVENANCE.md; MiniBooNE,
/// PRD 103 (2021) 052002): 18.75e20 POT in neutrino mode, 11.27e20 POT in antineutrino mode. Files:
/// miniboone_binboundaries_nue_lowe (MeV), miniboone_nue(bar)data_lowe, miniboone_nue(bar)bgr_lowe, miniboone_numu(bar)data,
/// miniboone_numu(bar), miniboone_full_fractcovmatrix_nu(bar)_lowe.</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class MiniBooNERelease
{
    /// <summary>Number of electron-like E_QE bins.</summary>
    public const int ElectronBins = 11;

    /// <summary>Number of muon-like bins.</summary>
    public const int MuonBins = 8;

    /// <summary>Dimension of the full fractional covariance (signal, background, ν_μ).</summary>
    public const int FullDimension = 2 * ElectronBins + MuonBins;

    private MiniBooNERelease(HornPolarity mode, double[] edges, double[] electronData, double[] electronBackground,
        double[] muonData, double[] muonPrediction, double[,] fractional) =>
        (Mode, EdgesMeV, ElectronData, ElectronBackground, MuonData, MuonPrediction, FractionalCovariance) =
        (mode, edges, electronData, electronBackground, muonData, muonPrediction, fractional);

    /// <summary>Beam mode.</summary>
    public HornPolarity Mode { get; }

    /// <summary>E_QE bin edges, MeV (12 values, 200–3000).</summary>
    public IReadOnlyList<double> EdgesMeV { get; }

    /// <summary>Observed electron-like events per E_QE bin.</summary>
    public IReadOnlyList<double> ElectronData { get; }

    /// <summary>Predicted electron-like background per E_QE bin.</summary>
    public IReadOnlyList<double> ElectronBackground { get; }

    /// <summary>Observed muon-like events per bin.</summary>
    public IReadOnlyList<double> MuonData { get; }

    /// <summary>Predicted muon-like events per bin.</summary>
    public IReadOnlyList<double> MuonPrediction { get; }

    /// <summary>The 30 × 30 fractional covariance (a copy each call).</summary>
    public double[,] FractionalCovariance { get { return (double[,])field.Clone(); } }

    /// <summary>Loads the embedded release of <paramref name="mode"/>.</summary>
    /// <exception cref="FormatException">A file has the wrong shape or the covariance is not symmetric.</exception>
    public static MiniBooNERelease Load(HornPolarity mode)
    {
        string p = mode == HornPolarity.Fhc ? "fhc." : "rhc.";
        return new MiniBooNERelease(mode,
            EmbeddedTables.Of<MiniBooNEExperiment>().Vector(p + "binboundaries.txt", ElectronBins + 1),
            EmbeddedTables.Of<MiniBooNEExperiment>().Vector(p + "nuedata.txt", ElectronBins),
            EmbeddedTables.Of<MiniBooNEExperiment>().Vector(p + "nuebgr.txt", ElectronBins),
            EmbeddedTables.Of<MiniBooNEExperiment>().Vector(p + "numudata.txt", MuonBins),
            EmbeddedTables.Of<MiniBooNEExperiment>().Vector(p + "numu.txt", MuonBins), Matrix(p + "fractcov.txt", FullDimension));
    }

    /// <summary>The release's 60 × 60 fractional covariance of the combined neutrino + antineutrino fit
    /// (MB_data_release/combined/miniboone_full_fractcovmatrix_combined_lowe.txt): blocks (ν_e signal 11, ν_e background
    /// 11, ν_μ 8) of neutrino mode, then the same of antineutrino mode. Its diagonal blocks are the single-mode matrices;
    /// the combined folder's data and prediction vectors are those of the single modes (same numbers).</summary>
    /// <exception cref="FormatException">Not 60 × 60 or not symmetric.</exception>
    public static double[,] LoadCombinedCovariance() => Matrix("combined.fractcov.txt", 2 * FullDimension);

    private static double[,] Matrix(string name, int dimension)
    {
        var rows = EmbeddedTables.Of<MiniBooNEExperiment>().Rows(name);
        if (rows.Count != dimension || rows.Any(r => r.Length != dimension))
            throw new FormatException($"{name}: expected {dimension} x {dimension}, found {rows.Count} rows");
        var f = new double[dimension, dimension];
        for (int i = 0; i < dimension; i++)
            for (int j = 0; j < dimension; j++)
                f[i, j] = rows[i][j];
        for (int i = 0; i < dimension; i++)
            for (int j = 0; j < i; j++)
                if (Math.Abs(f[i, j] - f[j, i]) > 1e-6 * Math.Sqrt(Math.Abs(f[i, i] * f[j, j])) + 1e-12)
                    throw new FormatException($"{name}: not symmetric at [{i}, {j}]");
        return f;
    }
}
