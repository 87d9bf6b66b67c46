using DarkSector.Experiments.T2K;
using DarkSector.Physics.Models.DarkPhoton;
using DarkSector.Sampling.Simulation;
using DarkSector.Sampling.Vegas;

namespace DarkSector.Experiments.Tests.Precision;

/// <summary>The event weight of a detector simulation is the product of its named factors (<see cref="SimulationWeight"/>),
/// reported with every event the lifetime observer sees.</summary>
public class SimulationWeightTests
{
    private static readonly VegasOptions Vegas = new() { WarmupIterations = 2, WarmupEvaluations = 1000, Iterations = 2, Evaluations = 2000 };

    [Fact] // on the ND280 heavy benchmark at c tau0 = 54 m (the rock importance-sampled): each reported event's factors
           // multiply to its weight before decay, its production-point factor is a density ratio (> 0; 1 outside the dirt),
           // P_decay and ε are probabilities, and the selected total is the sum of the factors' products
    public void Factors_MultiplyToTheWeight_AndSumToTheSelectedSignal()
    {
        var nd280 = new ND280Experiment();
        var analysis = nd280.Analyses.Single(a => a.Id == "tpc-ee");
        var model = new DarkPhotonSignal(new DarkPhotonModel
        {
            Hnls = [new HeavyNeutralLepton { MassGeV = 0.1, VertexMu2 = 1e-4, DecayVertex2 = 1 }],
            ZPrimeMassGeV = 1.25,
            Epsilon = Math.Sqrt(4.6e-4),
            AlphaDark = 0.4,
        });
        var seen = new List<(double Weight, SimulationWeight Factors)>();
        var result = DetectorSimulation.Run(nd280, analysis, analysis.Exposures, model, new SimulationOptions { Events = 4000, Seed = 5, Vegas = Vegas },
            observer: d => seen.Add((d.Weight, d.Factors)));
        Assert.NotEmpty(seen);
        Assert.Contains(seen, s => s.Factors.ProductionPoint != 1);   // some events come from the line-of-sight sampler
        double total = 0;
        foreach (var (weight, f) in seen)
        {
            Assert.Equal(weight, f.BeforeDecay);   // bit for bit
            Assert.Equal(f.Generator * f.Exposure * f.BranchingRatio * f.ProductionPoint * f.DecayInVolume * f.Efficiency, f.Total, 15);
            Assert.True(f.ProductionPoint > 0 && f.Generator > 0 && f.Exposure > 0);
            Assert.InRange(f.BranchingRatio, 0, 1);
            Assert.InRange(f.DecayInVolume, 0, 1);
            Assert.InRange(f.Efficiency, 0, 1);
            total += f.Total;
        }
        Assert.True(result.Selected > 0);
        Assert.Equal(1.0, total / result.Selected, 12);
    }
}
