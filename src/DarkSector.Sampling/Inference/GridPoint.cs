namespace DarkSector.Sampling.Inference;

/// <summary>One evaluated point of a <see cref="FamilyScan"/>.</summary>
/// <param name="MinusTwoLnL">−2 ln L of background + signal (profiled over the profile parameter, if any).</param>
/// <param name="Signal">The total predicted signal, events (at the profiled value).</param>
/// <param name="SignalMcError">Its Monte Carlo error √Σw² (0 for a prediction without MC, e.g. the 3+1 oscillation).</param>
/// <param name="Profiled">The profiled parameter's best value, or NaN without a profile.</param>
public readonly record struct GridPoint(double MinusTwoLnL, double Signal, double SignalMcError, double Profiled)
{
    /// <summary>What a joint-sample prediction rests on (effective sample size, mass points in the kernel, flag), or
    /// null for the other strategies.</summary>
    public Reweighting.KernelPrediction? Kernel { get; init; }

    /// <summary>−2 ln L with the signal of every bin scaled by 1 + r, r = <see cref="SignalMcError"/>/<see cref="Signal"/>
    /// (the prediction one MC standard deviation up; the Σw² term unchanged): the input of <see cref="McBand"/>. Equal to
    /// <see cref="MinusTwoLnL"/> without MC error; NaN where not evaluated.</summary>
    public double MinusTwoLnLSignalUp { get; init; } = double.NaN;

    /// <summary>−2 ln L with the signal of every bin scaled by max(0, 1 − r) (one MC standard deviation down), as
    /// <see cref="MinusTwoLnLSignalUp"/>.</summary>
    public double MinusTwoLnLSignalDown { get; init; } = double.NaN;
}
