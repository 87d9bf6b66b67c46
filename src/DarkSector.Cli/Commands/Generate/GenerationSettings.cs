using DarkSector.Sampling.Flux;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Cli.Commands.Generate;

/// <summary>The parsed shared options of a <c>generate</c> command.</summary>
internal sealed record GenerationSettings(
    EnergySpectrum Flux, IReadOnlyList<string> Targets, int Events, VegasOptions Vegas, string? OutPath, bool Unweight);
