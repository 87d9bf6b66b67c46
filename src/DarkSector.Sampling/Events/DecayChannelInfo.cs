namespace DarkSector.Sampling.Events;

/// <summary>A decay channel as recorded in an event sample: its name and the PDG codes of its products in slot order.</summary>
/// <remarks>Immutable. At most three products.</remarks>
public sealed record DecayChannelInfo
{
    /// <summary>Creates the channel description.</summary>
    /// <param name="name">Channel name, e.g. "nu_e_e"; non-empty, no whitespace.</param>
    /// <param name="productPdgCodes">PDG codes of the products (1 to 3), e.g. [12, 11, -11].</param>
    /// <exception cref="ArgumentException">Empty name, whitespace in it, or not 1–3 products.</exception>
    public DecayChannelInfo(string name, IReadOnlyList<int> productPdgCodes)
    {
        if (string.IsNullOrEmpty(name) || name.Any(char.IsWhiteSpace) || name.Contains(','))
            throw new ArgumentException($"channel name '{name}' must be non-empty without whitespace or commas", nameof(name));
        ArgumentNullException.ThrowIfNull(productPdgCodes);
        if (productPdgCodes.Count is < 1 or > 3)
            throw new ArgumentException($"a channel has 1 to 3 products (got {productPdgCodes.Count})", nameof(productPdgCodes));
        Name = name;
        ProductPdgCodes = productPdgCodes.ToArray();
    }

    /// <summary>Channel name.</summary>
    public string Name { get; }

    /// <summary>PDG codes of the products, in slot order (<see cref="ParticleSlot.Product1"/> first).</summary>
    public IReadOnlyList<int> ProductPdgCodes { get; }

    /// <inheritdoc/>
    public bool Equals(DecayChannelInfo? other) => other is not null && Name == other.Name && ProductPdgCodes.SequenceEqual(other.ProductPdgCodes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, ProductPdgCodes.Count);
}
