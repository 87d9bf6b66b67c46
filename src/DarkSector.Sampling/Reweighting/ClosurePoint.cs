namespace DarkSector.Sampling.Reweighting;

/// <summary>One point of a closure test (<see cref="Closure"/>): the kernel prediction from the joint sample against a
/// dedicated simulation at the same parameter point.</summary>
/// <param name="Theta">The point, sample axis order, parameter units.</param>
/// <param name="Kernel">The kernel prediction with what it rests on.</param>
/// <param name="Direct">The dedicated simulation's signal summed over bins, events.</param>
/// <param name="DirectMcError">Its Monte Carlo error √Σw², events.</param>
/// <param name="MinusTwoLnLKernel">−2 ln L of the kernel prediction (NaN when no likelihood was given).</param>
/// <param name="MinusTwoLnLDirect">−2 ln L of the dedicated simulation (NaN when no likelihood was given).</param>
public sealed record ClosurePoint(IReadOnlyList<double> Theta, KernelPrediction Kernel, double Direct, double DirectMcError,
    double MinusTwoLnLKernel, double MinusTwoLnLDirect)
{
    /// <summary>(kernel − direct)/√(σ_kernel² + σ_direct²); 0 when both are exactly 0 with no error, ±∞ when they
    /// differ with no error at all.</summary>
    public double Pull
    {
        get
        {
            double difference = Kernel.Signal - Direct;
            double sigma = Math.Sqrt(Kernel.SignalMcError * Kernel.SignalMcError + DirectMcError * DirectMcError);
            return difference == 0 ? 0 : difference / sigma;
        }
    }

    /// <summary>kernel/direct − 1; NaN when the direct signal is 0.</summary>
    public double RelativeBias => Direct > 0 ? Kernel.Signal / Direct - 1 : double.NaN;

    /// <summary>The direct simulation's relative MC error σ/direct; +∞ when the direct signal is 0.</summary>
    public double DirectRelativeError => Direct > 0 ? DirectMcError / Direct : double.PositiveInfinity;
}
