using System.Collections.Concurrent;

namespace Provenance.Entities.Tagging;

/// <summary>
/// The weight rows of each word type's word features (<see cref="EntityFeatureExtractor.AddWordFeatures"/>),
/// one array per slot, computed the first time the word is seen and then shared by every token and document:
/// most of a token's features cost one cache hit instead of some forty hashes and table lookups. The cache
/// belongs to one tagger (rows index its weights), is thread-safe, and stops growing at
/// <see cref="MaxWords"/> words (later words are computed each time, never stored), so memory stays bounded
/// on endless input.
/// </summary>
internal sealed class WordRowCache
{
    public const int MaxWords = 200_000;

    private readonly ConcurrentDictionary<string, int[][]> _words = new(StringComparer.Ordinal);
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

    public int[] RowsOf(string word, int slot)
    {
        if (!_words.TryGetValue(word, out var slots))
        {
            slots = Compute(word);
            if (_words.Count < MaxWords)
            {
                _words.TryAdd(word, slots);
            }
        }

        return slots[slot];
    }

    private int[][] Compute(string word)
    {
        var slots = new int[EntityFeatureExtractor.Slots][];
        var hashes = new List<uint>(32);
        for (var slot = 0; slot < slots.Length; slot++)
        {
            hashes.Clear();
            _features.AddWordFeatures(hashes, word, slot);
            slots[slot] = _weights.RowsOf(hashes);
        }

        return slots;
    }
}
