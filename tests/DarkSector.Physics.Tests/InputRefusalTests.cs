using DarkSector.Physics.Decays;
using DarkSector.Physics.FormFactors;
using DarkSector.Physics.Kinematics;
using DarkSector.Physics.LinearAlgebra;
using DarkSector.Physics.Materials;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Physics.Targets;
using MathNet.Numerics.LinearAlgebra;

namespace DarkSector.Physics.Tests;

/// <summary>
/// Refusals the rest of the suite did not reach (style.md, clear failure: the message names the parameter, the value and
/// what is allowed), and small accessors checked against the value they must return.
/// </summary>
public class InputRefusalTests
{
    private static readonly DarkPhotonModel Two = DarkPhotonModel.TwoHnls(0.1, 0.15, 1.25, 0.01, 0.32, 1e-3, 2e-3, 0.5);

    [Fact] // N4 (0.1 GeV) → ν μ⁺μ⁻ needs 2 m_μ = 0.211 GeV: closed, refused by the public sampler and by the sampler itself
    public void ClosedThreeBodyChannel_IsRefused()
    {
        var e = Assert.Throws<DarkSectorException>(() => DarkPhotonDecays.ZPrimeLeptonPairSampler(Two, 0, LeptonFlavour.Muon));
        Assert.Equal("N4 -> nu Muon pair is kinematically closed", e.Message);
        var me = DarkPhotonDecays.ZPrimeMatrixElement(Two, 0, -1, LeptonFlavour.Muon);
        var inner = Assert.Throws<DarkSectorException>(() => new ThreeBodyDecaySampler(me));
        Assert.Contains("three-body decay of mass 0.1 GeV into 0 + 2 x 0.1056583755 GeV is kinematically closed", inner.Message);
    }

    [Fact] // N5 → N4 e⁺e⁻: the sampler reports the parent, daughter and lepton masses; too few uniforms are refused
    public void ThreeBodySampler_MassesAndUniformCounts()
    {
        var s = DarkPhotonDecays.ZPrimeLeptonPairSampler(Two, 1, LeptonFlavour.Electron, daughter: 0);
        Assert.Equal(0.15, s.ParentMassGeV);
        Assert.Equal(0.1, s.DaughterMassGeV);
        Assert.Equal(PhysicalConstants.ElectronMassGeV, s.LeptonMassGeV);
        var few = Assert.Throws<ArgumentException>(() => s.Sample(new double[4], ThreeVector.Zero, out _, out _, out _));
        Assert.Equal("uniforms", few.ParamName);
        Assert.Contains("uniforms has 4 numbers, 5 are needed", few.Message);
        var fewer = Assert.Throws<ArgumentException>(() => s.SampleUnweighted(new double[5], ThreeVector.Zero, out _, out _, out _));
        Assert.Contains("uniforms has 5 numbers, 6 are needed", fewer.Message);
        Assert.Equal(5, ThreeBodyDecaySampler.UniformCount);
    }

