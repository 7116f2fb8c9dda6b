using System.IO.Compression;
using System.Text;
using Provenance.Entities.Tagging;

namespace Provenance.Entities;

/// <summary>
/// The trained sequence tagger: an averaged perceptron over hashed features (see
/// <c>Tagging/EntityFeatureExtractor</c>), decoded greedily left to right with IOB2 constraints. It tags
/// tokenised sentences of one document with CoNLL tags ("B-PER", "I-ORG", "B-LOC", "B-MISC", "O").
/// <para>
/// The model file is gzip-compressed binary: the magic "PVENTITY", the format version, the feature
/// version, a description, the tag names, then for each feature its 32-bit hash, a bit mask of the tags with
/// a non-zero weight and those weights as half-precision floats. It holds no text of the training data.
/// </para>
/// Immutable and thread-safe: tagging allocates its own per-document state.
/// </summary>
public sealed class EntityTagger
{
    /// <summary>The name of the model resource embedded in this assembly.</summary>
    public const string EmbeddedModelName = "Provenance.Entities.Models.entities.bin";

    private const string Magic = "PVENTITY";
    private const int FormatVersion = 2;

    private static readonly Lazy<(EntityTagger? Tagger, string? Error)> LazyDefault = new(LoadEmbedded);

    private readonly PerceptronWeights _weights;
    private readonly string[] _tags;
    private readonly EntityFeatureExtractor _features;
    private readonly Gazetteers _gazetteers;
    private readonly WordRowCache _cache;
    private readonly ViterbiDecoder.Transitions? _transitions;

    internal EntityTagger(PerceptronWeights weights, string[] tags, string description, Gazetteers gazetteers, WordClusters clusters, bool viterbi)
    {
        UsesViterbi = viterbi;
        _transitions = viterbi ? new ViterbiDecoder.Transitions(weights) : null;
        _weights = weights;
        _tags = tags;
        _features = new EntityFeatureExtractor(gazetteers, clusters);
        _gazetteers = gazetteers;
        _cache = new WordRowCache(_features, weights, keepRows: !viterbi);
        Clusters = clusters;
        Description = description;
    }

    /// <summary>True when the model decodes with second-order Viterbi search (as it was trained), false for greedy left-to-right decoding.</summary>
    public bool UsesViterbi { get; }

    /// <summary>The word clusters the model was trained with (<see cref="WordClusters.Empty"/> for a model without cluster features).</summary>
    public WordClusters Clusters { get; }

    /// <summary>Approximate bytes the model takes in memory: weights, lookup table, and the clusters' dictionary (the word cache grows on top, bounded).</summary>
    public long MemoryBytes => _weights.MemoryBytes + (Clusters.WordCount * (64L + (Clusters.Levels * 4L)));

    /// <summary>What the model was trained on and how (written by the trainer).</summary>
    public string Description { get; }

    public IReadOnlyList<string> Tags => _tags;

    /// <summary>Features with at least one non-zero weight.</summary>
    public int FeatureCount => _weights.RowCount;

    internal PerceptronWeights Weights => _weights;

    /// <summary>Loads the model embedded in this assembly, once; false with a message when it is missing or unreadable.</summary>
    public static bool TryLoadDefault(out EntityTagger tagger, out string? error)
    {
        (var loaded, error) = LazyDefault.Value;
        tagger = loaded!;
        return loaded is not null;
    }

    /// <summary>
    /// Reads a model written by <see cref="Save"/>, with the word clusters embedded in this assembly (or none,
    /// for a model trained without clusters); false with a message when the stream is not one.
    /// </summary>
    public static bool TryLoad(Stream stream, out EntityTagger tagger, out string? error) => TryLoadCore(stream, null, out tagger, out error);

