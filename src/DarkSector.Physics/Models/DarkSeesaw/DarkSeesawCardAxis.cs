namespace DarkSector.Physics.Models.DarkSeesaw;

/// <summary>
/// One card entry as a scan axis: a new parameter point with that entry changed and everything else as on the card.
/// </summary>
/// <remarks>
/// Entries: <c>lambda-scale</c> multiplies the dark Yukawa blocks Λ_L and Λ_R (Y_L,R v_Φ/√2, physics.md §2.3) by the
/// value; <c>md-scale</c> multiplies M_D (Y v_H/√2); <c>mzprime</c> replaces m_Z' (GeV); <c>epsilon2</c> replaces ε²;
/// <c>alpha-d</c> replaces α_D. A scale of 1 reproduces the card. Pure functions.
/// </remarks>
public static class DarkSeesawCardAxis
{
    /// <summary>The entries a scan can vary.</summary>
    public static readonly IReadOnlyList<string> Names = ["lambda-scale", "md-scale", "mzprime", "epsilon2", "alpha-d"];

    /// <summary>The card with <paramref name="entry"/> set to <paramref name="value"/>.</summary>
    /// <param name="card">The card's parameters.</param>
    /// <param name="entry">One of <see cref="Names"/>.</param>
    /// <param name="value">Scale (&gt; 0) or new value (in the entry's range, checked by <see cref="DarkSeesawParameters"/>).</param>
    /// <exception cref="ArgumentException">Unknown entry, or a value out of range (the message names it).</exception>
    public static DarkSeesawParameters With(DarkSeesawParameters card, string entry, double value)
    {
        ArgumentNullException.ThrowIfNull(card);
        double epsilon = card.Epsilon, alphaD = card.AlphaDark, mZ = card.ZPrimeMassGeV;
        double[,] mD = card.DiracMassGeV, lL = card.LambdaLGeV, lR = card.LambdaRGeV;
        switch (entry)
        {
            case "lambda-scale":
                Check.Positive(value, entry);
                Scale(lL, value);
                Scale(lR, value);
                break;
            case "md-scale":
                Check.Positive(value, entry);
                Scale(mD, value);
                break;
            case "mzprime": mZ = Check.Positive(value, entry); break;
            case "epsilon2": epsilon = Math.Sqrt(Check.InRange(value, 0, 1, entry)); break;
            case "alpha-d": alphaD = Check.Positive(value, entry); break;
            default: throw new ArgumentException($"'{entry}' is not a card entry to scan; entries: {string.Join(", ", Names)}", nameof(entry));
        }
        return new DarkSeesawParameters(mD, card.SterileMassGeV, lL, lR, card.DarkMassGeV, mZ, epsilon, alphaD, card.ActiveFlavours, card.DarkScalarMassGeV);
    }

    private static void Scale(double[,] m, double s)
    {
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++) m[i, j] *= s;
    }
}
