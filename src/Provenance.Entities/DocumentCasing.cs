namespace Provenance.Entities;

/// <summary>
/// How words are capitalised across one document, for rules that distrust capitals where they carry no
/// information: headlines in capitals and title-case headings ("Ethnic Strife Resurgent in Russia"). A word
/// is a confirmed name when it is written capitalised inside an ordinary sentence (not at its start), and a
/// common word when it is written in lower case somewhere.
/// </summary>
internal sealed class DocumentCasing
{
    private const int MinTitleWords = 3;

    private readonly bool[] _titleLike;
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lower = new(StringComparer.Ordinal);

    public DocumentCasing(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        _titleLike = sentences.Select(IsTitleLike).ToArray();
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (word.Length == 0 || !char.IsLetter(word[0]))
                {
                    continue;
                }

                if (char.IsLower(word[0]))
                {
                    _lower.Add(WordForms.Normalize(word));
                }
                else if (i > 0 && !_titleLike[s] && !IsAfterOpeningPunctuation(words, i))
                {
                    _confirmed.Add(WordForms.Normalize(word));
                }
            }
        }
    }

    /// <summary>Whether sentence <paramref name="sentence"/> is a headline in capitals or a title-case heading.</summary>
    public bool IsTitleLikeSentence(int sentence) => _titleLike[sentence];

    public bool IsConfirmedName(string word) => _confirmed.Contains(WordForms.Normalize(word));

    public bool IsCommonWord(string word) => _lower.Contains(WordForms.Normalize(word));

    /// <summary>Most words of four letters or more capitalised, at least three of them, or a headline in capitals.</summary>
    public static bool IsTitleLike(IReadOnlyList<string> words)
    {
        if (Tagging.SentenceView.IsHeadline(words))
        {
            return true;
        }

        var longWords = 0;
        var capitalised = 0;
        foreach (var word in words)
        {
            if (word.Length >= 4 && char.IsLetter(word[0]))
            {
                longWords++;
                if (char.IsUpper(word[0]))
                {
                    capitalised++;
                }
            }
        }

        return capitalised >= MinTitleWords && capitalised * 10 >= longWords * 8;
    }

    // After an opening quote or a colon a capital may start a quoted sentence: "he said: “Time is short”".
    private static bool IsAfterOpeningPunctuation(IReadOnlyList<string> words, int i) =>
        words[i - 1] is "“" or "\"" or ":" or "(" or "‘" or "'" or "—" or "-" or "«";
}
