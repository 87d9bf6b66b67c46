using DarkSector.Sampling.Experiments;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers DarkSector's services in a <see cref="IServiceCollection"/>.</summary>
public static class DarkSectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the experiment catalog (MEF discovery of the built-in plugins, the folders in <c>DARKSECTOR_PLUGINS</c> and
    /// those configured by <paramref name="configure"/>) as a singleton. Uses <c>TryAdd</c>: a registration made
    /// earlier by the caller wins. Resolve an experiment with
    /// <c>provider.GetRequiredService&lt;ExperimentCatalog&gt;().Get("t2k-nd280")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of where plugins are discovered.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Discovery runs once, when the catalog is first resolved.</remarks>
    public static IServiceCollection AddDarkSector(this IServiceCollection services, Action<ExperimentDiscoveryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ExperimentDiscoveryOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => ExperimentCatalog.Discover(provider.GetRequiredService<ExperimentDiscoveryOptions>()));
        return services;
    }
}
