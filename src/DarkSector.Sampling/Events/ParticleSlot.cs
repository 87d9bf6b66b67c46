namespace DarkSector.Sampling.Events;

/// <summary>The particles of one upscattering-and-decay event, each stored as four-momentum columns.</summary>
/// <remarks>Decay products fill <see cref="Product1"/> … in the order of the channel's product list
/// (<see cref="DecayChannelInfo.ProductPdgCodes"/>); unused slots hold zero momenta.</remarks>
internal enum ParticleSlot
{
    /// <summary>The incoming neutrino ν_α.</summary>
    Neutrino = 0,

    /// <summary>The heavy neutral lepton N produced by upscattering (with its helicity stored separately).</summary>
    Hnl = 1,

    /// <summary>The recoiling target (nucleus or nucleon).</summary>
    Recoil = 2,

    /// <summary>First decay product of N.</summary>
    Product1 = 3,

    /// <summary>Second decay product of N.</summary>
    Product2 = 4,

    /// <summary>Third decay product of N (three-body decays).</summary>
    Product3 = 5,
}
