using System.Collections.Concurrent;

namespace Provenance.Entities.Tagging;

/// <summary>
/// Everything the tagger derives from a word type alone, computed the first time the word is seen and then
/// shared by every token and document: its normalised form and shape, the weight rows of its word features
/// (<see cref="EntityFeatureExtractor.AddWordFeatures"/>) at each slot and their summed weights, and the summed
/// weights of its previous-tag features for each previous tag. Summing once is exact because a token's score
/// is a sum of feature weights; the Viterbi search then only adds a few vectors per token. Most of a token's features then cost one cache hit instead of some fifty
/// hashes and table lookups, and tagging allocates no strings per token. The cache belongs to one tagger
/// (rows index its weights), is thread-safe, and stops growing at <see cref="MaxWords"/> words (later words
/// are computed each time, never stored), so memory stays bounded on endless input.
/// </summary>
internal sealed class WordRowCache
{
    /// <summary>About 0.6 KB per word (with the rows of the greedy path, about 1 KB), so at most some 30–50 MB.</summary>
    public const int MaxWords = 50_000;

    private readonly ConcurrentDictionary<string, Entry> _words = new(StringComparer.Ordinal);
    private readonly EntityFeatureExtractor _features;
    private readonly PerceptronWeights _weights;
    private readonly int[][] _boundary;
    private readonly float[][] _boundaryScores;
    private readonly bool _keepRows;

    /// <param name="features">The extractor of the tagger's features.</param>
    /// <param name="weights">The tagger's weights (fixed: the cache sums them once).</param>
    /// <param name="keepRows">Keep each word's feature rows, which only the greedy decoder reads; the Viterbi path needs only the sums.</param>
    public WordRowCache(EntityFeatureExtractor features, PerceptronWeights weights, bool keepRows)
    {
        _features = features;
        _weights = weights;
        _keepRows = keepRows;
        _boundary = new int[EntityFeatureExtractor.Slots][];
        var hashes = new List<uint>();
        for (var slot = 0; slot < _boundary.Length; slot++)
        {
            hashes.Clear();
            EntityFeatureExtractor.AddBoundaryFeatures(hashes, slot);
            _boundary[slot] = weights.RowsOf(hashes);
        }

        _boundaryScores = _boundary.Select(Sum).ToArray();
    }

    public int Count => _words.Count;

    public int[] BoundaryRows(int slot) => _boundary[slot];

    /// <summary>The feature rows of the word at a slot; only for a cache made with keepRows.</summary>
    public int[] RowsOf(string word, int slot) =>
        Get(word).Slots?[slot] ?? throw new InvalidOperationException("This word cache keeps only summed scores (Viterbi tagging).");

    /// <summary>The summed weights (one per tag) of the word features at a slot: what they add to a token's scores.</summary>
    public float[] SlotScores(string word, int slot) => Get(word).SlotScores[slot];

    public float[] BoundaryScores(int slot) => _boundaryScores[slot];

    /// <summary>
    /// For each previous tag (block previous + 1, so 0 is the sentence start), the summed weights per tag of the
    /// previous-tag features: the previous tag alone, with the word ("t-1|w") and with its shape ("t-1|sh").
    /// </summary>
    public float[] PreviousTagScores(string word) => Get(word).PreviousScores;

    /// <summary>The word's <see cref="WordForms.Normalize(string)"/> and <see cref="WordForms.ShortShape"/>, shared strings.</summary>
    public (string Normalized, string Shape) FormsOf(string word)
    {
        var entry = Get(word);
        return (entry.Normalized, entry.Shape);
    }

    /// <summary>The word's entry, computed on first sight; a sentence resolves its words once and then reads the entries.</summary>
    public Entry Get(string word)
    {
        if (!_words.TryGetValue(word, out var entry))
        {
            entry = Compute(word);
            if (_words.Count < MaxWords)
            {
                _words.TryAdd(word, entry);
            }
        }

        return entry;
    }

    private Entry Compute(string word)
    {
        var slots = new int[EntityFeatureExtractor.Slots][];
        var hashes = new List<uint>(32);
        for (var slot = 0; slot < slots.Length; slot++)
        {
            hashes.Clear();
            _features.AddWordFeatures(hashes, word, slot);
            slots[slot] = _weights.RowsOf(hashes);
        }

        var normalized = WordForms.Normalize(word);
        var shape = WordForms.ShortShape(word);
        var context = EntityFeatureExtractor.TagContext(normalized, shape);
        var tagCount = _weights.TagCount;
        var previousScores = new float[(tagCount + 1) * tagCount];
        for (var previous = -1; previous < tagCount; previous++)
        {
            var block = previousScores.AsSpan((previous + 1) * tagCount, tagCount);
            foreach (var feature in new[]
            {
                EntityFeatureExtractor.PreviousTagFeature(previous),
                EntityFeatureExtractor.PreviousTagWordFeature(context, previous),
                EntityFeatureExtractor.PreviousTagShapeFeature(context, previous),
            })
            {
                var row = _weights.RowOf(feature);
                if (row >= 0)
                {
                    _weights.AddRow(row, block);
                }
            }
        }

        return new Entry(_keepRows ? slots : null, slots.Select(Sum).ToArray(), previousScores, normalized, shape);
    }

    private float[] Sum(int[] rows)
    {
        var sum = new float[_weights.TagCount];
        foreach (var row in rows)
        {
            _weights.AddRow(row, sum);
        }

        return sum;
    }

    /// <summary>What the cache holds for one word type.</summary>
    internal sealed record Entry(int[][]? Slots, float[][] SlotScores, float[] PreviousScores, string Normalized, string Shape);
}
