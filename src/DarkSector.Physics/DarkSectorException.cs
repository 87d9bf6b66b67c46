namespace DarkSector.Physics;

/// <summary>
/// A domain error of DarkSector that is not a bad argument: a closed decay channel, a malformed data file,
/// a broken plugin. Front ends (the CLI) turn it into one line of text.
/// </summary>
public class DarkSectorException : Exception
{
    /// <summary>Creates the exception with a message that says what went wrong and, where it applies, what is allowed.</summary>
    public DarkSectorException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public DarkSectorException(string message, Exception innerException) : base(message, innerException) { }
}
