namespace DarkSector.Sampling.Validation;

/// <summary>An experiment plugin (or any other source) that declares validation rows.</summary>
public interface IValidationSource
{
    /// <summary>The rows, in report order.</summary>
    IReadOnlyList<ValidationRow> ValidationRows { get; }
}
