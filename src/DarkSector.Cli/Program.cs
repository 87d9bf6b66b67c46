namespace DarkSector.Cli;

/// <summary>Entry point of the <c>darksector</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the process's console; returns the exit code (0 success, 2 bad input).</summary>
    public static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error);
}
