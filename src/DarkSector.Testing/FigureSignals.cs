using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Simulation;

namespace DarkSector.Testing;

/// <summary>
/// The signal of a published figure at one point of its plane — the benchmark if it has one, else the centre of its
/// axes (geometric centre on a log axis) — for the families the kit can simulate: "dark-photon" (one Dirac HNL through
/// the Z'; parameters m-n, mzprime, v-mu-n2, epsilon or epsilon2, alpha-d, v-n2) and "dipole" / "dipole+3p1" (the
/// dipole part; m-n, d-mu). Null for other families.
/// </summary>
/// <remarks>A smoke run of the plugin's machinery, not the core's scan: the library's family front door replaces this
/// once it exists (issue 17).</remarks>
internal static class FigureSignals
{
    /// <summary>The figure's signal at its benchmark or centre, or null for a family the kit does not simulate.</summary>
    public static ISignalModel? At(PublishedFigure figure, AnalysisDefinition analysis)
    {
        var point = figure.Fixed.ToDictionary(p => p.Name, p => p.Value);
        point[figure.X.Parameter] = figure.Benchmark?.X ?? Centre(figure.X);
        point[figure.Y.Parameter] = figure.Benchmark?.Y ?? Centre(figure.Y);
        if (figure.Profile is FigureAxis profile) point[profile.Parameter] = Centre(profile);
        double Get(string name) => point.TryGetValue(name, out double v) ? v
            : throw new Xunit.Sdk.XunitException($"{figure.Id}: parameter '{name}' is neither on an axis nor fixed");
        switch (figure.Family)
        {
            case "dark-photon":
                double epsilon = point.TryGetValue("epsilon2", out double e2) ? Math.Sqrt(e2) : Get("epsilon");
                double vmu = Get("v-mu-n2");
                var model = DarkPhotonModel.SingleHnl(Get("m-n"), Get("mzprime"), epsilon, Get("alpha-d"), vmu,
                    point.TryGetValue("v-n2", out double vn) ? vn : vmu, figure.Assumptions.Nature == HnlNature.Majorana);
                return new DarkPhotonSignal(model);
            case "dipole" or "dipole+3p1":
                var parameters = new DipoleParameters { MassGeV = Get("m-n"), DMuonGeVm1 = Get("d-mu"), IsMajorana = figure.Assumptions.Nature == HnlNature.Majorana };
                return analysis.Signal == SignalTopology.PhotonConversionInFiducial ? new DipolePhotonSignal(parameters) : new DipoleSignal(parameters);
            default:
                return null;
        }
    }

    private static double Centre(FigureAxis axis) =>
        axis.Scale == AxisScale.Logarithmic ? Math.Sqrt(axis.Min * axis.Max) : 0.5 * (axis.Min + axis.Max);
}
