using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Targets;
using FsCheck;
using FsCheck.Fluent;

namespace DarkSector.Physics.Tests.FormFactors;

/// <summary>Generators and independent reference formulas for the form-factor tests.</summary>
internal static class FormFactorArbitraries
{
    public const double HbarCGeVFm = 0.1973269804;

    /// <summary>Every nucleus with Fourier-Bessel data.</summary>
    public static IReadOnlyList<Nucleus> Tabulated { get; } = NuclearFormFactors.FourierBesselNuclei.Select(Nuclei.Get).ToArray();

    /// <summary>A double uniform in [low, high] with 1e-6 granularity.</summary>
    public static Gen<double> Uniform(double low, double high) =>
        Gen.Choose(0, 1_000_000).Select(i => low + (high - low) * i / 1_000_000.0);

    /// <summary>Nuclei with A ≥ 2 drawn from the whole registry.</summary>
    public static Gen<Nucleus> AnyNucleus
    {
        get
        {
            var all = Nuclei.All.Where(n => n.A >= 2).ToArray();
            return Gen.Choose(0, all.Length - 1).Select(i => all[i]);
        }
    }

    /// <summary>Nuclei with Fourier-Bessel data.</summary>
    public static Gen<Nucleus> TabulatedNucleus => Gen.Choose(0, Tabulated.Count - 1).Select(i => Tabulated[i]);

    /// <summary>All four models.</summary>
    public static Gen<FormFactorModel> FormFactorModels => Gen.Elements(Enum.GetValues<FormFactorModel>());

    /// <summary>
    /// The Fourier-Bessel sum written out directly from physics.md §3, normalised by its own Q = 0 limit; valid away
    /// from the removable poles (an independent transcription for comparison).
    /// </summary>
    public static double NaiveFourierBessel(double qGeV, double radiusFm, IReadOnlyList<double> a)
    {
        double x = qGeV * radiusFm / HbarCGeVFm;
        double sum = 0, sum0 = 0;
        for (int n = 1; n <= a.Count; n++)
        {
            double sign = n % 2 == 0 ? 1 : -1;
            sum += sign * a[n - 1] / (n * n * Math.PI * Math.PI - x * x);
            sum0 += sign * a[n - 1] / (n * n * Math.PI * Math.PI);
        }
        return (x == 0 ? 1.0 : Math.Sin(x) / x) * sum / sum0;
    }
}
