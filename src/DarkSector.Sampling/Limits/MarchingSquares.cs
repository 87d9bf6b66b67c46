namespace DarkSector.Sampling.Limits;

/// <summary>Iso-lines (contours) of a function sampled on a rectangular grid, by marching squares.</summary>
/// <remarks>
/// Lorensen and Cline, SIGGRAPH '87 (marching cubes), in its 2-D form. A grid point is "above" when its value is
/// &gt;= level. Each cell whose corners differ contributes one segment (two for a saddle) joining crossing points on
/// its edges, placed by linear interpolation of the value in x and y (in ln x, ln y on logarithmic axes). Saddles are
/// resolved by the cell-centre value (mean of the four corners, Nielson and Hamann's asymptotic decider simplified):
/// if it is above, the two above corners are connected. Crossings are identified by their grid edge, so segments join
/// exactly into polylines: closed loops, and open lines that end on the grid's boundary or next to a NaN (unevaluated)
/// cell, which is skipped. Cost O(nx ny); thread-safe.
/// </remarks>
public static class MarchingSquares
{
    /// <summary>The contours of <paramref name="values"/> at <paramref name="level"/>.</summary>
    /// <param name="x">Grid x coordinates, strictly increasing (&gt; 0 if logarithmic); nx &gt;= 2 points.</param>
    /// <param name="y">Grid y coordinates, strictly increasing (&gt; 0 if logarithmic); ny &gt;= 2 points.</param>
    /// <param name="values">Values at the grid points, x fastest: values[iy * nx + ix]; NaN marks unevaluated points.</param>
    /// <param name="level">The iso-value, finite (e.g. the −2 Δ ln L threshold).</param>
    /// <param name="xScale">Interpolation scale of x.</param>
    /// <param name="yScale">Interpolation scale of y.</param>
    /// <exception cref="ArgumentException">Invalid axes, wrong number of values or a non-finite level.</exception>
    public static IReadOnlyList<Contour> Extract(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> values,
        double level, AxisScale xScale = AxisScale.Linear, AxisScale yScale = AxisScale.Linear)
    {
        ScanAxis.Validate(x, xScale, nameof(x));
        ScanAxis.Validate(y, yScale, nameof(y));
        Physics.Check.Finite(level);
        int nx = x.Length, ny = y.Length;
        if (values.Length != nx * ny)
            throw new ArgumentException($"values has {values.Length} entries; a {nx} × {ny} grid needs {nx * ny}", nameof(values));

        int horizontal = (nx - 1) * ny;               // edge (ix, iy)–(ix+1, iy): id iy (nx−1) + ix
        int edgeCount = horizontal + nx * (ny - 1);   // edge (ix, iy)–(ix, iy+1): id horizontal + iy nx + ix
        var link0 = new int[edgeCount];
        var link1 = new int[edgeCount];
        Array.Fill(link0, -1);
        Array.Fill(link1, -1);
        var px = new double[edgeCount];
        var py = new double[edgeCount];
        var used = new List<int>();

        Span<int> edges = stackalloc int[4];
        for (int iy = 0; iy < ny - 1; iy++)
        {
            for (int ix = 0; ix < nx - 1; ix++)
            {
                double v00 = values[iy * nx + ix], v10 = values[iy * nx + ix + 1];
                double v01 = values[(iy + 1) * nx + ix], v11 = values[(iy + 1) * nx + ix + 1];
                if (double.IsNaN(v00) || double.IsNaN(v10) || double.IsNaN(v01) || double.IsNaN(v11)) continue;
                bool a00 = v00 >= level, a10 = v10 >= level, a01 = v01 >= level, a11 = v11 >= level;
                // Edges in cyclic order bottom, right, top, left; -1 where no crossing.
                int bottom = a00 != a10 ? iy * (nx - 1) + ix : -1;
                int right = a10 != a11 ? horizontal + iy * nx + ix + 1 : -1;
                int top = a01 != a11 ? (iy + 1) * (nx - 1) + ix : -1;
                int left = a00 != a01 ? horizontal + iy * nx + ix : -1;
                int count = 0;
                if (bottom >= 0) edges[count++] = bottom;
                if (right >= 0) edges[count++] = right;
                if (top >= 0) edges[count++] = top;
                if (left >= 0) edges[count++] = left;
                if (count == 0) continue;
                if (bottom >= 0) Place(bottom, x[ix], x[ix + 1], v00, v10, y[iy], horizontalEdge: true);
                if (top >= 0) Place(top, x[ix], x[ix + 1], v01, v11, y[iy + 1], horizontalEdge: true);
                if (left >= 0) Place(left, y[iy], y[iy + 1], v00, v01, x[ix], horizontalEdge: false);
                if (right >= 0) Place(right, y[iy], y[iy + 1], v10, v11, x[ix + 1], horizontalEdge: false);
                if (count == 2)
                {
                    Link(edges[0], edges[1]);
                }
                else
                {
                    // Saddle: a00 == a11 != a10 == a01. If the centre has the state of 00 and 11, they are connected
                    // and the lines cut off corners 10 (bottom–right) and 01 (top–left); otherwise corners 00 and 11.
                    bool centreAbove = 0.25 * (v00 + v10 + v01 + v11) >= level;
                    if (centreAbove == a00)
                    {
                        Link(bottom, right);
                        Link(top, left);
                    }
                    else
                    {
                        Link(bottom, left);
                        Link(right, top);
                    }
                }
            }
        }

        void Place(int id, double sa, double sb, double va, double vb, double fixedCoordinate, bool horizontalEdge)
        {
            if (link0[id] != -1 || link1[id] != -1) return; // already placed by the neighbouring cell
            double s = ScanAxis.Crossing(sa, sb, va, vb, level, horizontalEdge ? xScale : yScale);
            if (horizontalEdge) { px[id] = s; py[id] = fixedCoordinate; }
            else { px[id] = fixedCoordinate; py[id] = s; }
        }

        void Link(int a, int b)
        {
            if (link0[a] == -1 && link1[a] == -1) used.Add(a);
            if (link0[b] == -1 && link1[b] == -1) used.Add(b);
            if (link0[a] == -1) link0[a] = b; else link1[a] = b;
            if (link0[b] == -1) link0[b] = a; else link1[b] = a;
        }

        return Stitch(used, link0, link1, px, py);
    }

    /// <summary>Joins linked crossings into polylines: open ones from their free ends first, then closed loops.</summary>
    private static List<Contour> Stitch(List<int> used, int[] link0, int[] link1, double[] px, double[] py)
    {
        var contours = new List<Contour>();
        var visited = new bool[link0.Length];
        foreach (bool closedPass in new[] { false, true })
        {
            foreach (int start in used)
            {
                if (visited[start]) continue;
                bool isEnd = link1[start] == -1;
                if (!closedPass && !isEnd) continue;
                var points = new List<ContourPoint>();
                int previous = -1, current = start;
                while (current != -1 && !visited[current])
                {
                    visited[current] = true;
                    points.Add(new ContourPoint(px[current], py[current]));
                    int next = link0[current] != previous ? link0[current] : link1[current];
                    if (next == previous && link1[current] == previous) next = -1; // both links point back: dead end
                    previous = current;
                    current = next;
                }
                contours.Add(new Contour(points, IsClosed: closedPass));
            }
        }
        return contours;
    }
}
