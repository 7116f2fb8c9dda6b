namespace Provenance.Entities.Tagging;

/// <summary>
/// The IOB2 tags the tagger predicts. MISC is learned (it keeps nationality adjectives and events away from
/// the other types) but the annotator drops it: our guidelines do not annotate it.
/// </summary>
internal static class TagSet
{
    public static readonly string[] Default = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    /// <summary>IOB2 allows "I-X" only after "B-X" or "I-X".</summary>
    public static bool IsAllowed(string previous, string tag) =>
        !tag.StartsWith("I-", StringComparison.Ordinal)
        || (previous.Length > 2 && previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)));

    /// <summary>The entity type of a tag ("B-PER" → "PER"), or null for "O".</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
}
