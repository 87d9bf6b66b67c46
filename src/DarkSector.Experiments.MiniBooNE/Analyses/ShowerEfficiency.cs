using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>
/// MiniBooNE's γ/e⁻ selection efficiency versus shower energy, from the collaboration's 2012 data release.
/// </summary>
/// <remarks>
/// <para>Source: data/miniboone-release/miniboone_eff/eg_effs.dat ("γ / e⁻ efficiency" versus generated
/// energy in MeV with its systematic error, www-boone.fnal.gov data_release/nue_nuebar_2012; the table Kamp et al. use
/// for single photons and showers). It is the efficiency of the full ν_e CCQE selection for a single electromagnetic
/// shower; it rises to 13.9% at 350 MeV and then falls roughly linearly to 2.6% at 2 GeV.</para>
/// <para>Evaluated by linear interpolation in the shower kinetic energy between the table's nodes (50, 150, …, 2000
/// MeV); above 2000 MeV the last value is held (the E_QE analysis ends at 3 GeV), below 50 MeV it is 0. The systematic
/// column is not used (the analysis covariance holds the efficiency uncertainties of the background).</para>
/// <para>Normalisation: the release's efficiency is per event generated in the whole tank (R &lt; 610.6 cm), so it
/// includes the fiducial cut R &lt; 500 cm, which keeps (500/610.6)³ = 0.549 of uniformly spread events. A signal
/// counted only inside the fiducial sphere takes <see cref="InFiducialVolume"/> = table / <see cref="FiducialMassFraction"/>:
/// the seeds' code undoes the cut the same way (fastbnb, analysis.py, <c>FIDUCIAL_MASS_CORRECTION = 1 / 0.55</c>, applied to
/// both the e⁺e⁻ and the single-photon signals of Kamp et al. 2023 and Abdullahi et al. 2023).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class ShowerEfficiency
{
    private readonly double[] _energiesMeV, _efficiency;

    private ShowerEfficiency(double[] energiesMeV, double[] efficiency) => (_energiesMeV, _efficiency) = (energiesMeV, efficiency);

    /// <summary>Node energies, MeV.</summary>
    public ReadOnlySpan<double> EnergiesMeV => _energiesMeV;

    /// <summary>Efficiencies at the nodes.</summary>
    public ReadOnlySpan<double> Values => _efficiency;

    /// <summary>Loads the embedded table.</summary>
    public static ShowerEfficiency Load() => Parse(EmbeddedTables.Of<MiniBooNEExperiment>().Rows("eg_effs.dat"), "eg_effs.dat");

    /// <summary>Builds the table from its rows (energy MeV, efficiency, systematic).</summary>
    /// <exception cref="FormatException">A row without 3 columns, energies not increasing, or an efficiency outside [0, 1].</exception>
    public static ShowerEfficiency Parse(IReadOnlyList<double[]> rows, string description)
    {
        if (rows.Count < 2) throw new FormatException($"{description}: {rows.Count} rows, need at least 2");
        var e = new double[rows.Count];
        var f = new double[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != 3) throw new FormatException($"{description}, row {i + 1}: expected 3 columns, found {rows[i].Length}");
            (e[i], f[i]) = (rows[i][0], rows[i][1]);
            if (i > 0 && !(e[i] > e[i - 1])) throw new FormatException($"{description}, row {i + 1}: energies must increase");
            if (f[i] is < 0 or > 1) throw new FormatException($"{description}, row {i + 1}: efficiency {f[i]} outside [0, 1]");
        }
        return new ShowerEfficiency(e, f);
    }

    /// <summary>The fraction of the tank's events that the release's fiducial cut keeps, included in its efficiencies:
    /// 0.55 (the seeds' value, fastbnb; (500/610.6)³ = 0.549 geometrically).</summary>
    public const double FiducialMassFraction = 0.55;

    /// <summary>Efficiency of a shower whose vertex is inside the fiducial sphere: <see cref="At"/> /
    /// <see cref="FiducialMassFraction"/>.</summary>
    /// <param name="kineticMeV">Shower kinetic energy, MeV.</param>
    public double InFiducialVolume(double kineticMeV) => At(kineticMeV) / FiducialMassFraction;

    /// <summary>Efficiency at shower kinetic energy <paramref name="kineticMeV"/> (MeV), as released (per event generated
    /// in the whole tank).</summary>
    public double At(double kineticMeV)
    {
        if (!(kineticMeV >= _energiesMeV[0])) return 0;
        if (kineticMeV >= _energiesMeV[^1]) return _efficiency[^1];
        int i = Array.BinarySearch(_energiesMeV, kineticMeV);
        if (i >= 0) return _efficiency[i];
        i = ~i - 1;
        double t = (kineticMeV - _energiesMeV[i]) / (_energiesMeV[i + 1] - _energiesMeV[i]);
        return _efficiency[i] + t * (_efficiency[i + 1] - _efficiency[i]);
    }
}
