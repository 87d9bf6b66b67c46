using System.Reflection;
using System.Text.RegularExpressions;
using DarkSector.Physics.CrossSections;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Models.DarkSeesaw;
using DarkSector.Physics.Models.Dipole;
using DarkSector.Physics.Targets;

namespace DarkSector.Physics.Tests;

/// <summary>
/// Library-wide conventions of DarkSector.Physics checked by reflection over every public type (in the spirit of
/// NodaTime's ConsistencyTest; style.md items 1, 3, 10, 15; docs/conventions.md).
/// </summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(Check).Assembly;

    /// <summary>A valid instance of every public parameter record whose settable double properties are model inputs.</summary>
    private static readonly Dictionary<Type, Func<object>> ValidInstances = new()
    {
        [typeof(HeavyNeutralLepton)] = () => new HeavyNeutralLepton { MassGeV = 0.15, VertexMu2 = 1e-6, DecayVertex2 = 1e-6 },
        [typeof(DarkPhotonModel)] = () => DarkPhotonModel.SingleHnl(0.15, 1.25, 1e-3, 0.25, 1e-6, 1e-6),
        [typeof(DipoleParameters)] = () => new DipoleParameters { MassGeV = 0.4, DMuonGeVm1 = 1e-7 },
        [typeof(DarkSector.Physics.Oscillations.ThreePlusOneParameters)] = () => new DarkSector.Physics.Oscillations.ThreePlusOneParameters { Dm2Ev2 = 0.5, Sin22ThetaMuE = 0.01 },
        [typeof(DipoleLighterHnl)] = () => new DipoleLighterHnl { MassGeV = 0.1, D45GeVm1 = 1e-7 },
        [typeof(MicroBooNEDualScenario)] = () => new MicroBooNEDualScenario
        {
            M4GeV = 0.1, Delta = 1.0, ZPrimeMassGeV = 0.03, Epsilon = 1e-3, Umu4 = 1e-4, Umu5 = 1e-4,
        },
        [typeof(MaterialComponent)] = () => new MaterialComponent(Nuclei.Get("C12"), 1.0),
        [typeof(Nucleus)] = () => Nuclei.Get("C12") with { }, // a copy: never touch the shared table entry
    };

    /// <summary>Public types with settable double properties that are not model inputs, each with the reason.</summary>
    private static readonly Dictionary<Type, string> NotParameterRecords = new()
    {
        [typeof(DarkSector.Physics.Models.DarkSeesaw.DarkSeesawDecaySteps.Step)] = "decay-table output (one step of a chain: channel, daughters, branching ratio)",
        [typeof(DarkSector.Physics.Kinematics.FourMomentum)] = "kinematic value type (style.md 5): components of intermediate arithmetic on hot paths, validated by its producers",
        [typeof(DarkSector.Physics.Kinematics.ThreeVector)] = "kinematic value type (style.md 5): components of intermediate arithmetic on hot paths, validated by its producers",
        [typeof(DileptonDecaySample)] = "sampler output (momenta and weight), not an input",
        [typeof(DarkSector.Physics.Decays.PartialWidth)] = "computed output; DecayTable's constructor rejects a non-finite or negative WidthGeV (tested below)",
    };

    /// <summary>Public constructors and factories taking doubles that are model inputs: each rejects NaN and ±∞ naming the parameter.</summary>
    public static TheoryData<string, string> ConstructorCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (key, value) in ConstructorTable) data.Add(key, value.Parameter);
        return data;
    }

    private static readonly Dictionary<string, (string Parameter, Action<double> Create)> ConstructorTable = new()
    {
        ["Material.densityGPerCm3"] = ("densityGPerCm3", x => new Material("water", x, [new MaterialComponent(Nuclei.Get("O16"), 1.0)])),
        ["Material.FromAtomCounts.count"] = ("count of H1", x => Material.FromAtomCounts("CH2", 0.9, ("C12", 1), ("H1", x))),
        ["MaterialComponent.massFraction"] = ("MassFraction", x => new MaterialComponent(Nuclei.Get("C12"), x)),
        ["UpscatteringKinematics.targetMassGeV"] = ("targetMassGeV", x => new UpscatteringKinematics(x, 0.1)),
        ["UpscatteringKinematics.producedMassGeV"] = ("producedMassGeV", x => new UpscatteringKinematics(11.2, x)),
        ["UpscatteringKinematics.Q2Range.energyGeV"] = ("energyGeV", x => new UpscatteringKinematics(11.2, 0.1).Q2Range(x)),
        ["DarkPhotonModel.SingleHnl.massGeV"] = ("MassGeV", x => DarkPhotonModel.SingleHnl(x, 1.25, 1e-3, 0.25, 1e-6, 1e-6)),
        ["DarkPhotonModel.SingleHnl.zPrimeMassGeV"] = ("ZPrimeMassGeV", x => DarkPhotonModel.SingleHnl(0.15, x, 1e-3, 0.25, 1e-6, 1e-6)),
        ["DarkPhotonModel.SingleHnl.epsilon"] = ("Epsilon", x => DarkPhotonModel.SingleHnl(0.15, 1.25, x, 0.25, 1e-6, 1e-6)),
        ["DarkPhotonModel.SingleHnl.alphaDark"] = ("AlphaDark", x => DarkPhotonModel.SingleHnl(0.15, 1.25, 1e-3, x, 1e-6, 1e-6)),
        ["DarkPhotonModel.TwoHnls.vertex45"] = ("vertex45", x => DarkPhotonModel.TwoHnls(0.1, 0.2, 0.03, 1e-3, 0.3, 1e-4, 1e-4, x)),
        ["DarkSeesawParameters.diracMassGeV"] = ("diracMassGeV", x => Seesaw(mD: x)),
        ["DarkSeesawParameters.zPrimeMassGeV"] = ("zPrimeMassGeV", x => Seesaw(mZ: x)),
        ["DarkSeesawParameters.epsilon"] = ("epsilon", x => Seesaw(eps: x)),
        ["DarkSeesawParameters.alphaD"] = ("alphaD", x => Seesaw(alphaD: x)),
        ["DarkSeesawParameters.darkScalarMassGeV"] = ("darkScalarMassGeV", x => Seesaw(mPhi: x)),
        ["DecayTable.width"] = ("width of nu_gamma", x => new DarkSector.Physics.Decays.DecayTable([new DarkSector.Physics.Decays.PartialWidth("nu_gamma", x)])),
        ["SymmetrizedFermiFormFactor.halfDensityRadiusFm"] = ("halfDensityRadiusFm", x => _ = new DarkSector.Physics.FormFactors.SymmetrizedFermiFormFactor(x, 0.523)),
        ["SymmetrizedFermiFormFactor.diffusenessFm"] = ("diffusenessFm", x => _ = new DarkSector.Physics.FormFactors.SymmetrizedFermiFormFactor(2.3, x)),
        ["HelmFormFactor.radiusFm"] = ("radiusFm", x => _ = new DarkSector.Physics.FormFactors.HelmFormFactor(x, 0.9)),
        ["HelmFormFactor.skinFm"] = ("skinFm", x => _ = new DarkSector.Physics.FormFactors.HelmFormFactor(2.3, x)),
        ["DipoleFormFactor.poleMassGeV"] = ("poleMassGeV", x => _ = new DarkSector.Physics.FormFactors.DipoleFormFactor(x)),
        ["DipoleConvention.MuTrFromD"] = ("dGeVm1", x => DipoleConvention.MuTrFromD(x)),
    };

    private static DarkSeesawParameters Seesaw(double mD = 1e-5, double mZ = 1.25, double eps = 1e-3, double alphaD = 0.25, double? mPhi = null) =>
        new(new[,] { { mD } }, new[,] { { 0.1 } }, new[,] { { 0.0 } }, new[,] { { 0.0 } }, new[,] { { 0.3 } }, mZ, eps, alphaD, darkScalarMassGeV: mPhi);

    public static TheoryData<string> ParameterProperties() => ParameterConventions.PropertiesOf(Library, ValidInstances);

    [Theory]
    [MemberData(nameof(ParameterProperties))]
    public void ParameterRecords_RejectNonFiniteDoubles_NamingTheProperty(string member) =>
        ParameterConventions.AssertPropertyRejectsNonFinite(Library, ValidInstances, member);

    [Fact]
    public void ParameterRecords_FactoriesProduceValidInstancesThatAcceptTheirOwnValues() =>
        ParameterConventions.AssertFactoriesAcceptTheirOwnValues(Library, ValidInstances);

    [Fact]
    public void EveryPublicTypeWithSettableDoubles_IsListedAsParameterRecordOrExempt()
    {
        var unlisted = ParameterConventions.UnlistedTypes(Library, ValidInstances, NotParameterRecords);
        Assert.True(unlisted.Length == 0,
            $"Public types with settable doubles not in ConventionTests.ValidInstances (or NotParameterRecords with a reason): {string.Join(", ", unlisted)}");
    }

    [Theory]
    [MemberData(nameof(ConstructorCases))]
    public void Constructors_RejectNonFiniteDoubles_NamingTheParameter(string member, string parameter) =>
        ParameterConventions.AssertRejectsNonFinite(parameter, ConstructorTable[member].Create);

    [Fact]
    public void OutOfRangeMessages_NameParameterValueAndRange()
    {
        // A sample of public validation paths: the message carries the name, the offending value and the allowed range.
        var cases = new (Action Act, string[] Expected)[]
        {
            (() => _ = new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 1.5 }, ["VertexMu2", "1.5", "[0, 1]"]),
            (() => _ = new DipoleParameters { MassGeV = -0.2 }, ["MassGeV", "-0.2", "> 0"]),
            (() => _ = DarkPhotonModel.SingleHnl(0.15, 1.25, 2.0, 0.25, 1e-6, 1e-6), ["Epsilon", "2", "(0, 1)"]),
            (() => _ = Nuclei.Get("C12") with { Z = 13 }, ["Z", "13", "12"]),
            (() => _ = new UpscatteringKinematics(-1, 0.1), ["targetMassGeV", "-1", "> 0"]),
            (() => _ = Seesaw(alphaD: 20), ["alphaD", "20", "12.566"]),
        };
        ParameterConventions.AssertMessagesContain(cases);
    }

    [Fact]
    public void PublicTypes_HaveNoMutableStaticState()
    {
        // No public static field that can be reassigned or whose array contents can be changed, no public static setter.
        var offenders = ParameterConventions.MutableStaticState(Library);
        Assert.True(offenders.Count == 0, "Mutable public static state: " + string.Join(", ", offenders));
    }

    [Fact]
    public void SourceFiles_DeclareTheNamespaceOfTheirFolder()
    {
        var offenders = NamespaceConventions.FilesOutsideTheirFolderNamespace("DarkSector.Physics");
        Assert.True(offenders.Count == 0, "Namespace differs from folder: " + string.Join("; ", offenders));
    }

    [Fact]
    public void PublicTypes_LiveInAFileNamedAfterThemInTheFolderOfTheirNamespace()
    {
        var offenders = NamespaceConventions.TypesWithoutTheirFile(Library, "DarkSector.Physics", exempt: []);
        Assert.True(offenders.Count == 0, "Public type without <Folder of namespace>/<TypeName>.cs: " + string.Join(", ", offenders));
    }

}