    /// <summary>
    /// Reads a model written by <see cref="Save"/> with the word clusters it was trained with; false with a
    /// message when the stream is not a model or the clusters are not the model's.
    /// </summary>
    public static bool TryLoad(Stream stream, WordClusters clusters, out EntityTagger tagger, out string? error)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        return TryLoadCore(stream, clusters, out tagger, out error);
    }

    private static bool TryLoadCore(Stream stream, WordClusters? clusters, out EntityTagger tagger, out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        tagger = null!;
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
            if (magic != Magic)
            {
                error = "not an entity model (wrong magic bytes)";
                return false;
            }

            var format = reader.ReadInt32();
            var featureVersion = reader.ReadInt32();
            if (format != FormatVersion || featureVersion != EntityFeatureExtractor.Version)
            {
                error = $"model format {format} with features version {featureVersion}; this build reads format {FormatVersion} with features version {EntityFeatureExtractor.Version}: retrain with `provenance train entities`";
                return false;
            }

            var description = reader.ReadString();
            var fingerprint = reader.ReadUInt64();
            if (clusters is null)
            {
                WordClusters.TryLoadDefault(out var embedded, out _);
                clusters = fingerprint == 0 ? WordClusters.Empty : embedded;
            }

            if (fingerprint != clusters.Fingerprint)
            {
                error = $"the model was trained with word clusters {fingerprint:x16}, but the clusters given are {clusters.Fingerprint:x16}: ship the model with its own cluster file ({WordClusters.EmbeddedName}) or retrain";
                return false;
            }

            var viterbi = reader.ReadByte() == 1;

            var tags = new string[reader.ReadInt32()];
            for (var t = 0; t < tags.Length; t++)
            {
                tags[t] = reader.ReadString();
            }

            if (!tags.SequenceEqual(TagSet.Default))
            {
                error = $"the model's tags ({string.Join(' ', tags)}) are not the ones this build decodes";
                return false;
            }

            var rowCount = reader.ReadInt32();
            var rows = new Dictionary<uint, int>(rowCount);
            var values = new float[rowCount * tags.Length];
            for (var r = 0; r < rowCount; r++)
            {
                var hash = reader.ReadUInt32();
                var mask = reader.ReadUInt16();
                rows.Add(hash, r);
                for (var t = 0; t < tags.Length; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        values[(r * tags.Length) + t] = (float)reader.ReadHalf();
                    }
                }
            }

            tagger = new EntityTagger(new PerceptronWeights(rows, values, tags.Length), tags, description, Gazetteers.Default, clusters, viterbi);
            error = null;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException or ArgumentException)
        {
            error = $"unreadable entity model: {e.Message}";
            return false;
        }
    }

    /// <summary>Writes the model (see the class comment for the format); the same weights always give the same bytes.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(EntityFeatureExtractor.Version);
        writer.Write(Description);
        writer.Write(Clusters.Fingerprint);
        writer.Write((byte)(UsesViterbi ? 1 : 0));
        writer.Write(_tags.Length);
        foreach (var tag in _tags)
        {
            writer.Write(tag);
        }

        var tagCount = _tags.Length;
        var kept = new List<(uint Hash, int Row, ushort Mask)>();
        foreach (var (hash, row) in _weights.Rows)
        {
            ushort mask = 0;
            for (var t = 0; t < tagCount; t++)
            {
                // Weights that round to zero in half precision carry nothing.
                if ((Half)_weights.Values[(row * tagCount) + t] != Half.Zero)
                {
                    mask |= (ushort)(1 << t);
                }
            }

            if (mask != 0)
            {
                kept.Add((hash, row, mask));
            }
        }

        kept.Sort((a, b) => a.Hash.CompareTo(b.Hash));
        writer.Write(kept.Count);
        foreach (var (hash, row, mask) in kept)
        {
            writer.Write(hash);
            writer.Write(mask);
            for (var t = 0; t < tagCount; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    writer.Write((Half)_weights.Values[(row * tagCount) + t]);
                }
            }
        }
    }

    /// <summary>
    /// Tags the sentences of one document (each a list of token texts) with CoNLL IOB2 tags. The sentences
    /// must be in document order: features look at how words are written elsewhere in the document and at
    /// the tags given to them earlier.
    /// </summary>
    public IReadOnlyList<string[]> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var document = new DocumentContext(sentences, _gazetteers, _cache);
        var result = new List<string[]>(sentences.Count);
        var rows = new List<int>(1024);
        foreach (var words in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var indices = TagIndices(words, document, rows);
            var tags = new string[indices.Length];
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = _tags[indices[i]];
            }

            result.Add(tags);
        }

        return result;
    }

    internal int[] TagIndices(IReadOnlyList<string> words, DocumentContext document, List<int>? rowBuffer = null)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var sentence = new SentenceView(words, _cache);
        if (_transitions is not null)
        {
            var scores = System.Buffers.ArrayPool<float>.Shared.Rent(words.Count * _tags.Length);
            try
            {
                _features.StaticScores(sentence, document, _weights, _cache, scores, new List<uint>(32));
                return ViterbiDecoder.Decode(sentence, scores, _cache, _transitions, document, _tags.Length);
            }
            finally
            {
                System.Buffers.ArrayPool<float>.Shared.Return(scores);
            }
        }

        var rows = rowBuffer ?? new List<int>(1024);
        var starts = new int[words.Count + 1];
        _features.StaticRows(sentence, document, _weights, _cache, rows, starts);
        return GreedyDecoder.Decode(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rows), starts, _weights, _tags, document);
    }

    /// <summary>Maps per-token feature hashes to flat weight rows (token i's rows are <c>rows[starts[i]..starts[i + 1]]</c>).</summary>
    internal static (int[] Rows, int[] Starts) ToRows(uint[][] features, PerceptronWeights weights)
    {
        var starts = new int[features.Length + 1];
        var buffer = new List<int>(features.Length * 64);
        for (var i = 0; i < features.Length; i++)
        {
            starts[i] = buffer.Count;
            foreach (var feature in features[i])
            {
                var row = weights.RowOf(feature);
                if (row >= 0)
                {
                    buffer.Add(row);
                }
            }
        }

        starts[features.Length] = buffer.Count;
        return (buffer.ToArray(), starts);
    }

    private static (EntityTagger?, string?) LoadEmbedded()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(EmbeddedModelName);
        if (stream is null)
        {
            return (null, $"the entity model '{EmbeddedModelName}' is not embedded in this build; train it with `provenance train entities` into src/Provenance.Entities/Models/entities.bin and rebuild");
        }

        return TryLoadCore(stream, null, out var tagger, out var error) ? (tagger, null) : (null, error);
    }
}
