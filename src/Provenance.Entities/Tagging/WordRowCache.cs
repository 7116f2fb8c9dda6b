using System.Collections.Concurrent;

namespace Provenance.Entities.Tagging;

/// <summary>
/// Everything the tagger derives from a word type alone, computed the first time the word is seen and then
/// shared by every token and document: its normalised form and shape, the weight rows of its word features
/// (<see cref="EntityFeatureExtractor.AddWordFeatures"/>) at each slot, and the rows of its previous-tag
/// features for each previous tag. Most of a token's features then cost one cache hit instead of some fifty
/// hashes and table lookups, and tagging allocates no strings per token. The cache belongs to one tagger
/// (rows index its weights), is thread-safe, and stops growing at <see cref="MaxWords"/> words (later words
/// are computed each time, never stored), so memory stays bounded on endless input.
/// </summary>
internal sealed class WordRowCache
{
    public const int MaxWords = 200_000;

    private readonly ConcurrentDictionary<string, Entry> _words = new(StringComparer.Ordinal);
    private readonly EntityFeatureExtractor _features;
    private readonly PerceptronWeights _weights;
    private readonly int[][] _boundary;

    public WordRowCache(EntityFeatureExtractor features, PerceptronWeights weights)
    {
        _features = features;
        _weights = weights;
        _boundary = new int[EntityFeatureExtractor.Slots][];
        var hashes = new List<uint>();
        for (var slot = 0; slot < _boundary.Length; slot++)
        {
            hashes.Clear();
            EntityFeatureExtractor.AddBoundaryFeatures(hashes, slot);
            _boundary[slot] = weights.RowsOf(hashes);
        }
    }

    public int Count => _words.Count;

    public int[] BoundaryRows(int slot) => _boundary[slot];

    public int[] RowsOf(string word, int slot) => Get(word).Slots[slot];

    /// <summary>
    /// The rows of the word's previous-tag features ("t-1|w", "t-1|sh") for each previous tag (index
    /// previous + 1, so 0 is the sentence start), -1 where the feature has none.
    /// </summary>
    public (int[] Word, int[] Shape) PreviousTagRows(string word)
    {
        var entry = Get(word);
        return (entry.PreviousWord, entry.PreviousShape);
    }

    /// <summary>The word's <see cref="WordForms.Normalize(string)"/> and <see cref="WordForms.ShortShape"/>, shared strings.</summary>
    public (string Normalized, string Shape) FormsOf(string word)
    {
        var entry = Get(word);
        return (entry.Normalized, entry.Shape);
    }

    private Entry Get(string word)
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
        var previousWord = new int[tagCount + 1];
        var previousShape = new int[tagCount + 1];
        for (var previous = -1; previous < tagCount; previous++)
        {
            previousWord[previous + 1] = _weights.RowOf(EntityFeatureExtractor.PreviousTagWordFeature(context, previous));
            previousShape[previous + 1] = _weights.RowOf(EntityFeatureExtractor.PreviousTagShapeFeature(context, previous));
        }

        return new Entry(slots, previousWord, previousShape, normalized, shape);
    }

    private sealed record Entry(int[][] Slots, int[] PreviousWord, int[] PreviousShape, string Normalized, string Shape);
}
