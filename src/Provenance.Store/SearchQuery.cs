using System.Text;

namespace Provenance.Store;

/// <summary>
/// A user's search parsed into words and "quoted phrases", so that each store renders it in its own
/// full-text syntax without ever passing user text through as syntax.
/// <list type="bullet">
/// <item>Words are separated by white space or control characters; a <c>"</c> opens a phrase that runs to the
/// next <c>"</c> (or to the end when it is never closed).</item>
/// <item>A word ending in <c>*</c> is a prefix (<c>sanction*</c>); elsewhere <c>*</c> is an ordinary character.</item>
/// <item>Terms without a letter or digit (<c>*</c>, <c>(</c>, <c>--</c>) are dropped: full-text tokenizers
/// ignore such characters, so the term could never match and would only confuse the engine.</item>
/// <item>There are no operators: <c>AND</c>, <c>OR</c>, <c>NOT</c>, <c>NEAR</c> are words to look for.</item>
/// </list>
/// Every term must occur in a matching document.
/// </summary>
public sealed record SearchQuery
{
    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>True when nothing searchable is left: such a query matches no document.</summary>
    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? query)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrEmpty(query))
        {
            return new SearchQuery(terms);
        }

        var i = 0;
        while (i < query.Length)
        {
            if (IsSeparator(query[i]))
            {
                i++;
                continue;
            }

            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                var end = close < 0 ? query.Length : close;
                AddPhrase(terms, query[(i + 1)..end]);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < query.Length && !IsSeparator(query[i]) && query[i] != '"')
            {
                i++;
            }

            AddWord(terms, query[start..i]);
        }

        return new SearchQuery(terms);
    }

    public override string ToString() =>
        string.Join(' ', Terms.Select(t => t.IsPhrase ? $"\"{t.Text}\"" : t.IsPrefix ? t.Text + "*" : t.Text));

    private static void AddWord(List<SearchTerm> terms, string word)
    {
        var prefix = word.Length > 1 && word[^1] == '*';
        var text = prefix ? word.TrimEnd('*') : word;
        if (HasLetterOrDigit(text))
        {
            terms.Add(new SearchTerm(text, IsPhrase: false, IsPrefix: prefix));
        }
    }

    private static void AddPhrase(List<SearchTerm> terms, string phrase)
    {
        // Fold inner runs of white space and control characters to one space: the phrase is a sequence of words.
        var folded = new StringBuilder(phrase.Length);
        foreach (var c in phrase)
        {
            if (!IsSeparator(c))
            {
                folded.Append(c);
            }
            else if (folded.Length > 0 && folded[^1] != ' ')
            {
                folded.Append(' ');
            }
        }

        var text = folded.ToString().TrimEnd();
        if (HasLetterOrDigit(text))
        {
            terms.Add(new SearchTerm(text, IsPhrase: true));
        }
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static bool HasLetterOrDigit(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            // The string overloads read a surrogate pair as one code point, so astral letters count.
            if (char.IsLetter(text, i) || char.IsNumber(text, i))
            {
                return true;
            }
        }

        return false;
    }
}
