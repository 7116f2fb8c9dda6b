using System.Diagnostics;

namespace Provenance.Entities.Training;

/// <summary>
/// Learns word clusters from unlabelled tokenised text with the exchange algorithm (Kneser and Ney 1993;
/// the predictive form of Uszkoreit and Brants 2008), made two-sided: a word's cluster should predict both
/// the word after it and the word before it. Each word starts in cluster (frequency rank mod C); then, word
/// by word in frequency order, each moves to the cluster that most raises the likelihood of the class bigram
/// model, until a pass moves almost nothing. One clustering is learned per size in
/// <see cref="WordClusterOptions.ClusterCounts"/>; together they play the part of Brown-cluster prefixes.
/// <para>
/// Deterministic: the vocabulary is ordered by count then ordinal text, and nothing runs in parallel. Memory
/// is two dense (vocabulary × C) count tables, so keep <see cref="WordClusterOptions.MinCount"/> high enough
/// that the vocabulary stays below about 100,000 words. Words are keyed by <see cref="WordClusters.Key"/>
/// (case kept, digits folded).
/// </para>
/// </summary>
public static class WordClusterer
{
    private const int Boundary = 0;
    private const int Unknown = 1;

    public static WordClusters Learn(
        IEnumerable<IReadOnlyList<string>> sentences,
        WordClusterOptions? options = null,
        Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        options ??= WordClusterOptions.Default;
        var clock = Stopwatch.StartNew();

        // Provisional ids in first-seen order, then final ids by count (ties by text) so the result does not
        // depend on the order of the input files beyond their content.
        var provisional = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new List<long>();
        var encoded = new List<int[]>();
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = new int[sentence.Count];
            for (var i = 0; i < sentence.Count; i++)
            {
                var key = WordClusters.Key(sentence[i]);
                if (!provisional.TryGetValue(key, out var id))
                {
                    id = words.Count;
                    provisional[key] = id;
                    words.Add(key);
                    counts.Add(0);
                }

                counts[id]++;
                ids[i] = id;
            }

            tokens += ids.Length;
            encoded.Add(ids);
        }

        var kept = Enumerable.Range(0, words.Count)
            .Where(i => counts[i] >= options.MinCount && words[i].Length > 0 && words[i].AsSpan().IndexOfAny('\t', '\r', '\n') < 0)
            .OrderByDescending(i => counts[i])
            .ThenBy(i => words[i], StringComparer.Ordinal)
            .ToArray();
        var finalOf = new int[words.Count];
        Array.Fill(finalOf, Unknown);
        for (var r = 0; r < kept.Length; r++)
        {
            finalOf[kept[r]] = r + 2;
        }

        var vocabulary = kept.Length + 2;
        var unigram = new long[vocabulary];
        var bigrams = new Dictionary<long, int>();
        foreach (var ids in encoded)
        {
            var previous = Boundary;
            unigram[Boundary]++;
            foreach (var raw in ids)
            {
                var id = finalOf[raw];
                unigram[id]++;
                Increment(bigrams, previous, id);
                previous = id;
            }

            Increment(bigrams, previous, Boundary);
        }

        encoded.Clear();
        progress?.Invoke($"clusters: {tokens:N0} tokens, {vocabulary - 2:N0} words seen at least {options.MinCount} times, {bigrams.Count:N0} distinct bigrams [{clock.Elapsed.TotalSeconds:0}s]");
        var graph = new BigramGraph(vocabulary, bigrams);
        bigrams.Clear();

        var levels = new List<int[]>();
        foreach (var clusterCount in options.ClusterCounts)
        {
            levels.Add(Exchange(graph, unigram, clusterCount, options.Iterations, progress, clock, cancellationToken));
        }

