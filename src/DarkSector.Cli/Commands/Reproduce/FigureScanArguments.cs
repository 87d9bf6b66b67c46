using System.Globalization;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Cli.Commands.Reproduce;

/// <summary>
/// The one place where a typed <see cref="PublishedFigure"/> becomes the arguments of <c>darksector scan</c> (experiment,
/// family, --analysis, --x, --y, --fix, --profile, --events, --cl or --sigmas, --benchmark, --data, and the assumption
/// set as --processes, --volumes, --exclude-volumes). When the scan is a library call, this class is replaced by it.
/// </summary>
/// <remarks>The scan draws its contour for 2 degrees of freedom and simulates Dirac HNLs with the plugin's own flux and
/// efficiency; a figure asking for anything else is refused here (one line) rather than run under other assumptions.</remarks>
internal static class FigureScanArguments
{
    /// <summary>The scan arguments (without --out and --plot) of <paramref name="figure"/> under <paramref name="assumptions"/>.</summary>
    /// <exception cref="ArgumentException">The figure needs something the scan cannot do (see the remarks).</exception>
    public static IReadOnlyList<string> Of(PublishedFigure figure, AssumptionSet assumptions)
    {
        if (figure.DegreesOfFreedom != 2)
            throw new ArgumentException($"figure '{figure.Id}': DegreesOfFreedom = {figure.DegreesOfFreedom}, but scan draws its regions for 2 dof (a plane)");
        if (assumptions.Nature != HnlNature.Dirac || assumptions.FluxVersion is not null || assumptions.Efficiency is not null)
            throw new ArgumentException($"figure '{figure.Id}': scan cannot apply the assumptions {assumptions} (Majorana HNLs, another flux or efficiency)");
        var args = new List<string> { figure.ExperimentId, figure.Family };
        if (figure.Analysis is string analysis) args.AddRange(["--analysis", analysis]);
        args.AddRange(["--x", Axis(figure.X), "--y", Axis(figure.Y)]);
        if (figure.Fixed.Count > 0) args.AddRange(["--fix", Fixed(figure)]);
        if (figure.Profile is FigureAxis profile) args.AddRange(["--profile", Axis(profile)]);
        if (figure.Events is int events) args.AddRange(["--events", events.ToString(CultureInfo.InvariantCulture)]);
        if (figure.Significances.Count > 0) args.AddRange(["--sigmas", string.Join(',', figure.Significances.Select(Number))]);
        else args.AddRange(["--cl", Number(figure.ConfidenceLevel)]);
        if (figure.Benchmark is FigurePoint star) args.AddRange(["--benchmark", $"{Number(star.X)},{Number(star.Y)}"]);
        if (figure.Data == FigureData.Asimov) args.AddRange(["--data", "asimov"]);
        if (assumptions.Processes != UpscatteringProcessKinds.All)
            args.AddRange(["--processes", string.Join(',', new[] { UpscatteringProcessKinds.Coherent, UpscatteringProcessKinds.Proton, UpscatteringProcessKinds.Neutron }
                .Where(k => assumptions.Processes.HasFlag(k)).Select(UpscatteringProcessNames.Name))]);
        if (assumptions.Volumes.Include.Count > 0) args.AddRange(["--volumes", string.Join(',', assumptions.Volumes.Include)]);
        if (assumptions.Volumes.Exclude.Count > 0) args.AddRange(["--exclude-volumes", string.Join(',', assumptions.Volumes.Exclude)]);
        return args;
    }

    private static string Fixed(PublishedFigure figure) => string.Join(',', figure.Fixed.Select(p => $"{p.Name}={Number(p.Value)}"));

    private static string Axis(FigureAxis axis) =>
        $"{axis.Parameter}:{Number(axis.Min)}:{Number(axis.Max)}:{(axis.Scale == AxisScale.Logarithmic ? "log" : "lin")}:{axis.Points.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Shortest round-trip text, in exponent form ("4.6e-4") below 1e-3 and from 1e4 on.</summary>
    internal static string Number(double value)
    {
        double magnitude = Math.Abs(value);
        if (magnitude == 0 || (magnitude >= 1e-3 && magnitude < 1e4)) return value.ToString("R", CultureInfo.InvariantCulture);
        int exponent = (int)Math.Floor(Math.Log10(magnitude));
        double mantissa = value / Math.Pow(10, exponent);
        string text = $"{Math.Round(mantissa, 12).ToString("R", CultureInfo.InvariantCulture)}e{exponent.ToString(CultureInfo.InvariantCulture)}";
        return double.Parse(text, CultureInfo.InvariantCulture) == value ? text : value.ToString("R", CultureInfo.InvariantCulture);
    }
}
