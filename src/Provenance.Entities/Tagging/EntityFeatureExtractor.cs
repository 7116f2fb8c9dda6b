namespace Provenance.Entities.Tagging;

/// <summary>
/// Turns a token in its sentence and document into hashed features. Static features do not depend on the
/// tags already predicted and are computed once per sentence: the lower-cased word and its neighbours within
/// two tokens, cased word, word shapes, prefixes and suffixes of 1 to 4 characters, position in the sentence,
/// headline case, gazetteer membership of the token and its neighbours, a title word before ("President",
/// "envoy"), a speech verb after ("said", "told"), organisation and place head words nearby, and how the word
/// is written elsewhere in the document. Dynamic features combine the previous one or two predicted tags with
/// the word and shape, and the type the tagger gave the same word earlier in the document.
/// <para>
/// <see cref="Version"/> is written into the model: change it whenever a feature changes, so an old model is
/// refused instead of silently scoring nonsense.
/// </para>
/// </summary>
internal sealed class EntityFeatureExtractor
{
    public const int Version = 2;

    private static readonly uint Bias = FeatureHash.Of("bias");
    private static readonly uint PrevTag = FeatureHash.Of("t-1");
    private static readonly uint PrevTwoTags = FeatureHash.Of("t-2|t-1");
    private static readonly uint History = FeatureHash.Of("hist");
    private static readonly uint HistoryShape = FeatureHash.Of("hist|sh");

    private static readonly string[] PrefixTemplates = ["p1", "p2", "p3", "p4"];
    private static readonly string[] SuffixTemplates = ["s1", "s2", "s3", "s4"];

    private readonly Gazetteers _gazetteers;

    public EntityFeatureExtractor(Gazetteers gazetteers)
    {
        _gazetteers = gazetteers;
    }

    /// <summary>Static features of every token of the sentence.</summary>
    public uint[][] StaticFeatures(SentenceView sentence, DocumentContext document)
    {
        var n = sentence.Count;
        var marks = _gazetteers.FeatureLists.Select(g => g.MarkNormalized(sentence.Normalized)).ToArray();
        var result = new uint[n][];
        var features = new List<uint>(96);
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            AddToken(features, sentence, document, marks, i);
            result[i] = features.ToArray();
        }

