namespace Provenance.Entities.Tagging;

/// <summary>The per-token forms of one sentence that features read, computed once per sentence.</summary>
internal sealed class SentenceView
{
    public SentenceView(IReadOnlyList<string> words, WordRowCache? cache = null)
    {
        Words = words;
        Normalized = new string[words.Count];
        Shapes = new string[words.Count];
        Entries = cache is null ? null : new WordRowCache.Entry[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            // The tagger's cache hands out one shared string per word type; the trainer computes them.
            if (Entries is not null)
            {
                var entry = cache!.Get(words[i]);
                Entries[i] = entry;
                (Normalized[i], Shapes[i]) = (entry.Normalized, entry.Shape);
            }
            else
            {
                (Normalized[i], Shapes[i]) = (WordForms.Normalize(words[i]), WordForms.ShortShape(words[i]));
            }
        }

        Headline = IsHeadline(words);
    }

    public IReadOnlyList<string> Words { get; }

    public string[] Normalized { get; }

    public string[] Shapes { get; }

    /// <summary>The tagger's cache entry of each word (null on the trainer's path): one cache lookup per token.</summary>
    public WordRowCache.Entry[]? Entries { get; }

    /// <summary>Most words of two letters or more are all capitals ("SOCCER - JAPAN GET LUCKY WIN").</summary>
    public bool Headline { get; }

    public int Count => Words.Count;

    private int[]? _middleClusters;

    /// <summary>The middle-level cluster id of token j (0xFFFE before or after the sentence, 0xFFFF for unknown words), looked up once per sentence.</summary>
    public int MiddleCluster(int j, WordClusters clusters)
    {
        if (j < 0 || j >= Count)
        {
            return 0xFFFE;
        }

        if (_middleClusters is null)
        {
            _middleClusters = new int[Count];
            for (var k = 0; k < Count; k++)
            {
                _middleClusters[k] = clusters.Find(Words[k]) is { Length: > 0 } ids ? ids[Math.Min(1, ids.Length - 1)] : 0xFFFF;
            }
        }

        return _middleClusters[j];
    }

    public static bool IsHeadline(IReadOnlyList<string> words)
    {
        var letters = 0;
        var caps = 0;
        foreach (var word in words)
        {
            if (word.Length >= 2 && WordForms.HasLetter(word))
            {
                letters++;
                if (WordForms.IsAllCaps(word))
                {
                    caps++;
                }
            }
        }

        return letters >= 2 && caps * 10 >= letters * 7;
    }
}
