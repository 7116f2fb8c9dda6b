namespace Provenance.Entities.Tagging;

/// <summary>
/// Turns a token in its sentence and document into hashed features. Static features do not depend on the
/// tags already predicted and are computed once per sentence: the lower-cased word and its neighbours within
/// two tokens, cased word, word shapes, prefixes and suffixes of 1 to 4 characters, position in the sentence,
/// headline case, gazetteer membership of the token and its neighbours, a title word before ("President",
/// "envoy"), a speech verb after ("said", "told"), organisation and place head words nearby, and how the word
/// is written elsewhere in the document, and the word clusters (<see cref="WordClusters"/>) of the token and
/// its neighbours within two tokens. Dynamic features combine the previous one or two predicted tags with
/// the word and shape, and the type the tagger gave the same word earlier in the document.
/// <para>
/// Features that depend on one word only (its own features, and what it contributes as a neighbour at each
/// offset from -2 to +2) are produced by <see cref="AddWordFeatures"/>, so the tagger can map them to weight
/// rows once per word type (<see cref="WordRowCache"/>) instead of once per token; the rest
/// (<see cref="AddContextFeatures"/>) combine several tokens or the document.
/// </para>
/// <para>
/// <see cref="Version"/> is written into the model: change it whenever a feature changes, so an old model is
/// refused instead of silently scoring nonsense.
/// </para>
/// </summary>
internal sealed class EntityFeatureExtractor
{
    public const int Version = 4;

    /// <summary>Word-feature slots: offsets -2, -1, 0, +1, +2 from the token.</summary>
    public const int Slots = 5;

    private static readonly uint Bias = FeatureHash.Of("bias");
    private static readonly uint PrevTag = FeatureHash.Of("t-1");
    private static readonly uint PrevTwoTags = FeatureHash.Of("t-2|t-1");
    private static readonly uint History = FeatureHash.Of("hist");
    private static readonly uint HistoryShape = FeatureHash.Of("hist|sh");
    private static readonly uint AggTitle = FeatureHash.Of("agg-title");
    private static readonly uint AggSpeech = FeatureHash.Of("agg-speech");
    private static readonly uint AggOrgWord = FeatureHash.Of("agg-orgw");
    private static readonly uint ClusterBigramLeft = FeatureHash.Of("cl-1|cl");
    private static readonly uint ClusterBigramRight = FeatureHash.Of("cl|cl+1");
    private static readonly uint[] SlotTemplates = [.. new[] { "-2", "-1", "0", "+1", "+2" }.Select(o => FeatureHash.Of("cl" + o))];

    private static readonly string[] PrefixTemplates = ["p1", "p2", "p3", "p4"];
    private static readonly string[] SuffixTemplates = ["s1", "s2", "s3", "s4"];

    private readonly Gazetteers _gazetteers;
    private readonly WordClusters _clusters;

    public EntityFeatureExtractor(Gazetteers gazetteers, WordClusters clusters)
    {
        _gazetteers = gazetteers;
        _clusters = clusters;
    }

    public WordClusters Clusters => _clusters;

    /// <summary>Static features of every token of the sentence, as hashes (the trainer's path).</summary>
    public uint[][] StaticFeatures(SentenceView sentence, DocumentContext document)
    {
        var n = sentence.Count;
        var marks = Marks(sentence);
        var result = new uint[n][];
        var features = new List<uint>(128);
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            for (var slot = 0; slot < Slots; slot++)
            {
                var j = i + slot - 2;
                if (j < 0 || j >= n)
                {
                    AddBoundaryFeatures(features, slot);
                }
                else
                {
                    AddWordFeatures(features, sentence.Words[j], slot);
                }
            }

            AddContextFeatures(features, sentence, document, marks, i);
            if (IsCapitalizedWord(sentence.Words[i]))
            {
                AddAggregateFeatures(features, sentence.Normalized[i], document);
            }

            result[i] = features.ToArray();
        }

