using System.Numerics;
using DarkSector.Physics.Models.Dipole;
using Xunit;

namespace DarkSector.Physics.Tests.Models.Dipole;

/// <summary>
/// Independent check of the dipole normalisation (docs/conventions.md, "one Lagrangian"): the vertex 2d σ_μν q^μ ε*^ν P_R
/// of L = d ν̄ σ_μν F^μν P_R N + h.c., traced with explicit Dirac matrices, gives Σ|M|² = 8 d² m⁴ for N → ν γ and hence
/// Γ = d² m³/(4π) = <see cref="DipoleDecays.PhotonWidthGeV"/> (Kamp et al. eq. 5), twice DarkNews' |t|² m³/(8π) at t = d.
/// </summary>
public sealed class DipoleVertexTraceTests
{
    private static readonly double[] Metric = [1, -1, -1, -1];

    [Fact]
    public void ExplicitTrace_GivesKampWidth_AndTwiceDarkNews()
    {
        double m = 0.47, d = 1.25e-6, e = m / 2;
        double[] k = [e, 0, 0, -e], q = [e, 0, 0, e], p = [m, 0, 0, 0];
        var gamma = Gammas();
        var g5 = Mul(Mul(Scale(Complex.ImaginaryOne, gamma[0]), gamma[1]), Mul(gamma[2], gamma[3]));
        var projectorR = Scale(0.5, Add(Identity(), g5));
        var pPlusM = Add(Slash(gamma, p), Scale(m, Identity()));
        Complex sum = 0;
        for (int nu = 0; nu < 4; nu++)
        {
            var vertex = new Complex[4, 4];
            for (int mu = 0; mu < 4; mu++)
                vertex = Add(vertex, Scale(2 * d * Metric[mu] * q[mu], Sigma(gamma, mu, nu)));
            vertex = Mul(vertex, projectorR);
            var bar = Mul(Mul(gamma[0], Dagger(vertex)), gamma[0]);
            sum += -Metric[nu] * Trace(Mul(Mul(Mul(Slash(gamma, k), vertex), pPlusM), bar));   // Σ ε*_ν ε_β → −g_νβ
        }
        double spinSum = sum.Real;
        Assert.Equal(8 * d * d * m * m * m * m, spinSum, 1e-12 * spinSum);
        Assert.Equal(0, sum.Imaginary, 1e-12 * spinSum);
        double width = spinSum / 2 * (m / 2) / (8 * Math.PI * m * m);   // average over the N spin; Γ = ⟨|M|²⟩|k|/(8π m²)
        var point = new DipoleParameters { MassGeV = m, DMuonGeVm1 = d };
        Assert.Equal(width, DipoleDecays.PhotonWidthGeV(point), 1e-12 * width);
        Assert.Equal(width / 2, DipoleDecays.PhotonWidthGeV(point with { Normalisation = DipoleNormalisation.DarkNews }), 1e-12 * width);
    }

    private static Complex[][,] Gammas()
    {
        Complex i = Complex.ImaginaryOne;
        Complex[][,] pauli = [new Complex[,] { { 0, 1 }, { 1, 0 } }, new Complex[,] { { 0, -i }, { i, 0 } }, new Complex[,] { { 1, 0 }, { 0, -1 } }];
        var g0 = new Complex[4, 4];
        g0[0, 0] = g0[1, 1] = 1;
        g0[2, 2] = g0[3, 3] = -1;
        var result = new Complex[4][,];
        result[0] = g0;
        for (int a = 0; a < 3; a++)
        {
            var g = new Complex[4, 4];
            for (int r = 0; r < 2; r++)
                for (int c = 0; c < 2; c++)
                {
                    g[r, c + 2] = pauli[a][r, c];
                    g[r + 2, c] = -pauli[a][r, c];
                }
            result[a + 1] = g;
        }
        return result;
    }

    private static Complex[,] Sigma(Complex[][,] g, int mu, int nu) =>
        Scale(0.5 * Complex.ImaginaryOne, Add(Mul(g[mu], g[nu]), Scale(-1, Mul(g[nu], g[mu]))));

    private static Complex[,] Slash(Complex[][,] g, double[] p)
    {
        var r = new Complex[4, 4];
        for (int mu = 0; mu < 4; mu++) r = Add(r, Scale(Metric[mu] * p[mu], g[mu]));
        return r;
    }

    private static Complex[,] Identity()
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++) r[i, i] = 1;
        return r;
    }

    private static Complex[,] Mul(Complex[,] a, Complex[,] b)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                for (int l = 0; l < 4; l++) r[i, j] += a[i, l] * b[l, j];
        return r;
    }

    private static Complex[,] Add(Complex[,] a, Complex[,] b)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) r[i, j] = a[i, j] + b[i, j];
        return r;
    }

    private static Complex[,] Scale(Complex s, Complex[,] a)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) r[i, j] = s * a[i, j];
        return r;
    }

    private static Complex[,] Dagger(Complex[,] a)
    {
        var r = new Complex[4, 4];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) r[i, j] = Complex.Conjugate(a[j, i]);
        return r;
    }

    private static Complex Trace(Complex[,] a) => a[0, 0] + a[1, 1] + a[2, 2] + a[3, 3];
}
