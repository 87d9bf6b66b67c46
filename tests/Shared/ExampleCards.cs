namespace DarkSector.Tests;

/// <summary>Model cards shared by the test projects.</summary>
internal static class ExampleCards
{
    /// <summary>The point of docs/examples/dark-seesaw.yaml (without its comments and description): one active flavour
    /// (μ), three sterile states and one vector-like dark fermion, i.e. five heavy states N4 … N8.</summary>
    public const string DarkSeesaw = """
        model: dark-seesaw
        mD: [[2e-6, 3e-6, 4e-6]]
        mN: [0.12, 0.25, 0.6]
        lambdaL: [[0.02], [0.03], [0.05]]
        lambdaR: [[0.04], [-0.01], [0.02]]
        mX: [[0.3]]
        mZprime: 1.25
        epsilon2: 4.6e-4
        alphaD: 0.39
        """;
}
