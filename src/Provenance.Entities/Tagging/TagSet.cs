namespace Provenance.Entities.Tagging;

/// <summary>
/// The IOB2 tags the tagger predicts. MISC is learned (it keeps nationality adjectives and events away from
/// the other types) but the annotator drops it: our guidelines do not annotate it.
/// </summary>
internal static class TagSet
{
    public static readonly string[] Default = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    private static readonly bool[,] Allowed = BuildAllowed();

    /// <summary><see cref="IsAllowed"/> on indices into <see cref="Default"/>; -1 stands for the start of the sentence (as after O).</summary>
    public static bool IsAllowedIndex(int previous, int tag) => Allowed[previous + 1, tag];

    /// <summary>IOB2 allows "I-X" only after "B-X" or "I-X".</summary>
    public static bool IsAllowed(string previous, string tag) =>
        !tag.StartsWith("I-", StringComparison.Ordinal)
        || (previous.Length > 2 && previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)));

    /// <summary>The entity type of a tag ("B-PER" → "PER"), or null for "O".</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;

    private static bool[,] BuildAllowed()
    {
        var allowed = new bool[Default.Length + 1, Default.Length];
        for (var p = -1; p < Default.Length; p++)
        {
            for (var t = 0; t < Default.Length; t++)
            {
                allowed[p + 1, t] = IsAllowed(p < 0 ? "O" : Default[p], Default[t]);
            }
        }

        return allowed;
    }
}