    [Fact] // daughters must be lighter HNLs of the model: N5 has one (index 0); index 1 is refused naming [-1, 0]
    public void MissingDaughter_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DarkPhotonDecays.ZPrimeMatrixElement(Two, 1, 1, LeptonFlavour.Electron));
        Assert.Equal("daughter", e.ParamName);
        Assert.Contains("daughter = 1 is outside [-1, 0] for N5", e.Message);
    }

    [Fact] // charged-lepton masses (PDG 2022: m_τ = 1.77686 GeV)
    public void LeptonMasses_AreThePdgValues()
    {
        Assert.Equal(PhysicalConstants.ElectronMassGeV, DarkPhotonDecays.LeptonMass(LeptonFlavour.Electron));
        Assert.Equal(PhysicalConstants.MuonMassGeV, DarkPhotonDecays.LeptonMass(LeptonFlavour.Muon));
        Assert.Equal(1.77686, DarkPhotonDecays.LeptonMass(LeptonFlavour.Tau));
    }

    [Fact] // Vertex2 picks the flavour's own |V_αN|²
    public void HnlVertex_ByFlavour()
    {
        var n = new HeavyNeutralLepton { MassGeV = 0.1, VertexE2 = 1e-3, VertexMu2 = 2e-3, VertexTau2 = 3e-3 };
        Assert.Equal(1e-3, n.Vertex2(LeptonFlavour.Electron));
        Assert.Equal(2e-3, n.Vertex2(LeptonFlavour.Muon));
        Assert.Equal(3e-3, n.Vertex2(LeptonFlavour.Tau));
    }

    [Fact] // N_j may have transition vertices to the j lighter HNLs only; Hnl(index) only for existing HNLs
    public void DarkPhotonModel_RefusesImpossibleVerticesAndIndices()
    {
        var e = Assert.Throws<ArgumentException>(() => new DarkPhotonModel
        {
            Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, TransitionVertices2 = [0.5] }],
            ZPrimeMassGeV = 1.25, Epsilon = 0.01, AlphaDark = 0.3,
        });
        Assert.Equal("Hnls", e.ParamName);
        Assert.Contains("N4 has 1 transition vertices, but only 0 lighter HNLs exist", e.Message);
        Assert.Equal(0.15, Two.Hnl(1).MassGeV);
        foreach (int index in new[] { -1, 2 })
        {
            var out1 = Assert.Throws<ArgumentOutOfRangeException>(() => Two.Hnl(index));
            Assert.Equal("index", out1.ParamName);
            Assert.Contains("is outside [0, 1] (the model has 2 HNLs)", out1.Message);
        }
    }

    [Fact] // a rest frame needs a time-like momentum with E > 0; a decay needs m ≥ m1 + m2 (at threshold both are at rest)
    public void RestFrameAndTwoBodyDecay_RefuseImpossibleKinematics()
    {
        Assert.Equal("particle", Assert.Throws<ArgumentOutOfRangeException>(() => RestFrame.Of(new FourMomentum(1, 1, 0, 0))).ParamName);
        Assert.Equal("particle", Assert.Throws<ArgumentOutOfRangeException>(() => RestFrame.Of(new FourMomentum(-1, 0, 0, 0))).ParamName);
        var parent = new FourMomentum(0.3, 0, 0, 0);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => TwoBodyDecay.Decay(parent, 0.2, 0.2, ThreeVector.UnitZ));
        Assert.Equal("parent", below.ParamName);
        Assert.Contains("parent mass 0.3 GeV is below the threshold m1 + m2 = 0.4 GeV", below.Message);
        var (a, b) = TwoBodyDecay.Decay(new FourMomentum(0.5, 0, 0, 0), 0.25, 0.25, ThreeVector.UnitZ);   // exactly at threshold
        Assert.Equal(0.25, a.E, 1e-15);
        Assert.Equal(0.0, a.P, 1e-15);
        Assert.Equal(0.25, b.E, 1e-15);
    }

    [Fact] // Takagi needs a non-empty square matrix; the factorisation's dimension is n
    public void Takagi_RefusesNonSquareMatrices()
    {
        var e = Assert.Throws<ArgumentException>(() => Takagi.Factorize(Matrix<double>.Build.Dense(2, 3)));
        Assert.Contains("must be a non-empty square matrix; it is 2x3", e.Message);
        Assert.Equal(3, Takagi.Factorize(Matrix<double>.Build.DenseIdentity(3)).Dimension);
    }

    [Fact] // the span evaluation needs equal lengths; form factors report their model; undefined models are refused
    public void FormFactors_SpanLengthsAndModels()
    {
        INuclearFormFactor helm = NuclearFormFactors.Create(Nuclei.Get("C12"), FormFactorModel.Helm);
        Assert.Equal(FormFactorModel.Helm, helm.Model);
        Assert.Equal(FormFactorModel.Dipole, NuclearFormFactors.Create(Nuclei.Get("C12"), FormFactorModel.Dipole).Model);
        var e = Assert.Throws<ArgumentException>(() => helm.Evaluate([0.0, 0.01], new double[3]));
        Assert.Equal("values", e.ParamName);
        Assert.Contains("values has length 3, but q2GeV2 has length 2", e.Message);
        var values = new double[2];
        helm.Evaluate([0.0, 0.01], values);
        Assert.Equal(1.0, values[0], 1e-12);
        Assert.Equal(helm.Evaluate(0.01), values[1]);
        var model = Assert.Throws<ArgumentException>(() => NuclearFormFactors.Create(Nuclei.Get("C12"), (FormFactorModel)99));
        Assert.Equal("model", model.ParamName);
    }

    [Fact] // a decay table's unknown channel is refused listing the channels; a stable particle has BR 0 in every channel
    public void DecayTable_UnknownChannelAndStableParticle()
    {
        var table = new DecayTable([new PartialWidth("a", 1e-3), new PartialWidth("b", 3e-3)]);
        Assert.Equal(0.25, table.BranchingRatio("a"), 1e-15);
        var e = Assert.Throws<KeyNotFoundException>(() => table.BranchingRatio("c"));
        Assert.Contains("no decay channel 'c'; channels are: a, b", e.Message);
        var stable = new DecayTable([new PartialWidth("a", 0)]);
        Assert.Equal(0.0, stable.BranchingRatio("a"));
        Assert.True(double.IsPositiveInfinity(stable.CTau0Cm));
    }

    [Fact] // names in messages and logs
    public void ToString_IsTheName()
    {
        Assert.Equal("Ar40", Nuclei.Get("Ar40").ToString());
        Assert.Equal("liquid argon", StandardMaterials.LiquidArgon.ToString());
        var inner = new InvalidOperationException("x");
        Assert.Same(inner, new DarkSectorException("m", inner).InnerException);
    }
}
