using DarkSector.Experiments.MiniBooNE;
using DarkSector.Sampling.Experiments;

namespace DarkSector.Experiments.MiniBooNE.Fluxes;

/// <summary>
/// The Booster Neutrino Beam flux at MiniBooNE for one horn polarity: 200 bins of 50 MeV (0–10 GeV) with the ν_e, ν_μ,
/// ν̄_e, ν̄_μ flux densities per GeV per cm² per POT.
/// </summary>
/// <remarks>
/// <para>Source: data/darknews/fluxes/MiniBooNE_{FHC,RHC}.dat (DarkNews, see its PROVENANCE.md), built from
/// the MiniBooNE public flux release (Aguilar-Arevalo et al., PRD 79, 072002 (2009)) by dividing the per-50 MeV values
/// by 0.05 GeV. Columns: E (bin centre, GeV), ν_e, ν_μ, ν_τ, ν̄_e, ν̄_μ, ν̄_τ (ν_τ columns are zero and not used).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class BnbFluxTable
{
    /// <summary>Bin width of the table, GeV.</summary>
    public const double BinWidthGeV = 0.05;

    private readonly double[] _centres;
    private readonly Dictionary<NeutrinoFlavour, double[]> _columns;

    private BnbFluxTable(HornPolarity mode, double[] centres, Dictionary<NeutrinoFlavour, double[]> columns) =>
        (Mode, _centres, _columns) = (mode, centres, columns);

    /// <summary>Horn polarity of the table.</summary>
    public HornPolarity Mode { get; }

    /// <summary>Bin centres, GeV.</summary>
    public ReadOnlySpan<double> CentresGeV => _centres;

    /// <summary>The four flavours of the table (ν_τ columns are empty).</summary>
    public static IReadOnlyList<NeutrinoFlavour> Flavours { get; } =
        [NeutrinoFlavour.MuonNeutrino, NeutrinoFlavour.MuonAntineutrino, NeutrinoFlavour.ElectronNeutrino, NeutrinoFlavour.ElectronAntineutrino];

    /// <summary>Embedded file name of a horn mode.</summary>
    public static string FileName(HornPolarity mode) => mode == HornPolarity.Fhc ? "MiniBooNE_FHC.dat" : "MiniBooNE_RHC.dat";

    /// <summary>Loads the embedded table of <paramref name="mode"/>.</summary>
    public static BnbFluxTable Load(HornPolarity mode)
    {
        using var reader = EmbeddedTables.Of<MiniBooNEExperiment>().Open(FileName(mode));
        return Parse(reader, FileName(mode), mode);
    }

    /// <summary>Parses a DarkNews-layout table.</summary>
    /// <exception cref="FormatException">A row without 7 columns, a negative flux, or centres not on a 50 MeV grid.</exception>
    public static BnbFluxTable Parse(TextReader reader, string description, HornPolarity mode)
    {
        var rows = EmbeddedTables.ReadRows(reader, description);
        if (rows.Count < 2) throw new FormatException($"{description}: {rows.Count} rows, need at least 2");
        var centres = new double[rows.Count];
        int[] index = [2, 5, 1, 4];   // ν_μ, ν̄_μ, ν_e, ν̄_e in the DarkNews layout
        var columns = Flavours.ToDictionary(f => f, _ => new double[rows.Count]);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Length != 7) throw new FormatException($"{description}, row {i + 1}: expected 7 columns (E, nue, numu, nutau, nuebar, numubar, nutaubar), found {row.Length}");
            centres[i] = row[0];
            if (Math.Abs(row[0] - (i + 0.5) * BinWidthGeV) > 1e-9)
                throw new FormatException($"{description}, row {i + 1}: E = {row[0]} GeV is not the centre of 50 MeV bin {i}");
            for (int k = 0; k < 4; k++)
            {
                double v = row[index[k]];
                if (v < 0) throw new FormatException($"{description}, row {i + 1}: negative flux {v}");
                columns[Flavours[k]][i] = v;
            }
        }
        return new BnbFluxTable(mode, centres, columns);
    }

    /// <summary>Flux densities of <paramref name="flavour"/> per GeV per cm² per POT at the bin centres.</summary>
    public ReadOnlySpan<double> Values(NeutrinoFlavour flavour) => _columns[flavour];

    /// <summary>Integrated flux Σ φ_i · 0.05 GeV, ν per cm² per POT.</summary>
    public double IntegralPerCm2PerPot(NeutrinoFlavour flavour)
    {
        double sum = 0;
        foreach (double v in _columns[flavour]) sum += v * BinWidthGeV;
        return sum;
    }

    /// <summary>Nodes of a piecewise-linear φ(E): the bin centres plus the outer edges 0 and 10 GeV carrying the first and
    /// last bin values, so that the trapezoid integral equals the histogram integral Σ φ_i · 0.05 GeV exactly.</summary>
    public (double[] EnergiesGeV, double[] Values) Nodes(NeutrinoFlavour flavour)
    {
        var v = _columns[flavour];
        int n = v.Length;
        var e = new double[n + 2];
        var f = new double[n + 2];
        (e[0], f[0]) = (_centres[0] - BinWidthGeV / 2, v[0]);
        for (int i = 0; i < n; i++) (e[i + 1], f[i + 1]) = (_centres[i], v[i]);
        (e[n + 1], f[n + 1]) = (_centres[n - 1] + BinWidthGeV / 2, v[n - 1]);
        return (e, f);
    }
}
