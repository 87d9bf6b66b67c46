using DarkSector.Sampling.Flux;
using FsCheck;
using FsCheck.Xunit;
using FsCheck.Fluent;

namespace DarkSector.Sampling.Tests.Flux;

public class EnergySpectrumTests
{
    private static readonly EnergySpectrum Triangle = new([0.0, 1.0, 3.0], [0.0, 2.0, 0.0], "triangle");

    [Fact] // linear interpolation exact to 1e-15; zero outside and at NaN
    public void Value_InterpolatesLinearlyAndVanishesOutside()
    {
        Assert.Equal(1.0, Triangle.Value(0.5), 1e-15);
        Assert.Equal(2.0, Triangle.Value(1.0));
        Assert.Equal(1.5, Triangle.Value(1.5), 1e-15);
        Assert.Equal(0.0, Triangle.Value(-0.1));
        Assert.Equal(0.0, Triangle.Value(3.0001));
        Assert.Equal(0.0, Triangle.Value(double.NaN));
    }

    [Property] // the cell-table interval lookup returns exactly (==) what a binary search over the nodes gives, at nodes,
           // between nodes and at the ends; grids: uniform, jittered by up to ±0.4 step, and irregular (steps over two decades)
    public Property Value_IsBitIdenticalToBinarySearchInterpolation() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 1_000_000)), seed =>
        {
            var random = new System.Random(seed);
            int n = random.Next(2, 60), kind = random.Next(3);
            double step = 0.01 + random.NextDouble();
            var e = new double[n];
            var v = new double[n];
            for (int i = 0; i < n; i++)
            {
                e[i] = kind switch
                {
                    0 => 1.0 + i * step,
                    1 => 1.0 + (i + 0.4 * (2 * random.NextDouble() - 1)) * step,
                    _ => i == 0 ? 1.0 : e[i - 1] + step * Math.Pow(10, 2 * random.NextDouble() - 1),
                };
                v[i] = random.NextDouble();
            }
            if (kind == 1) { e[0] = 1.0 - 0.4 * step; Array.Sort(e); }
            var spectrum = new EnergySpectrum(e, v);
            for (int k = 0; k < 200; k++)
            {
                double x = k % 4 == 0 ? e[random.Next(n)] : e[0] - 0.1 * step + (e[^1] - e[0] + 0.2 * step) * random.NextDouble();
                if (BitConverter.DoubleToInt64Bits(spectrum.Value(x)) != BitConverter.DoubleToInt64Bits(Reference(e, v, x))) return false;
            }
            return spectrum.Value(e[^1]) == v[^1] && spectrum.Value(e[0]) == v[0];
        });

    private static double Reference(double[] e, double[] v, double x)
    {
        if (!(x >= e[0] && x <= e[^1])) return 0.0;
        int i = Array.BinarySearch(e, x);
        if (i >= 0) return v[i];
        i = ~i - 1;
        double t = (x - e[i]) / (e[i + 1] - e[i]);
        return v[i] + t * (v[i + 1] - v[i]);
    }

    [Fact] // area of the triangle = base × height / 2 = 3, exact
    public void Integral_IsTheAreaUnderThePiecewiseLinearFunction() => Assert.Equal(3.0, Triangle.Integral, 1e-15);

    [Fact] // comments, blank lines, commas and tabs accepted; the parsed table equals the written one exactly
    public void Parse_ReadsTwoColumnText()
    {
        var s = EnergySpectrum.Parse(new StringReader("# E_GeV flux\n\n0.1, 1e-10\n0.5\t3e-10  # peak\n2.0 0\n"), "bnb.txt");
        Assert.Equal([0.1, 0.5, 2.0], s.Energies.ToArray());
        Assert.Equal([1e-10, 3e-10, 0.0], s.Values.ToArray());
        Assert.Equal("bnb.txt", s.Description);
    }

    [Theory]
    [InlineData("0.1 1\nabc 2\n", "line 2")]
    [InlineData("0.1 1\n0.1 2\n", "increase strictly")]
    [InlineData("0.1 -1\n0.2 2\n", "values[0]")]
    [InlineData("0.1 0\n0.2 0\n", "zero everywhere")]
    [InlineData("0.1 1\n", "at least 2")]
    [InlineData("0.1 1 2\n0.2 2 3\n", "expected two columns")]
    public void Parse_RejectsMalformedTablesWithReason(string text, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => EnergySpectrum.Parse(new StringReader(text), "f.txt"));
        Assert.Contains(reason, ex.Message);
    }

    [Fact] // the chosen column of a DarkNews-layout table (E, nu_e, nu_mu, ...) is read exactly
    public void Parse_ReadsChosenColumnOfMultiColumnTable()
    {
        var s = EnergySpectrum.Parse(new StringReader("# nus/cm^2/POT/GeV\n0.025 1e-13 4e-11 0\n0.075 2e-13 5e-11 0\n"), "fhc", 2);
        Assert.Equal([4e-11, 5e-11], s.Values.ToArray());
    }
}
