namespace DarkSector.Sampling.Inference;

/// <summary>What a <see cref="ModelOption"/> takes: a number, an on/off switch, or one name of a fixed list.</summary>
public enum ModelOptionKind
{
    /// <summary>A real number with a unit and an allowed range.</summary>
    Number,

    /// <summary>On when given (e.g. Majorana HNLs).</summary>
    Switch,

    /// <summary>One of <see cref="ModelOption.Choices"/> (the first is the default).</summary>
    Choice,
}
