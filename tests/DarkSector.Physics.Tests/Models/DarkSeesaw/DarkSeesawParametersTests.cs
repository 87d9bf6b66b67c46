using DarkSector.Physics.Models.DarkSeesaw;

namespace DarkSector.Physics.Tests.Models.DarkSeesaw;

/// <summary>
/// Validation and conventions of a dark-seesaw parameter point (<see cref="DarkSeesawParameters"/>): shapes, counts,
/// symmetry of M_N (and its symmetrisation), the active-flavour defaults, g_X = √(4π α_D), and the card reader naming the
/// card key when the constructor refuses a value.
/// </summary>
public class DarkSeesawParametersTests
{
    private static DarkSeesawParameters Point(double[,]? mD = null, double[,]? mN = null, double alphaD = 0.39, double epsilon = 0.02,
        IReadOnlyList<LeptonFlavour>? flavours = null, double? mPhi = null) => new(
        mD ?? new[,] { { 1e-5, 2e-5 } }, mN ?? new[,] { { 0.1, 0 }, { 0, 0.2 } },
        new[,] { { 0.01 }, { 0.02 } }, new[,] { { 0.03 }, { 0.04 } }, new[,] { { 0.3 } }, 1.25, epsilon, alphaD, flavours, mPhi);

    [Fact] // 1 to 3 active flavours (rows of M_D), at least one sterile state (column)
    public void DiracBlockShape_IsChecked()
    {
        var four = Assert.Throws<ArgumentOutOfRangeException>(() => Point(mD: new double[4, 2]));
        Assert.Equal("diracMassGeV", four.ParamName);
        Assert.Contains("4 rows", four.Message);
        Assert.Contains("allowed 1 to 3", four.Message);
        var none = Assert.Throws<ArgumentOutOfRangeException>(() => Point(mD: new double[0, 2]));
        Assert.Equal("diracMassGeV", none.ParamName);
        var noColumn = Assert.Throws<ArgumentOutOfRangeException>(() => new DarkSeesawParameters(
            new double[1, 0], new double[0, 0], new double[0, 1], new double[0, 1], new[,] { { 0.3 } }, 1.25, 0.02, 0.39));
        Assert.Equal("diracMassGeV", noColumn.ParamName);
        Assert.Contains("0 columns", noColumn.Message);
        Assert.Equal(3, Point(mD: new double[3, 2]).ActiveCount);   // the edges are allowed
        Assert.Equal(1, Point(mD: new double[1, 2]).ActiveCount);
    }

    [Fact] // M_N symmetric to 1e-12 of its largest entry, then replaced by (M + Mᵀ)/2; beyond that refused naming [i,j]
    public void SterileBlock_IsSymmetricOrRefused()
    {
        var p = Point(mN: new[,] { { 0.1, 0.01 + 4e-14 }, { 0.01, 0.2 } });   // 4e-14 < 1e-12 × 0.2
        Assert.Equal(0.01 + 2e-14, p.SterileMassGeV[0, 1], 1e-18);
        Assert.Equal(p.SterileMassGeV[0, 1], p.SterileMassGeV[1, 0]);
        var e = Assert.Throws<ArgumentException>(() => Point(mN: new[,] { { 0.1, 0.011 }, { 0.01, 0.2 } }));
        Assert.Equal("sterileMassGeV", e.ParamName);
        Assert.Contains("must be symmetric: [0,1] = 0.011 but [1,0] = 0.01", e.Message);
    }

    [Fact] // default flavours: n_a = 1 → μ, 2 → (e, μ), 3 → (e, μ, τ); ActiveIndex is the row, −1 when absent
    public void DefaultFlavours_AndActiveIndex()
    {
        var one = Point(mD: new double[1, 2]);
        Assert.Equal([LeptonFlavour.Muon], one.ActiveFlavours);
        Assert.Equal(0, one.ActiveIndex(LeptonFlavour.Muon));
        Assert.Equal(-1, one.ActiveIndex(LeptonFlavour.Electron));
        Assert.Equal([LeptonFlavour.Electron, LeptonFlavour.Muon], Point(mD: new double[2, 2]).ActiveFlavours);
        var three = Point(mD: new double[3, 2]);
        Assert.Equal([LeptonFlavour.Electron, LeptonFlavour.Muon, LeptonFlavour.Tau], three.ActiveFlavours);
        Assert.Equal(2, three.ActiveIndex(LeptonFlavour.Tau));
        var given = Point(mD: new double[2, 2], flavours: [LeptonFlavour.Tau, LeptonFlavour.Electron]);
        Assert.Equal(0, given.ActiveIndex(LeptonFlavour.Tau));
        Assert.Equal(1, given.ActiveIndex(LeptonFlavour.Electron));
        Assert.Equal(-1, given.ActiveIndex(LeptonFlavour.Muon));
    }

    [Fact] // the flavour list must have one distinct flavour per row
    public void FlavourList_IsChecked()
    {
        var count = Assert.Throws<ArgumentException>(() => Point(flavours: [LeptonFlavour.Muon, LeptonFlavour.Tau]));
        Assert.Equal("activeFlavours", count.ParamName);
        Assert.Contains("2 entries but diracMassGeV has 1 rows", count.Message);
        var repeated = Assert.Throws<ArgumentException>(() => Point(mD: new double[2, 2], flavours: [LeptonFlavour.Muon, LeptonFlavour.Muon]));
        Assert.Equal("activeFlavours", repeated.ParamName);
        Assert.Contains("repeats a flavour", repeated.Message);
    }

