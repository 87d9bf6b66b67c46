using DarkSector.Physics.Materials;

namespace DarkSector.Experiments.T2K.Geometry;

/// <summary>
/// The ND280 upgrade used for projections: the P0D replaced by a SuperFGD between two high-angle TPCs (above and below
/// it), followed by the existing tracker (TPC1, FGD1, TPC2, FGD2, TPC3): five TPCs in total.
/// </summary>
/// <remarks>
/// <para>Positions from SIREN's ND280UPGRD model (data/siren/ND280UPGRD/densities.dat) shifted into the
/// <see cref="ND280Box"/> frame (SIREN z + 327.5 cm, see <see cref="ND280Layout"/>): SuperFGD cubes 192 × 56 × 192 cm
/// centred at z = 107 cm, scintillator (CH) at 1.05 g/cm³ as in SIREN; HA-TPC gas 170 × 70 × 200 cm at y = ±74 cm,
/// argon at <see cref="ND280Layout.TpcGasDensityGPerCm3"/> (SIREN's 1.855 g/cm³ is 1000 times too high, see
/// data/README.md).</para>
/// <para>Fiducial sizes (Liu-Kamp-Argüelles table, experiments.md): "HA-TPC 1.70 × 1.96 × 0.56 m; TPC 1.59 × 0.27 ×
/// 1.71 m". In this frame the first set is the existing vertical TPCs' fiducial box (170 × 196 × 56 cm) and the second
/// fits only the horizontal HA-TPCs (thin in y, long in z), so the labels are read as swapped: each HA-TPC gets a
/// 159 × 27 × 171 cm fiducial box centred in its gas volume.</para>
/// </remarks>
internal static class ND280UpgradeLayout
{
    /// <summary>z of the SuperFGD and HA-TPC centres, cm.</summary>
    public const double CentreZCm = 107;

    /// <summary>|y| of the HA-TPC centres, cm.</summary>
    public const double HaTpcCentreYCm = 74;

    /// <summary>SuperFGD scintillator density, g/cm³ (SIREN ND280UPGRD "sFGD_cubes").</summary>
    public const double SuperFgdDensityGPerCm3 = 1.05;

    /// <summary>The upgrade modules replacing the P0D, followed by the unchanged tracker modules.</summary>
    public static IReadOnlyList<ND280Module> Modules()
    {
        var superFgdBox = new ND280Box(192, 56, 192, CentreZCm - 96);
        var scintillator = Material.FromAtomCounts("SuperFGD scintillator (CH)", SuperFgdDensityGPerCm3, ("C12", 1), ("H1", 1));
        var modules = new List<ND280Module>
        {
            new("SuperFGD", superFgdBox, scintillator, scintillator.DensityGPerCm3 * superFgdBox.VolumeCm3 * 1e-6),
            HaTpc("HA-TPC top", +HaTpcCentreYCm),
            HaTpc("HA-TPC bottom", -HaTpcCentreYCm),
        };
        modules.AddRange(ND280Layout.Modules().Where(m => !m.Name.StartsWith("P0D", StringComparison.Ordinal)));
        return modules;
    }

    /// <summary>Total TPC fiducial volume of the upgrade over that of the three existing TPCs (background scaling).</summary>
    public static double FiducialVolumeRatio()
    {
        static double Fiducial(IEnumerable<ND280Module> modules) =>
            modules.Where(m => m.Name.Contains("TPC", StringComparison.Ordinal)).Sum(m => m.Fiducial!.VolumeCm3);
        return Fiducial(Modules()) / Fiducial(ND280Layout.Modules());
    }

    private static ND280Module HaTpc(string name, double centreYCm)
    {
        var gas = ND280Layout.TpcGas();
        var active = new ND280Box(170, 70, 200, CentreZCm - 100, 0, centreYCm);
        var fiducial = new ND280Box(159, 27, 171, CentreZCm - 85.5, 0, centreYCm);
        return new ND280Module(name, active, gas, gas.DensityGPerCm3 * active.VolumeCm3 * 1e-6, fiducial,
            gas.DensityGPerCm3 * fiducial.VolumeCm3 * 1e-6);
    }
}
