using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;
using DarkSector.Sampling.Oscillations;

namespace DarkSector.Experiments.MiniBooNE.Analyses;

/// <summary>
/// MiniBooNE's fully oscillated ν_μ → ν_e (ν̄_μ → ν̄_e) Monte Carlo ntuples of the data release, as appearance events
/// binned in reconstructed E_QE.
/// </summary>
/// <remarks>
/// <para>Source: data/miniboone-release/PROVENANCE.md (MiniBooNE 2020 data release; PRD 103 (2021) 052002). Four columns
/// per line: E_QE (MeV), true neutrino energy E (MeV), baseline L from the production point (cm), weight. The expected
/// events of one line under 100% transmutation at the release's exposure are weight / (number of lines) — the release's
/// normalisation, summed over all lines including those outside the E_QE range. Units: L/E in km/GeV =
/// (L[cm] · 10⁻⁵) / (E[MeV] · 10⁻³) = 10⁻² L[cm]/E[MeV]. An event is in bin i when edge_i ≤ E_QE &lt; edge_(i+1)
/// (MeV); events outside 200–3000 MeV (including the few unphysical negative reconstructions) are in no bin.</para>
/// <para>Files: neutrino mode fhcmode/miniboone_numunuefullosc_ntuple.txt (17,204 lines), antineutrino mode alone
/// rhcmode/miniboone_numubarnuebarfullosc_ntuple.txt (86,403 lines), and the antineutrino-mode ntuple of the
/// release's combined fit combined/miniboone_nubarfullosc_ntuple.txt (117,949 lines; it holds about 29% more in-range
/// weight than the antineutrino-only file — the release pairs it with the combined covariance, so it is used for the
/// antineutrino block of "eqe-combined" and the rhcmode file for "eqe-rhc").</para>
/// </remarks>
internal static class OscillationNtuple
{
    /// <summary>km/GeV per cm/MeV.</summary>
    private const double KmPerGeVPerCmPerMeV = 1e-2;

    /// <summary>The events of the embedded ntuple <paramref name="name"/>, weights normalised to expected events,
    /// binned with <paramref name="edgesMeV"/> and their bin index shifted by <paramref name="binOffset"/>.</summary>
    /// <exception cref="FormatException">A line without four fields, or a non-positive true energy.</exception>
    public static IReadOnlyList<AppearanceEvent> Load(string name, IReadOnlyList<double> edgesMeV, int binOffset)
    {
        var rows = EmbeddedTables.Of<MiniBooNEExperiment>().Rows(name);
        double lines = rows.Count;
        var events = new AppearanceEvent[rows.Count];
        for (int k = 0; k < rows.Count; k++)
        {
            var r = rows[k];
            if (r.Length != 4) throw new FormatException($"{name}, data line {k + 1}: expected 4 fields (E_QE, E_true, L, weight), found {r.Length}");
            if (!(r[1] > 0)) throw new FormatException($"{name}, data line {k + 1}: true energy {r[1]} MeV is not positive");
            int bin = Bin(r[0], edgesMeV);
            events[k] = new AppearanceEvent(bin < 0 ? -1 : bin + binOffset, KmPerGeVPerCmPerMeV * r[2] / r[1], r[3] / lines);
        }
        return events;
    }

    /// <summary>Index i with edges[i] ≤ x &lt; edges[i + 1], or −1.</summary>
    private static int Bin(double x, IReadOnlyList<double> edges)
    {
        for (int i = 0; i < edges.Count - 1; i++)
            if (x >= edges[i] && x < edges[i + 1]) return i;
        return -1;
    }
}
