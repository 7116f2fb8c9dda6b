namespace Provenance.Entities;

/// <summary>Configures <see cref="EntityAnnotator"/>; every null member means the list or model shipped with the assembly.</summary>
public sealed record EntityAnnotatorOptions
{
    public static EntityAnnotatorOptions Default { get; } = new();

    /// <summary>The tagger; null loads the embedded model (once per process).</summary>
    public EntityTagger? Tagger { get; init; }

    public Gazetteers? Gazetteers { get; init; }

    public NameAliases? Aliases { get; init; }
}
