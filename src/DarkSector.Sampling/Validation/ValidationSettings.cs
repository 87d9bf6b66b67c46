namespace DarkSector.Sampling.Validation;

/// <summary>How a validation run computes its rows.</summary>
/// <param name="Quick">Small samples for CI (seconds per row); MC errors widen the tolerance accordingly.</param>
/// <param name="Seed">Seed of every simulation.</param>
public sealed record ValidationSettings(bool Quick, ulong Seed = 1)
{
    /// <summary>Events per simulation: 2e4 quick, 1e5 otherwise.</summary>
    public int Events => Quick ? 20_000 : 100_000;
}
