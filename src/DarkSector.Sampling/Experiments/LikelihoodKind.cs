namespace DarkSector.Sampling.Experiments;

/// <summary>The test statistic an analysis uses (method.md, "Statistics"). The core implements each.</summary>
public enum LikelihoodKind
{
    /// <summary>Poisson per bin with the effective likelihood of Arguelles, Schneider and Yuan (JHEP 06 (2019) 030):
    /// Monte-Carlo variance plus a fractional systematic η (<see cref="AnalysisData.FractionalSystematic"/>).</summary>
    EffectivePoisson,

    /// <summary>Poisson counting with no background fluctuation: zero-background 95% CL style limits.</summary>
    Poisson,

    /// <summary>Gaussian χ² with the analysis covariance (<see cref="AnalysisData.Covariance"/>), e.g. a fractional
    /// covariance scaled by the prediction.</summary>
    CovarianceChi2,

    /// <summary>Combined Neyman–Pearson χ² (Ji et al., NIM A 961 (2020) 163677) plus the systematic covariance.</summary>
    CombinedNeymanPearsonChi2,
}
