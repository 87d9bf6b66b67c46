using DarkSector.Physics.Models.DarkPhoton;

namespace DarkSector.Cli.Commands.Options;

/// <summary>The dark-photon model options (<see cref="ModelOptionSets.DarkPhoton"/>): <c>--mn --mzprime --epsilon|--epsilon2
/// --alpha-d|--g-d --v-mu-n2 --v-e-n2 --v-tau-n2 --v-n2 --u-e-n2 --u-mu-n2 --u-tau-n2 --majorana --m4 --v-45 --charge-convention</c>.
/// With <c>--m4</c> the model has two HNLs and <c>--mn</c> is the heavier N5 (the last).</summary>
internal sealed class DarkPhotonOptions() : ModelOptionBinder<DarkPhotonModel>(ModelOptionSets.DarkPhoton);