        var entries = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var r = 0; r < kept.Length; r++)
        {
            entries[words[kept[r]]] = levels.Select(l => l[r + 2]).ToArray();
        }

        return new WordClusters(options.ClusterCounts.ToArray(), entries);
    }

    private static void Increment(Dictionary<long, int> bigrams, int first, int second)
    {
        var key = ((long)first << 32) | (uint)second;
        bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
    }

    /// <summary>One exchange clustering into <paramref name="c"/> clusters; returns the cluster of every word id.</summary>
    private static int[] Exchange(BigramGraph g, long[] unigram, int c, int iterations, Action<string>? progress, Stopwatch clock, CancellationToken cancellationToken)
    {
        var v = g.Vocabulary;
        var cluster = new int[v];
        for (var w = 0; w < v; w++)
        {
            cluster[w] = w % c;
        }

        // left[p, k]: how often word p comes before a word of cluster k; right[n, k]: how often word n comes after one.
        var left = new int[(long)v * c];
        var right = new int[(long)v * c];
        var size = new long[c];
        for (var w = 0; w < v; w++)
        {
            var k = cluster[w];
            size[k] += unigram[w];
            for (var e = g.PredStart[w]; e < g.PredStart[w + 1]; e++)
            {
                left[((long)g.PredWord[e] * c) + k] += g.PredCount[e];
            }

            for (var e = g.SuccStart[w]; e < g.SuccStart[w + 1]; e++)
            {
                right[((long)g.SuccWord[e] * c) + k] += g.SuccCount[e];
            }
        }

        var delta = new double[c];
        for (var iteration = 1; iteration <= iterations; iteration++)
        {
            var moved = 0;
            for (var w = 0; w < v; w++)
            {
                if ((w & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var from = cluster[w];
                var n = unigram[w];
                Move(g, left, right, size, w, from, c, n, -1);
                for (var k = 0; k < c; k++)
                {
                    delta[k] = -2 * (XLogX(size[k] + n) - XLogX(size[k]));
                }

                for (var e = g.PredStart[w]; e < g.PredStart[w + 1]; e++)
                {
                    AddGains(delta, left.AsSpan((int)((long)g.PredWord[e] * c), c), g.PredCount[e]);
                }

                for (var e = g.SuccStart[w]; e < g.SuccStart[w + 1]; e++)
                {
                    AddGains(delta, right.AsSpan((int)((long)g.SuccWord[e] * c), c), g.SuccCount[e]);
                }

                var best = from;
                for (var k = 0; k < c; k++)
                {
                    if (delta[k] > delta[best] + 1e-9)
                    {
                        best = k;
                    }
                }

                Move(g, left, right, size, w, best, c, n, +1);
                if (best != from)
                {
                    cluster[w] = best;
                    moved++;
                }
            }

            progress?.Invoke($"clusters: {c} clusters, pass {iteration}: {moved:N0} words moved [{clock.Elapsed.TotalSeconds:0}s]");
            if (moved * 1000L < v)
            {
                break;
            }
        }

        return cluster;
    }

    private static void Move(BigramGraph g, int[] left, int[] right, long[] size, int w, int k, int c, long n, int sign)
    {
        size[k] += sign * n;
        for (var e = g.PredStart[w]; e < g.PredStart[w + 1]; e++)
        {
            left[((long)g.PredWord[e] * c) + k] += sign * g.PredCount[e];
        }

        for (var e = g.SuccStart[w]; e < g.SuccStart[w + 1]; e++)
        {
            right[((long)g.SuccWord[e] * c) + k] += sign * g.SuccCount[e];
        }
    }

    private static void AddGains(double[] delta, ReadOnlySpan<int> row, int n)
    {
        for (var k = 0; k < delta.Length; k++)
        {
            var before = row[k];
            delta[k] += XLogX(before + n) - XLogX(before);
        }
    }

    private static readonly double[] Table = BuildTable(1 << 16);

    private static double[] BuildTable(int length)
    {
        var table = new double[length];
        for (var i = 1; i < length; i++)
        {
            table[i] = i * Math.Log(i);
        }

        return table;
    }

    private static double XLogX(long x) => x < Table.Length ? Table[x] : x * Math.Log(x);

    /// <summary>Bigram counts as compact predecessor and successor lists per word (sorted, so iteration order is fixed).</summary>
    private sealed class BigramGraph
    {
        public BigramGraph(int vocabulary, Dictionary<long, int> bigrams)
        {
            Vocabulary = vocabulary;
            var pairs = bigrams.Select(p => (First: (int)(p.Key >> 32), Second: (int)(uint)p.Key, Count: p.Value)).ToArray();
            (PredStart, PredWord, PredCount) = Lists(vocabulary, pairs.Select(p => (p.Second, p.First, p.Count)).ToArray());
            (SuccStart, SuccWord, SuccCount) = Lists(vocabulary, pairs.Select(p => (p.First, p.Second, p.Count)).ToArray());
        }

        public int Vocabulary { get; }

        public int[] PredStart { get; }

        public int[] PredWord { get; }

        public int[] PredCount { get; }

        public int[] SuccStart { get; }

        public int[] SuccWord { get; }

        public int[] SuccCount { get; }

        private static (int[] Start, int[] Word, int[] Count) Lists(int vocabulary, (int Owner, int Other, int Count)[] edges)
        {
            Array.Sort(edges, (a, b) => a.Owner != b.Owner ? a.Owner.CompareTo(b.Owner) : a.Other.CompareTo(b.Other));
            var start = new int[vocabulary + 1];
            foreach (var edge in edges)
            {
                start[edge.Owner + 1]++;
            }

            for (var w = 0; w < vocabulary; w++)
            {
                start[w + 1] += start[w];
            }

            return (start, edges.Select(e => e.Other).ToArray(), edges.Select(e => e.Count).ToArray());
        }
    }
}
