namespace DarkSector.Physics.Kinematics;

/// <summary>The Källén (triangle) function.</summary>
public static class Kallen
{
    /// <summary>λ(a, b, c) = a² + b² + c² − 2ab − 2ac − 2bc.</summary>
    /// <remarks>Written as (a − b − c)² − 4bc, which keeps precision when a ≫ b, c.</remarks>
    public static double Lambda(double a, double b, double c)
    {
        double d = a - b - c;
        return d * d - 4.0 * b * c;
    }
}
