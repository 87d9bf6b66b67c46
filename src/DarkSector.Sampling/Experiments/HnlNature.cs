namespace DarkSector.Sampling.Experiments;

/// <summary>Whether the heavy neutral leptons of a figure are Dirac or Majorana fermions (docs/conventions.md).</summary>
public enum HnlNature
{
    /// <summary>Dirac HNLs (DarkSector's default and the seed papers' benchmarks).</summary>
    Dirac,

    /// <summary>Majorana HNLs.</summary>
    Majorana,
}
