namespace DarkSector.Sampling.Experiments;

/// <summary>A plugin that could not be loaded or used: the file, and the reason in one line.</summary>
/// <param name="Source">Path of the assembly file (or the assembly name for assemblies given directly).</param>
/// <param name="Reason">What went wrong, in one line.</param>
public sealed record PluginDiagnostic(string Source, string Reason)
{
    /// <summary>"source: reason".</summary>
    public override string ToString() => $"{Source}: {Reason}";
}