    [Fact] // g_X = √(4π α_D): α_D = 1/(4π) gives g_X = 1, α_D = 4π (the perturbative edge) gives 4π; α_D = 0 refused
    public void GaugeCoupling_AndAlphaRange()
    {
        Assert.Equal(1.0, Point(alphaD: 1 / (4 * Math.PI)).GaugeCoupling, 1e-15);
        Assert.Equal(4 * Math.PI, Point(alphaD: 4 * Math.PI).GaugeCoupling, 1e-13);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Point(alphaD: 0));
        Assert.Equal("alphaD", zero.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Point(alphaD: 4 * Math.PI * (1 + 1e-12)));
        Assert.Equal(1.0, Point(epsilon: 1).Epsilon);
        Assert.Equal(0.0, Point(epsilon: 0).Epsilon);
        Assert.Throws<ArgumentOutOfRangeException>(() => Point(epsilon: 1 + 1e-12));
    }

    [Fact] // m_φ optional, > 0 when given
    public void DarkScalarMass_IsOptionalAndPositive()
    {
        Assert.Null(Point().DarkScalarMassGeV);
        Assert.Equal(5.0, Point(mPhi: 5).DarkScalarMassGeV);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Point(mPhi: 0));
        Assert.Equal("darkScalarMassGeV", e.ParamName);
    }

    [Fact] // non-finite entries are refused naming the block and the entry
    public void NonFiniteEntries_AreRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Point(mD: new[,] { { 1e-5, double.NaN } }));
        Assert.Equal("diracMassGeV", e.ParamName);
        Assert.Contains("diracMassGeV[0,1] = NaN is not a finite number", e.Message);
    }

    [Fact] // a value the card reader passes but the constructor refuses names the card's key, not the constructor's
    public void CardErrors_NameTheCardKey()
    {
        var asymmetric = Assert.Throws<ArgumentException>(() => DarkSeesawCard.ParseYaml("""
            model: dark-seesaw
            mD: [[1e-5, 2e-5]]
            mNMatrix: [[0.1, 0.02], [0.01, 0.2]]
            lambdaL: [[0.01], [0.02]]
            lambdaR: [[0.03], [0.04]]
            mX: [[0.3]]
            mZprime: 1.25
            epsilon2: 4.6e-4
            alphaD: 0.39
            """));
        Assert.Equal("mNMatrix", asymmetric.ParamName);
        Assert.StartsWith("model card: 'mNMatrix': sterileMassGeV must be symmetric", asymmetric.Message);
        Assert.DoesNotContain("(Parameter", asymmetric.Message.Split(" (Parameter 'mNMatrix')")[0]);
        var repeated = Assert.Throws<ArgumentException>(() => DarkSeesawCard.ParseYaml("""
            model: dark-seesaw
            mD: [[1e-5, 2e-5], [1e-5, 2e-5]]
            mN: [0.1, 0.2]
            lambdaL: [[0.01], [0.02]]
            lambdaR: [[0.03], [0.04]]
            mX: [[0.3]]
            mZprime: 1.25
            epsilon2: 4.6e-4
            alphaD: 0.39
            activeFlavours: [mu, mu]
            """));
        Assert.Equal("activeFlavours", repeated.ParamName);
        Assert.StartsWith("model card: 'activeFlavours':", repeated.Message);
    }

    [Fact] // reader errors not reached by the other card tests: two YAML documents, a non-string description, a short
           // mNMatrix, a bad activeFlavours list, an unsupported YAML node (an alias is resolved, so none exists here)
    public void MoreMalformedCards_AreRefusedNamingTheProblem()
    {
        const string body = """
            model: dark-seesaw
            mD: [[1e-5, 2e-5]]
            mN: [0.1, 0.2]
            lambdaL: [[0.01], [0.02]]
            lambdaR: [[0.03], [0.04]]
            mX: [[0.3]]
            mZprime: 1.25
            epsilon2: 4.6e-4
            alphaD: 0.39
            """;
        var two = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(body + "\n---\n" + body));
        Assert.Contains("expected one YAML document, found 2", two.Message);
        var description = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(body + "\ndescription: [1]"));
        Assert.Contains("'description' must be a string", description.Message);
        var rows = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(body.Replace("mN: [0.1, 0.2]", "mNMatrix: [[0.1, 0]]")));
        Assert.Contains("'mNMatrix' has 1 rows but must be a 2 x 2 matrix", rows.Message);
        var flavours = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(body + "\nactiveFlavours: [mu, tau]"));
        Assert.Contains("'activeFlavours' must be an array of 1 names", flavours.Message);
        var notArray = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(body + "\nactiveFlavours: mu"));
        Assert.Contains("'activeFlavours' must be an array of 1 names", notArray.Message);
        var name = Assert.Throws<FormatException>(() => DarkSeesawCard.ParseYaml(body + "\nactiveFlavours: [muon]"));
        Assert.Contains("'activeFlavours[0]' must be one of e, mu, tau", name.Message);
    }
}
