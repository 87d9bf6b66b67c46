using DarkSector.Sampling.Events;

namespace DarkSector.Sampling.IO;

/// <summary>
/// Event samples as Apache Parquet, for pandas, polars and ROOT's RDataFrame: one row per event, typed columns with the
/// unit in the name (docs/outputs.md lists them).
/// </summary>
/// <remarks>
/// Columns, in order: four-momenta <c>{e,px,py,pz}_{nu,n,recoil,p1,p2,p3}_gev</c> (float32; nu = incoming neutrino,
/// n = heavy neutral lepton, recoil = target recoil, p1..p3 = decay products); vertices <c>prod_{x,y,z}_cm</c> and
/// <c>decay_{x,y,z}_cm</c> (float32); <c>helicity</c> (int8, ±1), <c>channel</c> and <c>target</c> (int32 indices into
/// the metadata's tables); the six weight factors <c>w_generator_cm2</c>, <c>w_coupling</c>, <c>w_branching</c>,
/// <c>w_decay_in_volume</c>, <c>w_selection</c>, <c>w_exposure</c> and their product <c>weight</c> (float64); the model
/// parameters <c>theta_{name}</c> (float64). The file metadata holds the caller's keys (tool version, command line, seed)
/// and <c>channels</c>, <c>targets</c> (the index tables, comma-separated) and <c>model</c>. Thread-safe (no shared state).
/// </remarks>
public static class EventParquetFile
{
    /// <summary>Writes <paramref name="sample"/> to <paramref name="path"/> atomically, with the <paramref name="metadata"/> key-value pairs.</summary>
    public static void Write(EventSample sample, string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var table = new ParquetTable();
        int n = sample.Count;
        foreach (var column in sample.Columns())
        {
            string name = ColumnName(column.Name, column.Unit);
            switch (column.Kind)   // by kind: the runtime lets a byte[] match an sbyte[] pattern and the reverse
            {
                case EventColumnKind.Float32: table.Add(name, ((float[])column.Data)[..n]); break;
                case EventColumnKind.Float64: table.Add(name, ((double[])column.Data)[..n]); break;
                case EventColumnKind.Int8: table.Add(name, ((sbyte[])column.Data)[..n]); break;
                default: table.Add(name, Array.ConvertAll(((byte[])column.Data)[..n], v => (int)v)); break;   // indices as int32: every reader agrees on them
            }
        }
        var weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = sample.TotalWeight(i);
        table.Add("weight", weight);
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>()) table.Metadata[key] = value;
        table.Metadata["model"] = sample.Metadata.Model;
        table.Metadata["channels"] = string.Join(",", sample.Metadata.DecayChannels.Select(c => c.Name));
        table.Metadata["targets"] = string.Join(",", sample.Metadata.Targets.Select(t => t.Name));
        table.Write(path);
    }

    /// <summary>The Parquet column name of an event column: "nu_E" [GeV] → "e_nu_gev", "prod_x" [cm] → "prod_x_cm",
    /// "w_generator" [cm2] → "w_generator_cm2"; dimensionless and index columns keep their name.</summary>
    internal static string ColumnName(string name, string unit)
    {
        string[] components = ["E", "px", "py", "pz"];
        int underscore = name.IndexOf('_');
        string baseName = underscore > 0 && components.Contains(name[(underscore + 1)..]) && unit == "GeV"
            ? $"{name[(underscore + 1)..]}_{name[..underscore]}"
            : name;
        string suffix = unit is "1" or "index" or "" ? "" : "_" + unit;
        return (baseName + suffix).ToLowerInvariant();
    }
}
