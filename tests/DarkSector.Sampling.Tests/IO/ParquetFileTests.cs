using DarkSector.Sampling.Events;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Limits;
using DarkSector.Sampling.Scans;
using DarkSector.Sampling.Tests.Events;

namespace DarkSector.Sampling.Tests.IO;

public sealed class ParquetFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parquet-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact] // read back with Parquet.Net: every event column bit-identical under its documented name, weight = product of
           // the six factors (1e-15 relative), metadata keys kept
    public void Events_RoundTripWithDocumentedColumns()
    {
        var sample = SampleFactory.Random(500, withParameters: true);
        EventParquetFile.Write(sample, PathOf("events.parquet"), new Dictionary<string, string> { ["seed"] = "7", ["command_line"] = "darksector generate" });
        var (columns, metadata) = ParquetTable.Read(PathOf("events.parquet"));

        foreach (var column in sample.Columns())
        {
            var read = columns[EventParquetFile.ColumnName(column.Name, column.Unit)];
            Assert.Equal(sample.Count, read.Length);
            for (int i = 0; i < sample.Count; i++) Assert.Equal(column.GetAsDouble(i), Convert.ToDouble(read.GetValue(i)));
        }
        foreach (string name in new[] { "e_nu_gev", "px_n_gev", "pz_p2_gev", "prod_x_cm", "decay_z_cm", "helicity", "channel", "target", "w_generator_cm2", "w_decay_in_volume" })
            Assert.True(columns.ContainsKey(name), name);
        Assert.IsType<float[]>(columns["e_nu_gev"]);
        Assert.IsType<sbyte[]>(columns["helicity"]);
        Assert.IsType<int[]>(columns["channel"]);
        var weight = (double[])columns["weight"];
        for (int i = 0; i < sample.Count; i++) Assert.Equal(sample.TotalWeight(i), weight[i], Math.Abs(sample.TotalWeight(i)) * 1e-15);
        Assert.Equal("7", metadata["seed"]);
        Assert.Equal("darksector generate", metadata["command_line"]);
        Assert.Equal(sample.Metadata.Model, metadata["model"]);
    }

    [Fact] // an empty sample gives a readable file with every column and no rows
    public void Events_EmptySampleRoundTrips()
    {
        EventParquetFile.Write(new EventSample(SampleFactory.Metadata(false)), PathOf("empty.parquet"));
        var (columns, _) = ParquetTable.Read(PathOf("empty.parquet"));
        Assert.All(columns.Values, c => Assert.Empty(c));
        Assert.Contains("weight", columns.Keys);
    }

    [Fact] // grid rows x fastest; −2 ln L and Δ bit-identical; excluded ⇔ Δ ≥ threshold; threshold and grid order in metadata
    public void Scan_RoundTripsTheGrid()
    {
        double[] x = [0.01, 0.1, 1], y = [1e-9, 1e-8, 1e-7, 1e-6];
        var result = LikelihoodScan.Run(x, AxisScale.Logarithmic, y, AxisScale.Logarithmic, (i, j) => i + 3.0 * j, 0.9);
        ScanParquetFile.Write(result, "m_n_gev", "v_mu_n2", PathOf("grid.parquet"), new Dictionary<string, string> { ["seed"] = "3" });
        var (columns, metadata) = ParquetTable.Read(PathOf("grid.parquet"));

        var mn = (double[])columns["m_n_gev"];
        var v = (double[])columns["v_mu_n2"];
        Assert.Equal(12, mn.Length);
        Assert.Equal([0.01, 0.1, 1, 0.01], mn[..4]);
        Assert.Equal([1e-9, 1e-9, 1e-9, 1e-8], v[..4]);
        Assert.Equal(result.MinusTwoLnL, (double[])columns[ScanParquetFile.MinusTwoLnL]);
        Assert.Equal(result.Delta, (double[])columns[ScanParquetFile.Delta]);
        var excluded = (bool[])columns[ScanParquetFile.Excluded];
        for (int k = 0; k < 12; k++) Assert.Equal(result.Delta[k] >= result.Threshold, excluded[k]);
        Assert.Equal(result.Threshold, double.Parse(metadata["threshold"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("m_n_gev (i, 3 values) varies fastest", metadata["grid_order"]);
        Assert.Equal("3", metadata["seed"]);
    }
}
