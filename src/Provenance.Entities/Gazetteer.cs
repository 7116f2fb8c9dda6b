namespace Provenance.Entities;

/// <summary>
/// A list of names, matched as whole token sequences, case-insensitively, longest match first. Names are
/// split on spaces, so "United States" matches the tokens "United" "States". Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private readonly HashSet<string> _phrases;
    private readonly HashSet<string> _firstWords;

    public Gazetteer(string name, IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        _phrases = new HashSet<string>(StringComparer.Ordinal);
        _firstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            _phrases.Add(Key(words));
            _firstWords.Add(WordForms.Normalize(words[0]));
            MaxWords = Math.Max(MaxWords, words.Length);
        }
    }

    public string Name { get; }

    /// <summary>The most words in one entry.</summary>
    public int MaxWords { get; }

    public int Count => _phrases.Count;

    /// <summary>Whether the single word (or space-separated phrase) is listed, ignoring case.</summary>
    public bool Contains(string phrase)
    {
        if (phrase.Contains(' '))
        {
            return _phrases.Contains(Key(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        // Single words are the hot case (the tagger asks for every token): normalise on the stack, look up by span.
        if (phrase.Length > 128)
        {
            return _phrases.Contains(WordForms.Normalize(phrase));
        }

        Span<char> normalized = stackalloc char[phrase.Length];
        WordForms.Normalize(phrase, normalized);
        return _phrases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized);
    }

    /// <summary><see cref="Contains"/> for a word whose <see cref="WordForms.Normalize"/> form the caller already has.</summary>
    internal bool ContainsNormalized(string word, string normalized) =>
        word.Contains(' ') ? Contains(word) : _phrases.Contains(normalized);

    /// <summary>
    /// Marks each token that a listed name covers: 'B' for the first token of a match, 'I' for the others,
    /// '\0' for none. Matches are found left to right, longest first, and do not overlap.
    /// </summary>
    public char[] Mark(IReadOnlyList<string> words) => MarkNormalized(words.Select(WordForms.Normalize).ToArray());

    /// <summary><see cref="Mark"/> for words already passed through <see cref="WordForms.Normalize"/> (the tagger has them).</summary>
    internal char[] MarkNormalized(string[] words)
    {
        var marks = new char[words.Length];
        var i = 0;
        while (i < words.Length)
        {
            var length = _firstWords.Contains(words[i]) ? LongestNormalizedMatchAt(words, i) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            marks[i] = 'B';
            for (var k = 1; k < length; k++)
            {
                marks[i + k] = 'I';
            }

            i += length;
        }

        return marks;
    }

    /// <summary>The number of tokens of the longest listed name starting at <paramref name="start"/>, or 0.</summary>
    public int LongestMatchAt(IReadOnlyList<string> words, int start)
    {
        for (var length = Math.Min(MaxWords, words.Count - start); length > 0; length--)
        {
            if (_phrases.Contains(Key(words, start, length)))
            {
                return length;
            }
        }

        return 0;
    }

    private int LongestNormalizedMatchAt(string[] words, int start)
    {
        for (var length = Math.Min(MaxWords, words.Length - start); length > 0; length--)
        {
            if (length == 1 ? _phrases.Contains(words[start]) : ContainsJoined(words, start, length))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether the words joined by spaces are listed; the key is built on the stack (this runs for every sentence).</summary>
    private bool ContainsJoined(string[] words, int start, int length)
    {
        var size = length - 1;
        for (var k = start; k < start + length; k++)
        {
            size += words[k].Length;
        }

        if (size > 256)
        {
            return _phrases.Contains(string.Join(' ', words, start, length));
        }

        Span<char> key = stackalloc char[size];
        var at = 0;
        for (var k = start; k < start + length; k++)
        {
            if (k > start)
            {
                key[at++] = ' ';
            }

            words[k].AsSpan().CopyTo(key[at..]);
            at += words[k].Length;
        }

        return _phrases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
    }

    private static string Key(IReadOnlyList<string> words, int start = 0, int length = -1)
    {
        if (length < 0)
        {
            length = words.Count;
        }

        return length == 1
            ? WordForms.Normalize(words[start])
            : string.Join(' ', Enumerable.Range(start, length).Select(k => WordForms.Normalize(words[k])));
    }
}
