namespace DarkSector.Physics.Oscillations;

/// <summary>
/// One point of the 3+1 sterile-neutrino model as short-baseline ν_μ → ν_e appearance sees it: the mass splitting
/// Δm²₄₁ and the appearance amplitude sin²2θ_μe (<see cref="SterileOscillation"/>).
/// </summary>
/// <remarks>The record cannot hold an invalid value: every init accessor validates, including under <c>with</c>.
/// Immutable; thread-safe.</remarks>
public sealed record ThreePlusOneParameters
{
    /// <summary>Δm²₄₁ in eV²; finite and ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public required double Dm2Ev2 { get; init => field = Check.NonNegative(value, nameof(Dm2Ev2)); }

    /// <summary>sin²2θ_μe = 4|U_e4|²|U_μ4|²; in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1] or not finite.</exception>
    public required double Sin22ThetaMuE { get; init => field = Check.InRange(value, 0, 1, nameof(Sin22ThetaMuE)); }
}
