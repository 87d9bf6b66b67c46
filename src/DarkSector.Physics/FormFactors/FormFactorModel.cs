namespace DarkSector.Physics.FormFactors;

/// <summary>The nuclear charge form-factor parametrisations of physics.md §3.</summary>
public enum FormFactorModel
{
    /// <summary>Fourier-Bessel expansion of the measured charge density (De Vries, De Jager, De Vries 1987); only for tabulated nuclei.</summary>
    FourierBessel,

    /// <summary>Symmetrised Fermi (Woods-Saxon) distribution, c = 1.03 A^{1/3} fm, a = 0.523 fm (Sprung and Martorell 1997).</summary>
    SymmetrizedFermi,

    /// <summary>Helm: uniform sphere folded with a Gaussian of width s = 0.9 fm (Lewin and Smith 1996 radii).</summary>
    Helm,

    /// <summary>The simple pole 1/(1 + Q²/M_D²) of physics.md §3, for comparison only (it overestimates F at large Q).</summary>
    Dipole,
}
