namespace DarkSector.Experiments.T2K.Validation;

/// <summary>
/// Closed-form decay weights integrated over a production interval (cm), for a decay box [a, b] and lab decay length λ:
/// the physical one (the N must survive to the box) and the one of SIREN's bounded decay sampling (it need not).
/// </summary>
/// <remarks>Derived here from P(z) = e^{−(a−z)/λ} − e^{−(b−z)/λ} (physical, z ≤ a), 1 − e^{−(b−a)/λ} (SIREN, z ≤ a) and
/// 1 − e^{−(b−z)/λ} (both, a ≤ z ≤ b), written with expm1 so that λ ≫ lengths loses no digits. Pure functions.</remarks>
public static class DecayWeights
{
    /// <summary>∫_{z₁}^{z₂} P(z) dz (cm) for production in front of the box (z₂ ≤ a).</summary>
    /// <param name="z1">Upstream end of the production interval, cm.</param>
    /// <param name="z2">Downstream end, ≤ <paramref name="a"/>, cm.</param>
    /// <param name="a">Upstream face of the box, cm.</param>
    /// <param name="lambda">Lab decay length, cm, &gt; 0.</param>
    /// <param name="insideProbability">1 − e^{−(b−a)/λ}.</param>
    /// <param name="survival">True: physical, λ e^{−(a−z₂)/λ}(1 − e^{−(z₂−z₁)/λ})(1 − e^{−(b−a)/λ}); false: SIREN's,
    /// (z₂ − z₁)(1 − e^{−(b−a)/λ}).</param>
    public static double Upstream(double z1, double z2, double a, double lambda, double insideProbability, bool survival) =>
        survival
            ? lambda * Math.Exp(-(a - z2) / lambda) * -double.ExpM1(-(z2 - z1) / lambda) * insideProbability
            : (z2 - z1) * insideProbability;

    /// <summary>∫_{z₁}^{z₂} (1 − e^{−(b−z)/λ}) dz (cm) for production inside the box (a ≤ z₁ &lt; z₂ ≤ b): the same in both pipelines.</summary>
    public static double Inside(double z1, double z2, double b, double lambda) =>
        (z2 - z1) + lambda * Math.Exp(-(b - z2) / lambda) * double.ExpM1(-(z2 - z1) / lambda);
}
