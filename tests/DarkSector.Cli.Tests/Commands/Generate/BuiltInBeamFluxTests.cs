using DarkSector.Cli.Commands.Generate;

namespace DarkSector.Cli.Tests.Commands.Generate;

public sealed class BuiltInBeamFluxTests
{
    [Theory] // EXPERIMENT:MODE:FLAVOUR picks the right table column: integrals equal awk sums of the T2K 2016 release
             // (Σ value × 1e-21 per POT over all bins; 1.916884e-8 FHC ν_μ, 1.544334e-8 RHC ν̄_μ), to the 1e-4 of linear interpolation
    [InlineData("t2k-nd280:fhc:numu", 1.916884e-8)]
    [InlineData("t2k-nd280:fhc", 1.916884e-8)]
    [InlineData("t2k-nd280:RHC:numubar", 1.544334e-8)]
    public void BuiltInBeam_IsTheNamedPluginFlux(string id, double integralPerCm2PerPot) =>
        Assert.Equal(1.0, DarkSector.Sampling.Experiments.FluxSources.Load(id).Integral / integralPerCm2PerPot, 1e-4);

    [Theory]
    [InlineData("t2k-nd280:fhc:nutaux", "unknown flavour")]
    [InlineData("t2k-nd280:lhc:numu", "has no lhc numu beam")]
    [InlineData("no-such-experiment:fhc:numu", "no such file or built-in beam")]
    public void UnknownBeam_IsOneLineWithExitCode2(string id, string message)
    {
        var result = CliRunner.Run(["generate", "dipole", "--mn", "0.2", "--d-mu", "1e-7", "--flux", id, "--events", "100"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
