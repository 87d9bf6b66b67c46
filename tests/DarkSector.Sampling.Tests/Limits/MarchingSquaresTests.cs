using DarkSector.Sampling.Limits;

namespace DarkSector.Sampling.Tests.Limits;

public class MarchingSquaresTests
{
    private static double[] Grid(double lo, double hi, int n) => Enumerable.Range(0, n).Select(i => lo + (hi - lo) * i / (n - 1)).ToArray();

    private static double[] Sample(double[] x, double[] y, Func<double, double, double> f)
    {
        var v = new double[x.Length * y.Length];
        for (int j = 0; j < y.Length; j++)
            for (int i = 0; i < x.Length; i++)
                v[j * x.Length + i] = f(x[i], y[j]);
        return v;
    }

    [Fact] // circle r = √t: one closed contour, all points within h²/(8r)·2 ≈ 2e-4 of the radius (linear-interpolation error, h = 0.04)
    public void Circle_GivesOneClosedContourOnTheCircle()
    {
        double t = DeltaLogLikelihood.Threshold(0.9, 2);
        double[] x = Grid(-4, 4, 201), y = Grid(-4, 4, 201);
        var contours = MarchingSquares.Extract(x, y, Sample(x, y, (a, b) => a * a + b * b), t);
        var c = Assert.Single(contours);
        Assert.True(c.IsClosed);
        Assert.True(c.Points.Count > 100);
        double r = Math.Sqrt(t);
        Assert.All(c.Points, p => Assert.Equal(r, Math.Sqrt(p.X * p.X + p.Y * p.Y), 2e-4));
        // Consecutive points are neighbours on the curve (segments no longer than a cell diagonal).
        for (int i = 0; i < c.Points.Count; i++)
        {
            var (p, q) = (c.Points[i], c.Points[(i + 1) % c.Points.Count]);
            Assert.True(Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y)) <= 0.04 * Math.Sqrt(2) + 1e-12);
        }
    }

    [Fact] // rotated ellipse, semi-axes 2 and 0.5 at 30°: points satisfy the quadratic form = t to 1% (grid h = 0.05)
    public void RotatedEllipse_PointsLieOnTheAnalyticCurve()
    {
        double t = 5.99, c = Math.Cos(Math.PI / 6), s = Math.Sin(Math.PI / 6);
        double Q(double a, double b)
        {
            double u = c * a + s * b, w = -s * a + c * b;
            return u * u / 4 + w * w / 0.25;
        }
        double[] x = Grid(-6, 6, 241), y = Grid(-6, 6, 241);
        var contour = Assert.Single(MarchingSquares.Extract(x, y, Sample(x, y, Q), t));
        Assert.True(contour.IsClosed);
        Assert.All(contour.Points, p => Assert.Equal(t, Q(p.X, p.Y), 0.01 * t));
    }

    [Fact] // circle centred on the grid's edge: one open contour ending on the boundary, points on the circle to 2e-4
    public void CircleCutByBoundary_GivesOpenContourEndingOnEdge()
    {
        double[] x = Grid(0, 3, 151), y = Grid(-3, 3, 301);
        var contour = Assert.Single(MarchingSquares.Extract(x, y, Sample(x, y, (a, b) => a * a + b * b), 4.0));
        Assert.False(contour.IsClosed);
        Assert.Equal(0.0, contour.Points[0].X, 1e-12);
        Assert.Equal(0.0, contour.Points[^1].X, 1e-12);
        Assert.Equal(4.0, Math.Abs(contour.Points[0].Y - contour.Points[^1].Y), 1e-12);
        Assert.All(contour.Points, p => Assert.Equal(2.0, Math.Sqrt(p.X * p.X + p.Y * p.Y), 2e-4));
    }

    [Fact] // x² − y² = 0.5 has two branches; both open, each on its hyperbola branch to 1e-2 in the function value
    public void Hyperbola_GivesTwoOpenBranches()
    {
        double[] x = Grid(-2, 2, 81), y = Grid(-2, 2, 81);
        var contours = MarchingSquares.Extract(x, y, Sample(x, y, (a, b) => a * a - b * b), 0.5);
        Assert.Equal(2, contours.Count);
        Assert.All(contours, c => Assert.False(c.IsClosed));
        Assert.Contains(contours, c => c.Points.All(p => p.X > 0));
        Assert.Contains(contours, c => c.Points.All(p => p.X < 0));
        Assert.All(contours, c => Assert.All(c.Points, p => Assert.Equal(0.5, p.X * p.X - p.Y * p.Y, 1e-2)));
    }

    [Fact] // saddle cell with corners (1, 0; 0, 1): centre 0.5 ≥ 0.5 is above, so the above corners connect and the lines
           // cut off the two below corners; at level 0.6 the centre is below and the lines cut off the above corners
    public void Saddle_IsResolvedByCentreValue()
    {
        double[] x = [0, 1], y = [0, 1];
        double[] v = [1, 0, 0, 1]; // (0,0) = 1, (1,0) = 0, (0,1) = 0, (1,1) = 1
        var above = MarchingSquares.Extract(x, y, v, 0.5);
        Assert.Equal(2, above.Count);
        // Each segment separates a below corner: its points have x + y on the same side as that corner, i.e. the
        // segment near (1, 0) has both points with x > y.
        Assert.Contains(above, c => c.Points.All(p => p.X >= p.Y));
        Assert.Contains(above, c => c.Points.All(p => p.Y >= p.X));
        var below = MarchingSquares.Extract(x, y, v, 0.6);
        Assert.Equal(2, below.Count);
        Assert.Contains(below, c => c.Points.All(p => p.X + p.Y <= 1));
        Assert.Contains(below, c => c.Points.All(p => p.X + p.Y >= 1));
    }

    [Fact] // log axes: (log10 x)² + (log10 y)² = 1 sampled on log grids; points satisfy it to 1e-3
    public void LogAxes_InterpolateInLogarithm()
    {
        double[] x = Enumerable.Range(0, 121).Select(i => Math.Pow(10, -2 + 4.0 * i / 120)).ToArray();
        double[] y = x.ToArray();
        static double F(double a, double b) => Math.Pow(Math.Log10(a), 2) + Math.Pow(Math.Log10(b), 2);
        var contour = Assert.Single(MarchingSquares.Extract(x, y, Sample(x, y, F), 1.0, AxisScale.Logarithmic, AxisScale.Logarithmic));
        Assert.True(contour.IsClosed);
        Assert.All(contour.Points, p => Assert.Equal(1.0, F(p.X, p.Y), 1e-3));
    }

    [Fact] // NaN (unevaluated) cells are skipped: a circle with a NaN column becomes two open arcs
    public void NaNCells_SplitContours()
    {
        double[] x = Grid(-2, 2, 41), y = Grid(-2, 2, 41);
        double[] v = Sample(x, y, (a, b) => Math.Abs(a) < 1e-9 ? double.NaN : a * a + b * b);
        var contours = MarchingSquares.Extract(x, y, v, 1.0);
        Assert.Equal(2, contours.Count);
        Assert.All(contours, c => Assert.False(c.IsClosed));
    }

    [Fact]
    public void WrongValueCount_IsRejected()
        => Assert.Throws<ArgumentException>(() => MarchingSquares.Extract([0, 1], [0, 1], [1, 2, 3], 1.0));
}
