using System.Collections.Frozen;

namespace Provenance.Segmentation;

/// <summary>
/// Closed word lists the sentence splitter consults after an ambiguous period or a quoted question.
/// Matching is ordinal: the words are written as they appear in running text.
/// </summary>
internal static class SentenceCueWords
{
    /// <summary>
    /// Capitalised words that, after "U.S." or "Inc.", almost surely begin a new sentence rather than
    /// continue a name ("the U.S. The talks" against "the U.S. Congress").
    /// </summary>
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "For",
        "From", "With", "By", "To", "If", "When", "While", "After", "Before", "As", "Although", "Though", "Because",
        "Since", "A", "An", "What", "Why", "How", "Who", "Where", "Which", "Meanwhile", "However", "Still", "Also",
        "Now", "Then", "Thus", "Instead", "Moreover", "Indeed", "Yes", "Some", "Many", "Most", "All", "Both", "Each",
        "Such", "Another", "Other", "Officials", "According", "Asked", "Last", "Next", "Earlier", "Later", "THE");

    /// <summary>Lower-case speech verbs that follow a quoted question: '"Why now?" Witkoff asked.'</summary>
    private static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied", "replies",
        "continued", "insisted", "shouted", "exclaimed", "wondered", "tweeted", "posted", "noted", "stated",
        "declared", "argued", "remarked", "responded", "quipped", "warned", "cried", "demanded", "joked");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup =
        SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbLookup.Contains(word);
}
