namespace Provenance.Quotes;

/// <summary>
/// Finds candidate names without an entity layer: runs of capitalised words on one line ("Kirill Dmitriev",
/// "Institute for the Study of War", "Hamish de Bretton-Gordon"), joined by lower-case particles and
/// connectors only when a capitalised word follows. A leading function word that is capitalised only because
/// it starts a sentence ("The", "According", "Meanwhile") is dropped; a possessive ends the run and is left
/// out ("Ukraine’s"). Not handled: all-lower-case names, names broken over a line, and telling a person from
/// a place (callers decide with <see cref="NameCatalog"/>).
/// </summary>
internal static class CapitalisedNameFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "the", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "di", "del", "dos", "y", "and",
    };

    public static readonly HashSet<string> LeadingFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "according", "but", "and", "however", "meanwhile", "when", "if", "as",
        "after", "before", "while", "still", "even", "this", "that", "these", "those", "it", "he", "she", "they",
        "we", "i", "his", "her", "their", "its", "our", "earlier", "later", "for", "with", "by", "from", "to",
        "why", "what", "here", "there", "some", "many", "both", "no", "yes", "so", "then", "now", "yet", "also",
        "since", "because", "although", "though", "speaking", "citing", "asked", "during", "under", "over",
        "instead", "unlike", "like", "until", "meanwhile", "moreover", "furthermore", "indeed", "perhaps",
        "all", "every", "each", "any", "more", "most", "one", "two", "three", "last", "next", "this", "recall",
        "behind", "zoom", "what's", "who", "how", "where", "read", "see", "watch", "via", "image", "photo",
    };

    public static List<NameMention> Find(string text, TextWord[] words)
    {
        var mentions = new List<NameMention>();
        var i = 0;
        while (i < words.Length)
        {
            if (!IsNameWord(text, words[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var last = i;
            var j = i + 1;
            while (j < words.Length && !EndsWithPossessive(text, words[last]) && SameLineGap(text, words[j - 1], words[j]))
            {
                if (IsNameWord(text, words[j]))
                {
                    last = j;
                    j++;
                    continue;
                }

                // "of", "van der": connectors join only when a capitalised word follows them.
                var next = j;
                while (next < words.Length && next - j < 2 && Connectors.Contains(words[next].TextIn(text))
                    && next + 1 < words.Length && SameLineGap(text, words[next], words[next + 1]))
                {
                    next++;
                }

                if (next > j && next < words.Length && IsNameWord(text, words[next]))
                {
                    j = next;
                    continue;
                }

                break;
            }

            while (first <= last && LeadingFunctionWords.Contains(words[first].TextIn(text)))
            {
                first++;
            }

            while (first <= last && Connectors.Contains(words[first].TextIn(text)))
            {
                first++;
            }

            if (first <= last)
            {
                var start = words[first].Start;
                var end = PossessiveStrippedEnd(text, words[last]);
                mentions.Add(new NameMention(start, end, text[start..end]));
            }

            i = Math.Max(j, i + 1);
        }

        return mentions;
    }

    private static bool IsNameWord(string text, TextWord word) =>
        char.IsUpper(text[word.Start]) && char.IsLetter(text[word.Start]);

    private static bool SameLineGap(string text, TextWord left, TextWord right) =>
        right.Start - left.End == 1 && text[left.End] == ' ';

    private static bool EndsWithPossessive(string text, TextWord word) =>
        word.Length > 2 && (text[word.End - 2] is '’' or '\'') && text[word.End - 1] is 's' or 'S';

    public static int PossessiveStrippedEnd(string text, TextWord word) =>
        EndsWithPossessive(text, word) ? word.End - 2 : word.End;
}
