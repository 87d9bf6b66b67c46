using System.CommandLine;
using DarkSector.Physics;
using DarkSector.Physics.Oscillations;

namespace DarkSector.Cli.Commands.Options;

/// <summary>The 3+1 oscillation options of the <c>3p1</c> family (<c>rate</c>, <c>spectrum-plot</c>):
/// <c>--dm2</c> (Δm²₄₁, eV²) and <c>--sin2-2theta</c> (the appearance amplitude sin²2θ_μe).</summary>
/// <remarks>Each command owns one instance (System.CommandLine options belong to one command).</remarks>
internal sealed class ThreePlusOneOptions
{
    /// <summary>The family's name on the command line.</summary>
    public const string Family = "3p1";

    public Option<double> Dm2 { get; } = new("--dm2") { Description = "Mass splitting Delta m^2_41 in eV^2 (> 0).", Required = true };

    public Option<double> Sin22Theta { get; } = new("--sin2-2theta") { Description = "Appearance amplitude sin^2(2 theta_mue) = 4|U_e4|^2|U_mu4|^2, in [0, 1].", Required = true };

    /// <summary>Parses the family's tokens (those the calling command did not recognise).</summary>
    /// <exception cref="ArgumentException">A missing, unknown or out-of-range option (the message names it).</exception>
    public static ThreePlusOneParameters Parse(IReadOnlyList<string> tokens)
    {
        var options = new ThreePlusOneOptions();
        var command = new Command(Family);
        command.Options.Add(options.Dm2);
        command.Options.Add(options.Sin22Theta);
        var parse = command.Parse(tokens);
        if (parse.Errors.Count > 0) throw new ArgumentException(parse.Errors[0].Message);
        return new ThreePlusOneParameters
        {
            Dm2Ev2 = Check.Positive(parse.GetValue(options.Dm2), "--dm2"),
            Sin22ThetaMuE = Check.InRange(parse.GetValue(options.Sin22Theta), 0, 1, "--sin2-2theta"),
        };
    }
}
