using DarkSector.Cli.Hosting;
using DarkSector.Sampling.Generation;
using DarkSector.Sampling.IO;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>Runs a generation for a built model point, shows progress, writes the events and prints the summary.</summary>
internal static class GenerateRunner
{
    /// <summary>The JSON summary (keys fixed by the issue: integral, integralError, chi2PerDof, events, unweightingEfficiency).</summary>
    internal sealed record Summary(
        double Integral, double IntegralError, double Chi2PerDof, int Events, double UnweightingEfficiency,
        double VegasIntegral, double VegasError, ulong Seed, string? Out, bool Unweighted)
    {
        /// <summary>Units of the numbers (the integral is Σ weights: cm² per target nucleus per POT).</summary>
        public IReadOnlyDictionary<string, string> Units { get; } = new Dictionary<string, string>
        {
            ["integral"] = "cm^2 per target per POT",
            ["integralError"] = "cm^2 per target per POT",
            ["vegasIntegral"] = "cm^2 per target per POT",
            ["vegasError"] = "cm^2 per target per POT",
            ["unweightingEfficiency"] = "",
        };
    }

    /// <summary>Output format by file extension.</summary>
    /// <exception cref="ArgumentException">Unknown extension.</exception>
    internal static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".hepmc" or ".hepmc3" => "hepmc",
        ".dsev" => "dsev",
        ".parquet" => "parquet",
        var other => throw new ArgumentException($"--out '{path}': unknown extension '{other}'; use .csv, .hepmc, .dsev or .parquet"),
    };

    public static int Run(CliContext context, GenerationSettings settings, GenerationModel model, string modelDescription, int neutrinoPdg = 14)
    {
        var generator = new EventGenerator(settings.Flux, model);
        var options = new GenerationOptions { Vegas = settings.Vegas, Events = settings.Events, Model = modelDescription, NeutrinoPdgCode = neutrinoPdg };
        GenerationResult result;
        int total = settings.Vegas.WarmupIterations + settings.Vegas.Iterations;
        using (var progress = CliProgress.Start(context, "generate (VEGAS iterations)", total))
            result = generator.Generate(options, new Progress(progress));

        var events = result.Events;
        if (events.Count == 0)
            throw new DarkSector.Physics.DarkSectorException(
                $"no events with nonzero weight: the flux ({settings.Flux.MinEnergyGeV}-{settings.Flux.MaxEnergyGeV} GeV) lies below the production threshold of m_N = {model.HnlMassGeV} GeV, or the production couplings are zero");
        var unweighting = Unweighter.Unweight(events, settings.Vegas.Seed);
        var written = settings.Unweight ? unweighting.Events : events;
        if (settings.OutPath is { } path)
        {
            switch (FormatOf(path))
            {
                case "csv": EventCsvFile.Write(written, path); break;
                case "hepmc": HepMC3File.Write(written, path); break;
                case "parquet":
                    EventParquetFile.Write(written, path, context.Provenance.Metadata(
                        ("seed", settings.Vegas.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("events", written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("unweighted", settings.Unweight ? "true" : "false")));
                    break;
                default: DsevFile.Write(written, path); break;
            }
        }
        var summary = new Summary(result.Integral, result.IntegralError, result.Integration.Chi2PerDof, written.Count, unweighting.Efficiency,
            result.Integration.Integral, result.Integration.Error, settings.Vegas.Seed, settings.OutPath, settings.Unweight);
        if (context.Json) context.WriteJson(summary);
        else WriteText(context, summary);
        return ExitCodes.Success;
    }

    private static void WriteText(CliContext context, Summary s)
    {
        var w = context.Out;
        w.WriteLine($"integral (sum of weights)  {s.Integral:G6} ± {s.IntegralError:G3} cm^2 per target per POT");
        w.WriteLine($"VEGAS production average   {s.VegasIntegral:G6} ± {s.VegasError:G3} (chi2/dof = {s.Chi2PerDof:F2})");
        w.WriteLine($"events                     {s.Events}{(s.Unweighted ? " (unweighted)" : " (weighted)")}");
        w.WriteLine($"unweighting efficiency     {s.UnweightingEfficiency:G4}");
        if (s.Out is not null) w.WriteLine($"written                    {s.Out}");
    }

    private sealed class Progress(CliProgress progress) : IProgress<VegasIteration>
    {
        public void Report(VegasIteration value) => progress.Advance();
    }
}