        return result;
    }

    /// <summary>
    /// The weight rows of the static features of every token (features without a row dropped), laid out flat:
    /// token i's rows are <c>rows[starts[i]..starts[i + 1]]</c>. The same features as <see cref="StaticFeatures"/>,
    /// with word features taken from <paramref name="cache"/>.
    /// </summary>
    public void StaticRows(SentenceView sentence, DocumentContext document, PerceptronWeights weights, WordRowCache cache, List<int> rows, int[] starts)
    {
        var n = sentence.Count;
        var marks = Marks(sentence);
        var features = new List<uint>(32);
        rows.Clear();
        for (var i = 0; i < n; i++)
        {
            starts[i] = rows.Count;
            for (var slot = 0; slot < Slots; slot++)
            {
                var j = i + slot - 2;
                rows.AddRange(j < 0 || j >= n ? cache.BoundaryRows(slot) : cache.RowsOf(sentence.Words[j], slot));
            }

            features.Clear();
            AddContextFeatures(features, sentence, document, marks, i);
            foreach (var feature in features)
            {
                var row = weights.RowOf(feature);
                if (row >= 0)
                {
                    rows.Add(row);
                }
            }

            if (IsCapitalizedWord(sentence.Words[i]))
            {
                rows.AddRange(document.AggregateRows(sentence.Normalized[i], this, weights));
            }
        }

        starts[n] = rows.Count;
    }

    /// <summary>
    /// The tagger's Viterbi path: the summed weights per tag of every token's static features and its history
    /// features as the document history stands now, into <paramref name="scores"/> (tags per token). Word
    /// features come pre-summed from <paramref name="cache"/>, aggregation features from the document; only the
    /// context features are looked up.
    /// </summary>
    public void StaticScores(SentenceView sentence, DocumentContext document, PerceptronWeights weights, WordRowCache cache, float[] scores, List<uint> features)
    {
        var n = sentence.Count;
        var t = weights.TagCount;
        var marks = Marks(sentence);
        Array.Clear(scores, 0, n * t);
        for (var i = 0; i < n; i++)
        {
            var own = scores.AsSpan(i * t, t);
            for (var slot = 0; slot < Slots; slot++)
            {
                var j = i + slot - 2;
                Add(own, j < 0 || j >= n ? cache.BoundaryScores(slot)
                    : sentence.Entries is { } entries ? entries[j].SlotScores[slot] : cache.SlotScores(sentence.Words[j], slot));
            }

            features.Clear();
            AddContextFeatures(features, sentence, document, marks, i);
            var word = sentence.Words[i];
            var capitalized = word.Length > 0 && char.IsUpper(word[0]);
            AddHistory(features, capitalized ? document.HistoryOf(sentence.Normalized[i]) : -1, capitalized);
            foreach (var feature in features)
            {
                var row = weights.RowOf(feature);
                if (row >= 0)
                {
                    weights.AddRow(row, own);
                }
            }

            if (IsCapitalizedWord(word) && document.AggregateScores(sentence.Normalized[i], weights) is { } aggregate)
            {
                Add(own, aggregate);
            }
        }
    }

    private static void Add(Span<float> into, float[] scores)
    {
        for (var k = 0; k < into.Length; k++)
        {
            into[k] += scores[k];
        }
    }

    /// <summary>Hashes of the word and shape the dynamic features combine with the previous tag.</summary>
    public static (uint Word, uint Shape) TagContext(SentenceView sentence, int i) => TagContext(sentence.Normalized[i], sentence.Shapes[i]);

    /// <summary><see cref="TagContext(SentenceView, int)"/> from the normalised word and its short shape.</summary>
    public static (uint Word, uint Shape) TagContext(string normalized, string shape) =>
        (FeatureHash.Of("t-1|w", normalized), FeatureHash.Of("t-1|sh", shape));

    /// <summary>Adds the features that depend on the previous tags (indices into the tag set, -1 before the sentence) and on the document history.</summary>
    public static void AddDynamic(List<uint> into, (uint Word, uint Shape) context, int previous, int beforePrevious, int history, bool capitalized)
    {
        into.Add(PreviousTagFeature(previous));
        into.Add(PreviousTwoTagsFeature(beforePrevious, previous));
        into.Add(PreviousTagWordFeature(context, previous));
        into.Add(PreviousTagShapeFeature(context, previous));
        AddHistory(into, history, capitalized);
    }

    public static uint PreviousTagFeature(int previous) => FeatureHash.Combine(PrevTag, previous + 1, 1);

    public static uint PreviousTwoTagsFeature(int beforePrevious, int previous) => FeatureHash.Combine(PrevTwoTags, ((beforePrevious + 1) * 32) + previous + 1, 2);

    public static uint PreviousTagWordFeature((uint Word, uint Shape) context, int previous) => FeatureHash.Combine(context.Word, previous + 1, 3);

    public static uint PreviousTagShapeFeature((uint Word, uint Shape) context, int previous) => FeatureHash.Combine(context.Shape, previous + 1, 4);

    /// <summary>The features of the type the tagger gave the same word earlier in the document (none when <paramref name="history"/> is -1).</summary>
    public static void AddHistory(List<uint> into, int history, bool capitalized)
    {
        if (history >= 0)
        {
            into.Add(FeatureHash.Combine(History, history, 5));
            into.Add(FeatureHash.Combine(HistoryShape, (history * 2) + (capitalized ? 1 : 0), 6));
        }
    }

    /// <summary>
    /// The features one word contributes at a slot (0..4 = offsets -2..+2 from the token being tagged): at
    /// offset 0 its own form, shape, affixes, clusters and head-word membership; as a neighbour its form,
    /// shape, clusters and cue lists (titles before, speech verbs after).
    /// </summary>
    public void AddWordFeatures(List<uint> f, string word, int slot)
    {
        var norm = WordForms.Normalize(word);
        switch (slot)
        {
            case 0:
                f.Add(FeatureHash.Of("w-2", norm));
                AddCue(f, "title-2", _gazetteers.Titles, word, norm);
                break;
            case 1:
                f.Add(FeatureHash.Of("w-1", norm));
                f.Add(FeatureHash.Of("sh-1", WordForms.ShortShape(word)));
                AddCue(f, "title-1", _gazetteers.Titles, word, norm);
                AddCue(f, "first-1", _gazetteers.FirstNames, word, norm);
                break;
            case 2:
                f.Add(Bias);
                f.Add(FeatureHash.Of("w", norm));
                f.Add(FeatureHash.Of("cw", WordForms.FoldQuotes(word)));
                f.Add(FeatureHash.Of("sh", WordForms.ShortShape(word)));
                f.Add(FeatureHash.Of("lsh", WordForms.LongShape(word)));
                for (var k = 1; k <= 4 && k <= norm.Length; k++)
                {
                    f.Add(FeatureHash.Of(PrefixTemplates[k - 1], norm.AsSpan(0, k)));
                    f.Add(FeatureHash.Of(SuffixTemplates[k - 1], norm.AsSpan(norm.Length - k)));
                }

                AddCue(f, "orgw", _gazetteers.OrgWords, word, norm);
                break;
            case 3:
                f.Add(FeatureHash.Of("w+1", norm));
                f.Add(FeatureHash.Of("sh+1", WordForms.ShortShape(word)));
                AddCue(f, "speech+1", _gazetteers.SpeechVerbs, word, norm);
                AddCue(f, "orgw+1", _gazetteers.OrgWords, word, norm);
                AddCue(f, "lochead+1", _gazetteers.LocHeadWords, word, norm);
                break;
            default:
                f.Add(FeatureHash.Of("w+2", norm));
                AddCue(f, "speech+2", _gazetteers.SpeechVerbs, word, norm);
                AddCue(f, "orgw+2", _gazetteers.OrgWords, word, norm);
                break;
        }

        if (_clusters.Find(word) is { } ids)
        {
            // Neighbours two tokens away get only the coarser levels: their finest clusters add little but weights.
            var levels = slot is 0 or 4 ? Math.Min(ids.Length, 2) : ids.Length;
            for (var level = 0; level < levels; level++)
            {
                f.Add(FeatureHash.Combine(SlotTemplates[slot], (level << 16) | ids[level], 7));
            }

            if (slot == 2)
            {
                // The middle level with the shape: a capitalised word of a name-like cluster, or a lower-case one.
                var middle = ids[Math.Min(1, ids.Length - 1)];
                f.Add(FeatureHash.Combine(FeatureHash.Of("cl|sh", WordForms.ShortShape(word)), middle, 8));
            }
        }
        else if (_clusters.Levels > 0)
        {
            f.Add(FeatureHash.Combine(SlotTemplates[slot], 0xFFFF, 7));
        }
    }

    /// <summary>The features of a slot that falls before the first or after the last token.</summary>
    public static void AddBoundaryFeatures(List<uint> f, int slot)
    {
        switch (slot)
        {
            case 0:
                f.Add(FeatureHash.Of("w-2", "<s>"));
                break;
            case 1:
                f.Add(FeatureHash.Of("w-1", "<s>"));
                f.Add(FeatureHash.Of("sh-1", "<s>"));
                break;
            case 3:
                f.Add(FeatureHash.Of("w+1", "</s>"));
                f.Add(FeatureHash.Of("sh+1", "</s>"));
                break;
            case 4:
                f.Add(FeatureHash.Of("w+2", "</s>"));
                break;
        }
    }

    /// <summary>Context aggregation: what surrounds the same capitalised word elsewhere in the document (the same for each of its occurrences).</summary>
    public static void AddAggregateFeatures(List<uint> f, string normalized, DocumentContext document)
    {
        if (document.ContextsOf(normalized) is not { } contexts)
        {
            return;
        }

        foreach (var before in contexts.Before)
        {
            f.Add(FeatureHash.Of("agg-1", before));
        }

        foreach (var after in contexts.After)
        {
            f.Add(FeatureHash.Of("agg+1", after));
        }

        if (contexts.AfterTitle)
        {
            f.Add(AggTitle);
        }

        if (contexts.BeforeSpeechVerb)
        {
            f.Add(AggSpeech);
        }

        if (contexts.BeforeOrgWord)
        {
            f.Add(AggOrgWord);
        }
    }

    private static bool IsCapitalizedWord(string word) => WordForms.HasLetter(word) && !char.IsLower(word[0]);

    private char[][] Marks(SentenceView sentence)
    {
        var lists = _gazetteers.FeatureLists;
        var marks = new char[lists.Count][];
        for (var g = 0; g < marks.Length; g++)
        {
            marks[g] = lists[g].MarkNormalized(sentence.Normalized);
        }

        return marks;
    }

    /// <summary>Features that combine the token with its neighbours, its position, the document and multi-word gazetteer matches.</summary>
    private void AddContextFeatures(List<uint> f, SentenceView s, DocumentContext document, char[][] marks, int i)
    {
        var word = s.Words[i];
        var norm = s.Normalized[i];
        var shape = s.Shapes[i];
        var prev = Norm(s, i - 1);
        var next = Norm(s, i + 1);
        f.Add(FeatureHash.Of("w-1|w", prev, norm));
        f.Add(FeatureHash.Of("w|w+1", norm, next));
        var prevShape = Shape(s, i - 1);
        var nextShape = Shape(s, i + 1);
        f.Add(FeatureHash.Of("sh-1|sh", prevShape, shape));
        f.Add(FeatureHash.Of("sh|sh+1", shape, nextShape));
        // Hashed piece by piece: the same hash as the string prevShape + "|" + shape, without building it.
        var shapes = FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(FeatureHash.Start("sh-1|sh|sh+1"), prevShape), "|"), shape);
        f.Add(FeatureHash.AppendSecond(shapes, nextShape));

        // Cluster bigrams (middle level) with each neighbour: "Prime Minister X" and "X said" patterns beyond the known words.
        var cluster = s.MiddleCluster(i, _clusters);
        f.Add(FeatureHash.Combine(ClusterBigramLeft, (s.MiddleCluster(i - 1, _clusters) << 16) ^ cluster, 9));
        f.Add(FeatureHash.Combine(ClusterBigramRight, (cluster << 16) ^ s.MiddleCluster(i + 1, _clusters), 10));

        // Capitalisation means little at the start of a sentence or in an all-caps headline; say where we are.
        var position = i == 0 ? "first" : s.Headline ? "headline" : "inside";
        f.Add(FeatureHash.Of("pos|sh", position, shape));
        if (i == 0)
        {
            f.Add(FeatureHash.Of("first|w", norm));
        }

        if (IsCapitalizedWord(word))
        {
            var forms = document.FormsOf(norm);
            f.Add(FeatureHash.Of("doc", forms));
            f.Add(FeatureHash.Of("doc|pos", forms, position));
        }

        for (var g = 0; g < marks.Length; g++)
        {
            var name = _gazetteers.FeatureLists[g].Name;
            var mark = marks[g];
            if (mark[i] != '\0')
            {
                f.Add(FeatureHash.Of("g", name, mark[i] == 'B' ? "B" : "I"));
                f.Add(FeatureHash.Of("g|sh", name, shape));
            }

            if (i > 0 && mark[i - 1] != '\0')
            {
                f.Add(FeatureHash.Of("g-1", name));
            }

            if (i + 1 < s.Count && mark[i + 1] != '\0')
            {
                f.Add(FeatureHash.Of("g+1", name, mark[i + 1] == 'B' ? "B" : "I"));
            }
        }
    }

    private static void AddCue(List<uint> f, string name, Gazetteer list, string word, string norm)
    {
        if (list.ContainsNormalized(word, norm))
        {
            f.Add(FeatureHash.Of(name));
        }
    }

    private static string Norm(SentenceView s, int j) => j < 0 ? "<s>" : j >= s.Count ? "</s>" : s.Normalized[j];

    private static string Shape(SentenceView s, int j) => j < 0 ? "<s>" : j >= s.Count ? "</s>" : s.Shapes[j];
}
