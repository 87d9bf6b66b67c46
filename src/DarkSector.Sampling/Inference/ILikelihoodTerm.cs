namespace DarkSector.Sampling.Inference;

/// <summary>One term of a combined likelihood: −2 ln L of one analysis (or any independent data set) at a parameter point.</summary>
/// <remarks><see cref="FamilyScan"/> is one; implementations are thread-safe.</remarks>
public interface ILikelihoodTerm
{
    /// <summary>−2 ln L of background + signal at a full parameter point.</summary>
    /// <param name="values">Every parameter of the point.</param>
    double MinusTwoLnL(IReadOnlyDictionary<string, double> values);

    /// <summary>−2 ln L of the background-only hypothesis.</summary>
    double BackgroundOnly();
}
