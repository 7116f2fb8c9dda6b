namespace Provenance.Entities.Tagging;

/// <summary>
/// What the whole document says about a word, for features that look beyond the sentence: whether the word
/// is written capitalised inside a sentence elsewhere (so a headline's "JAPAN" or a sentence-initial "Stone"
/// is a name) or in lower case (so it is a common word), and which entity type the tagger gave it earlier in
/// the document. One instance serves one document and one decoding pass; it is not thread-safe.
/// </summary>
internal sealed class DocumentContext
{
    private const byte CapitalizedInside = 1;
    private const byte LowerCase = 2;

    private readonly Dictionary<string, byte> _forms = new(StringComparer.Ordinal);
    private const int MaxContexts = 8;

    private readonly Dictionary<string, int[]> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Contexts> _contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _aggregateRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float[]?> _aggregateScores = new(StringComparer.Ordinal);

    private readonly WordRowCache? _cache;

    public DocumentContext(IEnumerable<IReadOnlyList<string>> sentences, Gazetteers? gazetteers = null, WordRowCache? cache = null)
    {
        _cache = cache;
        foreach (var words in sentences)
        {
            if (gazetteers is not null)
            {
                CollectContexts(words, gazetteers);
            }

            var headline = SentenceView.IsHeadline(words);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (!WordForms.HasLetter(word))
                {
                    continue;
                }

                var key = Normalize(word);
                _forms.TryGetValue(key, out var flags);
                if (char.IsLower(word[0]))
                {
                    flags |= LowerCase;
                }
                else if (i > 0 && !headline && char.IsUpper(word[0]) && !WordForms.IsAllCaps(word))
                {
                    flags |= CapitalizedInside;
                }

                _forms[key] = flags;
            }
        }
    }

    /// <summary>Words seen before and after the capitalised word anywhere in the document, and cue flags; null when none was collected.</summary>
    public Contexts? ContextsOf(string normalized) => _contexts.GetValueOrDefault(normalized);

    /// <summary>The weight rows of the word's context-aggregation features, computed once per document (they are the same at each occurrence).</summary>
    public int[] AggregateRows(string normalized, EntityFeatureExtractor features, PerceptronWeights weights)
    {
        if (!_aggregateRows.TryGetValue(normalized, out var rows))
        {
            var hashes = new List<uint>();
            EntityFeatureExtractor.AddAggregateFeatures(hashes, normalized, this);
            rows = hashes.Count == 0 ? [] : weights.RowsOf(hashes);
            _aggregateRows[normalized] = rows;
        }

        return rows;
    }

    /// <summary>The summed weights per tag of the word's context-aggregation features, once per document; null when it has none.</summary>
    public float[]? AggregateScores(string normalized, PerceptronWeights weights)
    {
        if (!_aggregateScores.TryGetValue(normalized, out var scores))
        {
            var hashes = new List<uint>();
            EntityFeatureExtractor.AddAggregateFeatures(hashes, normalized, this);
            if (hashes.Count > 0)
            {
                scores = new float[weights.TagCount];
                foreach (var row in weights.RowsOf(hashes))
                {
                    weights.AddRow(row, scores);
                }
            }

            _aggregateScores[normalized] = scores;
        }

        return scores;
    }

    /// <summary>"C", "L", "CL" or "-": how the word is written elsewhere in the document.</summary>
    public string FormsOf(string normalized) =>
        _forms.TryGetValue(normalized, out var flags)
            ? flags switch { CapitalizedInside => "C", LowerCase => "L", CapitalizedInside | LowerCase => "CL", _ => "-" }
            : "-";

    /// <summary>The entity type (index into the type list of <see cref="Record"/>) most often given to the word earlier, or -1.</summary>
    public int HistoryOf(string normalized)
    {
        if (!_history.TryGetValue(normalized, out var counts))
        {
            return -1;
        }

        var best = -1;
        for (var t = 0; t < counts.Length; t++)
        {
            if (counts[t] > 0 && (best < 0 || counts[t] > counts[best]))
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>Remembers the entity type (0 = none) the tagger gave a capitalised word.</summary>
    public void Record(string normalized, int type, int typeCount)
    {
        if (!_history.TryGetValue(normalized, out var counts))
        {
            counts = new int[typeCount];
            _history[normalized] = counts;
        }

        counts[type]++;
    }

    private void CollectContexts(IReadOnlyList<string> words, Gazetteers gazetteers)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0 || !char.IsUpper(word[0]) || !WordForms.HasLetter(word))
            {
                continue;
            }

            var key = Normalize(word);
            if (!_contexts.TryGetValue(key, out var contexts))
            {
                contexts = new Contexts();
                _contexts[key] = contexts;
            }

            if (i > 0 && contexts.Before.Count < MaxContexts)
            {
                contexts.Before.Add(Normalize(words[i - 1]));
            }

            if (i + 1 < words.Count && contexts.After.Count < MaxContexts)
            {
                contexts.After.Add(Normalize(words[i + 1]));
            }

            contexts.AfterTitle |= i > 0 && gazetteers.Titles.Contains(words[i - 1]);
            contexts.BeforeSpeechVerb |= (i + 1 < words.Count && gazetteers.SpeechVerbs.Contains(words[i + 1]))
                || (i + 2 < words.Count && gazetteers.SpeechVerbs.Contains(words[i + 2]));
            contexts.BeforeOrgWord |= i + 1 < words.Count && gazetteers.OrgWords.Contains(words[i + 1]);
        }
    }

    // The tagger's cache hands out one shared normalised string per word type instead of a new one per token.
    private string Normalize(string word) => _cache?.FormsOf(word).Normalized ?? WordForms.Normalize(word);

    /// <summary>The contexts of one capitalised word across the document.</summary>
    internal sealed class Contexts
    {
        public HashSet<string> Before { get; } = new(StringComparer.Ordinal);

        public HashSet<string> After { get; } = new(StringComparer.Ordinal);

        public bool AfterTitle { get; set; }

        public bool BeforeSpeechVerb { get; set; }

        public bool BeforeOrgWord { get; set; }
    }
}
