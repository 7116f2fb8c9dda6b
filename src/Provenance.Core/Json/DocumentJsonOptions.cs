namespace Provenance.Core.Json;

/// <summary>What <see cref="DocumentJson"/> writes.</summary>
public sealed record DocumentJsonOptions
{
    public static DocumentJsonOptions Default { get; } = new();

    public bool Indented { get; init; }

    /// <summary>Layers to leave out (tokens make the output large); none by default.</summary>
    public IReadOnlySet<string> ExcludedLayers { get; init; } = new HashSet<string>();

    public bool Includes(LayerKey key) => !ExcludedLayers.Contains(key.Name);
}