        return result;
    }

    /// <summary>
    /// The weight rows of the static features of every token (features without a row dropped, order kept):
    /// what <see cref="StaticFeatures"/> mapped through <paramref name="weights"/> gives, without the hash arrays.
    /// </summary>
    public int[][] StaticRows(SentenceView sentence, DocumentContext document, PerceptronWeights weights)
    {
        var n = sentence.Count;
        var marks = _gazetteers.FeatureLists.Select(g => g.MarkNormalized(sentence.Normalized)).ToArray();
        var result = new int[n][];
        var features = new List<uint>(96);
        var rows = new List<int>(96);
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            AddToken(features, sentence, document, marks, i);
            rows.Clear();
            foreach (var feature in features)
            {
                var row = weights.RowOf(feature);
                if (row >= 0)
                {
                    rows.Add(row);
                }
            }

            result[i] = rows.ToArray();
        }

        return result;
    }

    /// <summary>Hashes of the word and shape the dynamic features combine with the previous tag.</summary>
    public static (uint Word, uint Shape) TagContext(SentenceView sentence, int i) =>
        (FeatureHash.Of("t-1|w", sentence.Normalized[i]), FeatureHash.Of("t-1|sh", sentence.Shapes[i]));

    /// <summary>Adds the features that depend on the previous tags (indices into the tag set, -1 before the sentence) and on the document history.</summary>
    public static void AddDynamic(List<uint> into, (uint Word, uint Shape) context, int previous, int beforePrevious, int history, bool capitalized)
    {
        into.Add(FeatureHash.Combine(PrevTag, previous + 1, 1));
        into.Add(FeatureHash.Combine(PrevTwoTags, ((beforePrevious + 1) * 32) + previous + 1, 2));
        into.Add(FeatureHash.Combine(context.Word, previous + 1, 3));
        into.Add(FeatureHash.Combine(context.Shape, previous + 1, 4));
        if (history >= 0)
        {
            into.Add(FeatureHash.Combine(History, history, 5));
            into.Add(FeatureHash.Combine(HistoryShape, (history * 2) + (capitalized ? 1 : 0), 6));
        }
    }

    private void AddToken(List<uint> f, SentenceView s, DocumentContext document, char[][] marks, int i)
    {
        var word = s.Words[i];
        var norm = s.Normalized[i];
        var shape = s.Shapes[i];
        f.Add(Bias);
        f.Add(FeatureHash.Of("w", norm));
        f.Add(FeatureHash.Of("cw", WordForms.FoldQuotes(word)));
        f.Add(FeatureHash.Of("sh", shape));
        Span<char> longShape = stackalloc char[WordForms.LongShapeMax];
        f.Add(FeatureHash.Of("lsh", longShape[..WordForms.LongShape(word, longShape)]));
        for (var k = 1; k <= 4 && k <= norm.Length; k++)
        {
            f.Add(FeatureHash.Of(PrefixTemplates[k - 1], norm.AsSpan(0, k)));
            f.Add(FeatureHash.Of(SuffixTemplates[k - 1], norm.AsSpan(norm.Length - k)));
        }

        var prev = Norm(s, i - 1);
        var next = Norm(s, i + 1);
        f.Add(FeatureHash.Of("w-1", prev));
        f.Add(FeatureHash.Of("w+1", next));
        f.Add(FeatureHash.Of("w-2", Norm(s, i - 2)));
        f.Add(FeatureHash.Of("w+2", Norm(s, i + 2)));
        f.Add(FeatureHash.Of("w-1|w", prev, norm));
        f.Add(FeatureHash.Of("w|w+1", norm, next));
        var prevShape = Shape(s, i - 1);
        var nextShape = Shape(s, i + 1);
        f.Add(FeatureHash.Of("sh-1", prevShape));
        f.Add(FeatureHash.Of("sh+1", nextShape));
        f.Add(FeatureHash.Of("sh-1|sh", prevShape, shape));
        f.Add(FeatureHash.Of("sh|sh+1", shape, nextShape));
        // Hashed piece by piece: the same hash as the string prevShape + "|" + shape, without building it.
        var shapes = FeatureHash.Append(FeatureHash.Append(FeatureHash.Append(FeatureHash.Start("sh-1|sh|sh+1"), prevShape), "|"), shape);
        f.Add(FeatureHash.AppendSecond(shapes, nextShape));

        // Capitalisation means little at the start of a sentence or in an all-caps headline; say where we are.
        var position = i == 0 ? "first" : s.Headline ? "headline" : "inside";
        f.Add(FeatureHash.Of("pos|sh", position, shape));
        if (i == 0)
        {
            f.Add(FeatureHash.Of("first|w", norm));
        }

        if (WordForms.HasLetter(word) && !char.IsLower(word[0]))
        {
            var forms = document.FormsOf(norm);
            f.Add(FeatureHash.Of("doc", forms));
            f.Add(FeatureHash.Of("doc|pos", forms, position));
            if (document.ContextsOf(norm) is { } contexts)
            {
                // Context aggregation: what surrounds the same word elsewhere in the document.
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
                    f.Add(FeatureHash.Of("agg-title"));
                }

                if (contexts.BeforeSpeechVerb)
                {
                    f.Add(FeatureHash.Of("agg-speech"));
                }

                if (contexts.BeforeOrgWord)
                {
                    f.Add(FeatureHash.Of("agg-orgw"));
                }
            }
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

        AddCue(f, "title-1", _gazetteers.Titles, s, i - 1);
        AddCue(f, "title-2", _gazetteers.Titles, s, i - 2);
        AddCue(f, "speech+1", _gazetteers.SpeechVerbs, s, i + 1);
        AddCue(f, "speech+2", _gazetteers.SpeechVerbs, s, i + 2);
        AddCue(f, "orgw", _gazetteers.OrgWords, s, i);
        AddCue(f, "orgw+1", _gazetteers.OrgWords, s, i + 1);
        AddCue(f, "orgw+2", _gazetteers.OrgWords, s, i + 2);
        AddCue(f, "lochead+1", _gazetteers.LocHeadWords, s, i + 1);
        AddCue(f, "first-1", _gazetteers.FirstNames, s, i - 1);
    }

    private static void AddCue(List<uint> f, string name, Gazetteer list, SentenceView s, int j)
    {
        if (j >= 0 && j < s.Count && list.ContainsNormalized(s.Words[j], s.Normalized[j]))
        {
            f.Add(FeatureHash.Of(name));
        }
    }

    private static string Norm(SentenceView s, int j) => j < 0 ? "<s>" : j >= s.Count ? "</s>" : s.Normalized[j];

    private static string Shape(SentenceView s, int j) => j < 0 ? "<s>" : j >= s.Count ? "</s>" : s.Shapes[j];
}
