using System.IO.Compression;
using System.Text;

namespace Provenance.Entities;

/// <summary>
/// Word clusters learned from unlabelled text (<see cref="Training.WordClusterer"/>): for each known word, one
/// cluster id per level (coarse to fine). The tagger uses them as features, so a name it never saw in
/// training ("Umerov") still shares features with names written in the same contexts. Words are keyed with
/// case kept and digits folded to 0; an unknown all-caps or sentence-initial form falls back to its
/// capitalised and lower-case forms.
/// <para>
/// File format (gzip-compressed UTF-8 text): comment lines starting with '#', then a line "levels 64 256 1024",
/// then one line per word "word TAB id TAB id …", sorted by word (ordinal). The file holds only words and
/// numbers. <see cref="Fingerprint"/> identifies the content, so a model refuses clusters it was not trained
/// with. Immutable and thread-safe.
/// </para>
/// </summary>
public sealed class WordClusters
{
    /// <summary>The name of the cluster resource embedded in this assembly.</summary>
    public const string EmbeddedName = "Provenance.Entities.Models.word-clusters.tsv.gz";

    private static readonly Lazy<(WordClusters? Clusters, string? Error)> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<string, int[]> _entries;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordClusters(IReadOnlyList<int> levelSizes, IReadOnlyDictionary<string, int[]> entries)
    {
        ArgumentNullException.ThrowIfNull(levelSizes);
        ArgumentNullException.ThrowIfNull(entries);
        var levels = levelSizes.ToArray();
        LevelSizes = levels;
        _entries = new Dictionary<string, int[]>(entries, StringComparer.Ordinal);
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Fingerprint = ComputeFingerprint(levels, _entries);
    }

    /// <summary>No clusters at all: the tagger then has no cluster features.</summary>
    public static WordClusters Empty { get; } = new([], new Dictionary<string, int[]>());

    /// <summary>Number of clusters of each level, coarse to fine.</summary>
    public IReadOnlyList<int> LevelSizes { get; }

    public int Levels => LevelSizes.Count;

    public int WordCount => _entries.Count;

    /// <summary>A 64-bit hash of levels, words and ids (0 for <see cref="Empty"/>).</summary>
    public ulong Fingerprint { get; }

    /// <summary>The clustering key of a word: the word with every digit written 0 (case kept).</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return !word.Any(char.IsDigit)
            ? word
            : string.Create(word.Length, word, static (span, w) =>
            {
                for (var i = 0; i < w.Length; i++)
                {
                    span[i] = char.IsDigit(w[i]) ? '0' : w[i];
                }
            });
    }

    /// <summary>The cluster ids of a word (one per level), trying the word, then its capitalised and lower-case forms; null when unknown.</summary>
    public int[]? Find(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_entries.Count == 0 || word.Length == 0)
        {
            return null;
        }

        var key = Key(word);
        if (_entries.TryGetValue(key, out var ids))
        {
            return ids;
        }

        if (key.Length > 64 || !key.Any(char.IsUpper))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            buffer[i] = i == 0 ? key[i] : char.ToLowerInvariant(key[i]);
        }

        if (_lookup.TryGetValue(buffer, out ids))
        {
            return ids;
        }

        buffer[0] = char.ToLowerInvariant(buffer[0]);
        return _lookup.TryGetValue(buffer, out ids) ? ids : null;
    }

    /// <summary>Loads the clusters embedded in this assembly, once; <see cref="Empty"/> with a message when absent or unreadable.</summary>
    public static bool TryLoadDefault(out WordClusters clusters, out string? error)
    {
        (var loaded, error) = LazyDefault.Value;
        clusters = loaded ?? Empty;
        return loaded is not null;
    }

    /// <summary>Reads a cluster file written by <see cref="Save"/>; false with a message when the stream is not one.</summary>
    public static bool TryLoad(Stream stream, out WordClusters clusters, out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        clusters = Empty;
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            int[]? levels = null;
            var entries = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                // Comments come only before the levels line: after it, a word may start with '#' (hashtags).
                if (line.Length == 0 || (levels is null && line[0] == '#'))
                {
                    continue;
                }

                var fields = line.Split('\t');
                if (levels is null)
                {
                    var head = line.Split(' ');
                    if (head[0] != "levels" || head.Length < 2)
                    {
                        error = $"line {number}: expected 'levels N N …' before the words";
                        return false;
                    }

                    levels = head.Skip(1).Select(int.Parse).ToArray();
                    continue;
                }

                if (fields.Length != levels.Length + 1)
                {
                    error = $"line {number}: expected a word and {levels.Length} cluster ids";
                    return false;
                }

                entries[fields[0]] = fields.Skip(1).Select(int.Parse).ToArray();
            }

            if (levels is null)
            {
                error = "no 'levels' line: not a word cluster file";
                return false;
            }

            clusters = new WordClusters(levels, entries);
            error = null;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or OverflowException)
        {
            error = $"unreadable word cluster file: {e.Message}";
            return false;
        }
    }

    /// <summary>Writes the clusters (see the class comment); the same clusters and comments always give the same bytes.</summary>
    public void Save(Stream stream, IEnumerable<string>? comments = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var comment in comments ?? [])
        {
            writer.WriteLine("# " + comment.ReplaceLineEndings(" "));
        }

        writer.WriteLine("levels " + string.Join(' ', LevelSizes));
        foreach (var (word, ids) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(word + "\t" + string.Join('\t', ids));
        }
    }

    private static ulong ComputeFingerprint(int[] levels, Dictionary<string, int[]> entries)
    {
        if (entries.Count == 0)
        {
            return 0;
        }

        var hash = 14695981039346656037UL;
        void Add(int value)
        {
            hash = (hash ^ (uint)value) * 1099511628211UL;
        }

        foreach (var level in levels)
        {
            Add(level);
        }

        foreach (var (word, ids) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var c in word)
            {
                Add(c);
            }

            Add(-1);
            foreach (var id in ids)
            {
                Add(id);
            }
        }

        return hash;
    }

    private static (WordClusters?, string?) LoadEmbedded()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(EmbeddedName);
        if (stream is null)
        {
            return (null, $"the word clusters '{EmbeddedName}' are not embedded in this build");
        }

        return TryLoad(stream, out var clusters, out var error) ? (clusters, null) : (null, error);
    }
}
