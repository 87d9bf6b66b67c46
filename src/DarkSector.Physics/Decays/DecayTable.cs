namespace DarkSector.Physics.Decays;

/// <summary>
/// The decay channels of one particle with their partial widths, the total width, branching ratios and the
/// proper decay length c·τ0 = ħc/Γ (physics.md §1).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class DecayTable
{
    /// <summary>Creates the table from partial widths (channels with zero width are kept, so closed channels show).</summary>
    /// <exception cref="ArgumentException">A width is negative or not finite, or a channel name repeats.</exception>
    public DecayTable(IEnumerable<PartialWidth> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        Channels = channels.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        double total = 0;
        foreach (var channel in Channels)
        {
            Check.NonNegative(channel.WidthGeV, $"width of {channel.Name}");
            if (!names.Add(channel.Name)) throw new ArgumentException($"decay channel '{channel.Name}' appears twice", nameof(channels));
            total += channel.WidthGeV;
        }
        TotalWidthGeV = total;
    }

    /// <summary>The channels in the order given.</summary>
    public IReadOnlyList<PartialWidth> Channels { get; }

    /// <summary>Total width Γ = Σ Γ_i in GeV.</summary>
    public double TotalWidthGeV { get; }

    /// <summary>Proper decay length c·τ0 = ħc/Γ in cm; +∞ for a stable particle (Γ = 0).</summary>
    public double CTau0Cm => TotalWidthGeV > 0 ? PhysicalConstants.HbarCGeVCm / TotalWidthGeV : double.PositiveInfinity;

    /// <summary>Branching ratio Γ_i/Γ of the named channel; 0 if Γ = 0.</summary>
    /// <exception cref="KeyNotFoundException">No channel has that name.</exception>
    public double BranchingRatio(string name)
    {
        foreach (var channel in Channels)
            if (channel.Name == name) return TotalWidthGeV > 0 ? channel.WidthGeV / TotalWidthGeV : 0.0;
        throw new KeyNotFoundException($"no decay channel '{name}'; channels are: {string.Join(", ", Channels.Select(c => c.Name))}");
    }

    /// <summary>Partial width of the named channel in GeV.</summary>
    /// <exception cref="KeyNotFoundException">No channel has that name.</exception>
    public double Width(string name) =>
        Channels.FirstOrDefault(c => c.Name == name)?.WidthGeV
        ?? throw new KeyNotFoundException($"no decay channel '{name}'; channels are: {string.Join(", ", Channels.Select(c => c.Name))}");
}
